"""`logscrub gate`: policy, baseline and the pass/fail decision over a run's findings."""
