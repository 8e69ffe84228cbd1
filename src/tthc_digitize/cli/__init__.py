"""The ``tthc`` command: parse, call one library function, render. Nothing else lives here.

Each command group is a module of this package; importing it registers its commands on ``app``, so
the order below (the pipeline's) is the order ``tthc --help`` lists them in.
"""

from tthc_digitize.cli.app import app, main

# isort: off
from tthc_digitize.cli import scan  # noqa: F401,E402
from tthc_digitize.cli import extract  # noqa: F401,E402
from tthc_digitize.cli import review  # noqa: F401,E402
from tthc_digitize.cli import warehouse  # noqa: F401,E402
from tthc_digitize.cli import sign  # noqa: F401,E402
from tthc_digitize.cli import copies  # noqa: F401,E402
from tthc_digitize.cli import demo  # noqa: F401,E402
from tthc_digitize.cli import roadmap  # noqa: F401,E402
from tthc_digitize.cli import serve  # noqa: F401,E402
from tthc_digitize.cli import worker  # noqa: F401,E402
from tthc_digitize.cli import migrate  # noqa: F401,E402
# isort: on

__all__ = ["app", "main"]
