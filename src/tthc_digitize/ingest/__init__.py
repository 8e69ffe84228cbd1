"""Finding scan files, telling what they are, and looking at their pages."""
