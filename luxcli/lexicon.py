"""The one loader of lexicon data (luxcli/lexicons/*.toml).

Language files are found from the data folder: every `xx.toml` with a two-letter
name is a supported language, and all of them must have the same keys. A
subfolder holds one domain's language data (`roles/en.toml`, `numbers/fr.toml`):
it is merged into the language under the folder's name, so
`lookup("fr", "roles.titles")` reads `roles/fr.toml`. A folder's `shared.toml`
holds what every language of that domain uses alike (the words of company
names): each language's file is read over it. Other top-level files
(entities.toml, topics.toml, units.toml ...) are shared domain data.
Everything is parsed once per process and cached; nothing here runs on the
query path.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

from luxcli.errors import LexiconError

LEXICON_DIR = Path(__file__).parent / "lexicons"


@functools.cache
def languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml") if len(p.stem) == 2))


@functools.cache
def _load(name: str) -> dict[str, Any]:
    path = LEXICON_DIR / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"lexicon {path.relative_to(LEXICON_DIR)}: {exc}") from exc


@functools.cache
def language(lang: str) -> dict[str, Any]:
    """The data for one language; an unsupported language gets English's."""
    lang = lang if lang in languages() else "en"
    merged = dict(_load(lang))
    for folder in sorted(p for p in LEXICON_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")):
        if (folder / f"{lang}.toml").exists():
            shared = _load(f"{folder.name}/shared") if (folder / "shared.toml").exists() else {}
            merged[folder.name] = {**shared, **_load(f"{folder.name}/{lang}")}
    return merged


def data(name: str) -> dict[str, Any]:
    """A shared data file by stem: entities, topics, units ..."""
    return _load(name)


def words(lang: str, key: str) -> tuple[str, ...]:
    return tuple(language(lang).get(key, ()))


def lookup(lang: str, dotted: str, default: Any = None) -> Any:
    """`lookup("fr", "furniture.segment_patterns")` walks nested tables."""
    node: Any = language(lang)
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return default
        node = node[part]
    return node


@functools.cache
def patterns(lang: str, dotted: str) -> tuple[re.Pattern[str], ...]:
    """Regular expressions stored as strings, compiled case-insensitively."""
    return tuple(re.compile(p, re.IGNORECASE) for p in lookup(lang, dotted, ()))


def validate() -> list[str]:
    """Problems with the data: language files that disagree on keys, bad patterns."""
    problems: list[str] = []
    langs = languages()
    keys = {lang: set(_flat_keys(language(lang))) for lang in langs}
    every = set().union(*keys.values()) if keys else set()
    for lang in langs:
        missing = every - keys[lang]
        if missing:
            problems.append(f"{lang}.toml lacks keys: {', '.join(sorted(missing))}")
        for key, value in _flat_keys(language(lang)).items():
            if key.endswith("patterns"):
                for pattern in value:
                    try:
                        re.compile(pattern)
                    except re.error as exc:
                        problems.append(f"{lang}.toml {key}: {pattern!r}: {exc}")
    return problems


def _flat_keys(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Dotted keys down to the leaves; a table of plain words (like months) is a leaf."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and any(isinstance(v, (dict, list)) for v in value.values()):
            out.update(_flat_keys(value, name + "."))
        else:
            out[name] = value
    return out
