"""logscrub's scanner: sources -> documents -> engine -> findings -> redacted copies and reports."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("logscrub")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"
