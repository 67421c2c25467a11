"""Where the knowledge base lives: --kb, then $LUXCLI_KB, then the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path


def default_kb_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("luxcli", appauthor=False)) / "kb.sqlite"


def kb_path(option: str | None) -> Path:
    chosen = option or os.environ.get("LUXCLI_KB")
    return Path(chosen).expanduser() if chosen else default_kb_path()
