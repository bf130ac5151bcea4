"""Reports of what was found: each format is a writer of the same outcomes; none holds a raw value."""
