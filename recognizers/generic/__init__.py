"""Recognizers of personal data written alike in any country: addresses, numbers, names, identifiers."""
