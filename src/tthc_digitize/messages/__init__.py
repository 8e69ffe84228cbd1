"""Message catalogues per area: each module defines ``MESSAGES = {key: (vi, en)}``; see i18n.py."""
