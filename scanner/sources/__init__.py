"""Where documents come from: paths, folders and standard input; compressed files and archive members;
decoded into text read in chunks."""
