"""The exit codes of every command (DESIGN.md): 0 ran (and, for `gate`, passed); 1 `gate` failed on
findings; 2 a usage error or a file that could not be read or scanned. The CLI and the watch daemon
both end with them."""

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT_ERROR = 0, 1, 2
