"""Recognizers of Swedish identity and organisation numbers."""
