"""The `logscrub` command line."""
