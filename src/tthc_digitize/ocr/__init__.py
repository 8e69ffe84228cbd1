"""OCR to searchable PDF/A: per-page work in worker processes, assembly in the main process."""
