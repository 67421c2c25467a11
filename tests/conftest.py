from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture
def kb_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A knowledge-base path of the test's own; nothing from the user's machine leaks in."""
    monkeypatch.delenv("LUXCLI_KB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "kb.sqlite"
