"""One module per external program; nothing else in the package runs subprocesses."""
