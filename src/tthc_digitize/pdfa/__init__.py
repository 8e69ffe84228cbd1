"""PDF/A-2b: checking files against the parts of ISO 19005-2 that scanned and OCR'd documents touch."""
