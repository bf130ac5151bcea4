"""Measuring logscrub on labelled material: labels in, precision, recall, F2 and values left out."""
