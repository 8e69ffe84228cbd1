"""tthc-digitize: digitise administrative-procedure results into legally valid electronic documents."""

__version__ = "0.1.0"
