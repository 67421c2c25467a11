"""luxcli: a command-line knowledge base for the luxury industry.

The library API, for scripts and notebooks::

    from luxcli import open_kb, index_into, read_article, extract_all
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract_all", "index_into", "open_kb", "read_article"]

if TYPE_CHECKING:
    from luxcli.api import index_into, open_kb
    from luxcli.extract import extract_all
    from luxcli.ingest import read_article

_LAZY = {"open_kb": "luxcli.api", "index_into": "luxcli.api", "extract_all": "luxcli.extract",
         "read_article": "luxcli.ingest"}


def __getattr__(name: str) -> Any:
    # Lazy, so that `luxcli people --json` never imports extraction code.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
