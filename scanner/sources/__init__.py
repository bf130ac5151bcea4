"""Where documents come from: paths and standard input, decoded into text read in chunks."""
