"""Record types: small, frozen, typed. Extractors return them; the store writes them.

Every fact carries its `Evidence`: which sentence of the article's clean text it
comes from, the character span in that text, and the rule that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from luxcli.vocabulary import CANONICAL_ROLES, FACT_KINDS, ORG_KINDS, PREDICATES  # noqa: F401 (re-exported)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets into Article.text
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """One file read into clean text. `text` is what extractors and search see."""

    path: str
    file: str
    title: str
    language: str  # en, fr, it, or "und" when none of them
    text: str
    sentences: tuple[Sentence, ...]
    content_hash: str
    date: str | None = None  # the article's own publication date, ISO, when known
    words: int = 0
    publication: str | None = None  # the publication the article appeared in, when the page names it
    byline: str | None = None  # the byline's author part, kept as the text's first line: "By Jane Doe, editor"

    @property
    def supported(self) -> bool:
        return self.language in ("en", "fr", "it")


@dataclass(frozen=True)
class Evidence:
    sentence: int
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class Entity:
    """An organisation named in one article."""

    name: str  # canonical
    kind: str  # brand | group | platform
    evidence: Evidence
    aliases: tuple[str, ...] = ()
    mentions: int = 1


@dataclass(frozen=True)
class Role:
    title: str
    role: str  # one of CANONICAL_ROLES
    org: str | None
    evidence: Evidence
    scope: str | None = None
    current: bool = True


@dataclass(frozen=True)
class Person:
    """One person as named in one article, with the roles that article gives."""

    name: str
    evidence: Evidence  # first full mention
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    text: str
    evidence: Evidence
    value_max: float | None = None
    qualifier: str | None = None
    subject: str | None = None


@dataclass(frozen=True)
class Event:
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    what: str
    evidence: Evidence
    subject: str | None = None


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str  # one of PREDICATES
    object: str
    evidence: Evidence


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one article."""

    entities: tuple[Entity, ...] = ()
    people: tuple[Person, ...] = ()
    figures: tuple[Figure, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    topics: dict[int, tuple[str, ...]] = field(default_factory=dict)  # sentence -> topics

    def counts(self) -> dict[str, int]:
        return {
            "entities": len(self.entities),
            "people": len(self.people),
            "figures": len(self.figures),
            "events": len(self.events),
            "relations": len(self.relations),
        }
