"""The `luxcli` command: loads the CLI inside the Ctrl-C guard.

`luxcli.cli.main` turns an interrupt into one line and status 130, but only once it runs; a Ctrl-C while Python is
still importing the CLI (Typer, Click: a tenth of a second, more on a loaded machine) would print a traceback.
"""

from __future__ import annotations

import sys

INTERRUPTED = 130  # luxcli.errors.ExitStatus.INTERRUPTED, not imported: this module must load before anything can


def run() -> None:
    try:
        from luxcli.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("luxcli: interrupted\n")
        sys.exit(INTERRUPTED)
    sys.exit(main())
