"""`python -m luxcli`."""

from luxcli.launch import run

run()
