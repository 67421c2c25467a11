"""`python -m luxcli`."""

from luxcli.cli import run

run()
