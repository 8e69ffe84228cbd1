"""``tthc serve``: the public, read-only verification page (Starlette under uvicorn)."""
