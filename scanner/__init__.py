"""logscrub's scanner: sources -> documents -> engine -> findings -> redacted copies and reports."""

from importlib.metadata import PackageNotFoundError, version

# Before any module of the scanner imports Presidio: only its recognizer classes are loaded.
import logscrub.recognizers._presidio_core  # noqa: F401

try:
    __version__ = version("logscrub")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"
