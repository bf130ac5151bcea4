"""The detection engine: runs recognizers' declared patterns over large chunks of text."""

from logscrub.scanner.engine.detector import Detector
from logscrub.scanner.engine.overlaps import resolve_overlaps

__all__ = ["Detector", "resolve_overlaps"]
