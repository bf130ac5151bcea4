"""`logscrub watch`: a daemon that redacts every file dropped in an inbox into an outbox, never losing a
file and never letting one through unredacted.

``observer`` (watchdog) ──► ``arrivals`` (when is a file complete?) ──► ``spool.claim`` (rename into
work/, a row in ``state``) ──► bounded queue ──► ``scanning`` (the engine's ``Pipeline`` on long-lived
``workers``) ──► ``spool`` (stage, publish, dispose; or quarantine). ``daemon`` runs the loop and stops
gracefully; ``state`` explains why every file comes out exactly once across crashes.
"""
