"""Metadata extraction: from the words on the page (text and position) to the fields of a result."""
