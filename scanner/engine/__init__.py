"""The detection engine: runs recognizers' declared patterns over large chunks of text."""

from logscrub.scanner.engine.detector import DEFAULT_SCORE_THRESHOLD, Detector
from logscrub.scanner.engine.overlaps import resolve_overlaps

__all__ = ["DEFAULT_SCORE_THRESHOLD", "Detector", "resolve_overlaps"]
