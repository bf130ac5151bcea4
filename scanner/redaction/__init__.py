"""Writing redacted copies: each finding's text replaced, everything else kept as it was."""
