"""Learn once, redact everywhere: values found with high confidence are found wherever they recur."""
