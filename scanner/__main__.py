"""`python -m logscrub.scanner` runs the command line."""

from logscrub.scanner.cli.main import main

raise SystemExit(main())
