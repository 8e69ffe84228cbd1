"""Signing and verification: PAdES B-B … B-LTA (pyHanko), PKCS#12 and PKCS#11 credentials,
the converted-from-paper mark and QR code, the e-copy signature block, ``tthc verify``."""

import logging

# pyHanko logs every failed check with a traceback; the reports carry the outcome instead.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False
