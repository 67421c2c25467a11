"""Organisations named in an article: brands, groups and platforms from the lexicon,
and others the text's own cues reveal (extract/org_discovery.py).

Matching is case- and accent-insensitive (names flagged `strict` in the lexicon
must be capitalised, since they are also common words), longest name first, and
possessives and elisions need no special case: "Cartier's" and "d'Alibaba" end
or start at a word boundary.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from luxcli import lexicon
from luxcli.extract import org_discovery
from luxcli.model import ORG_KINDS, Article, Entity, Evidence, Person
from luxcli.text import fold_keep_length, trie_pattern


@dataclass(frozen=True)
class OrgEntry:
    name: str
    kind: str
    aliases: tuple[str, ...]
    strict: bool
    parent: str | None = None  # the owning group, as general knowledge (entities.toml)
    synonyms: tuple[str, ...] = ()  # aliases that are full names in their own right: the article's form is used


@dataclass(frozen=True)
class Mention:
    """One place an organisation is named: span in the article text, and the entry."""

    start: int
    end: int
    surface: str
    entry: OrgEntry
    sentence: int


@functools.cache
def entries() -> tuple[OrgEntry, ...]:
    return tuple(
        OrgEntry(o["name"], o["kind"], tuple(o.get("aliases", ())), bool(o.get("strict")), o.get("parent"),
                 tuple(o.get("synonyms", ())))
        for o in lexicon.data("entities").get("org", ())
    )


@functools.cache
def _index() -> tuple[re.Pattern[str], dict[str, OrgEntry]]:
    by_form: dict[str, OrgEntry] = {}
    for entry in entries():
        for form in (entry.name, *entry.aliases):
            by_form.setdefault(_key(form), entry)
    # a space in a name matches spaces or hyphens ("Jaeger LeCoultre", "Net a Porter")
    return re.compile(rf"(?<![\w&])(?:{trie_pattern(by_form)})(?![\w&]|\.\w)"), by_form


@functools.lru_cache(maxsize=1 << 14)  # asked ~60 times an article, mostly for the same few hundred names
def _key(form: str) -> str:
    return re.sub(r"[\s\-]+", " ", fold_keep_length(form)).strip()


def lookup(name: str) -> OrgEntry | None:
    """The lexicon entry for a name or alias, if any."""
    return _index()[1].get(_key(name))


def find_mentions(article: Article) -> list[Mention]:
    pattern, by_form = _index()
    folded = fold_keep_length(article.text)
    mentions = []
    sentence_of = _sentence_locator(article)
    for m in pattern.finditer(folded):
        entry = by_form.get(_key(m.group(0)))
        surface = article.text[m.start() : m.end()]
        if entry is None or (entry.strict and not surface[:1].isupper()):
            continue
        if entry.strict and surface.isupper() and len(surface) > 4 and not entry.name.isupper():
            continue  # a shouted headline word, not the name
        if entry.strict and " " not in surface and _after_first_name(article, m.start()):
            continue  # "Mark Phillips": a surname that is also a house's name
        if _double_name(article.text, m.start(), m.end()):
            continue  # "Maison Roche-Aubry", "Ferlan-Chanel": a known name as one half of another house's double name
        if surface.isupper() and len(surface) <= 4 and _SPEAKER_LABEL.match(article.text, m.end()) \
                and _starts_line(article.text, m.start()) and _speaker_labels(article.text, surface) > 1:
            continue  # "AP: We never ...": an interviewee's initials before answers, not the brand they spell
        start, end = m.start(), m.end()
        after = article.text[end + 1 : end + 2]
        line = _line_tail(article.language).match(article.text, end) if after.isupper() or after == "&" else None
        if line is not None:
            # "Prada Beauty", "Bulgari Hotels & Resorts": a business the house runs under its name with a trade word
            # is an organisation of its own, of the house's kind; a kind word before it ("gruppo X Beauté") is no part
            start = _first_capital(article.text, start, end)
            end = line.end()
            surface = article.text[start:end]
            entry = lookup(surface) or OrgEntry(surface, entry.kind, (), False)
        elif entry.kind == "group" and after.isupper():
            unit = _group_unit(article.text, end, article.language)
            if unit:
                # "Pambianco Strategie di Impresa", "Vogue China": a company's name with capitalised words run on
                # names its unit or edition, an organisation of its own ("Kering Chairman X" is a title: no unit)
                start, end = _first_capital(article.text, start, end), unit
                surface = article.text[start:end]
                entry = lookup(surface) or OrgEntry(surface, entry.kind, (), False)
        mentions.append(Mention(start, end, surface, entry, sentence_of(start)))
    return mentions


_UNIT_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’\-]*"


@functools.cache
def _unit_words(lang: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """The capitalised run after a company's name, and the words that cannot be part of one: title words
    ("Chairman"), words never starting a name, the language's function words."""
    of = "|".join(re.escape(w) for w in lexicon.lookup(lang, "orgs.name_of_words", ()) if w[-1:].isalpha())
    run = re.compile(rf"[ \t]+{_UNIT_WORD}(?:(?:[ \t]+(?:(?:{of or '(?!)'})[ \t]+)?|[ \t]+d['’]){_UNIT_WORD}){{0,2}}"
                     rf"(?![\w&\-])")
    # titles of every language: the trade's English ones ("CEO", "Chairman") are written in French and Italian too
    titles = {w for code in ("en", "fr", "it") for key in lexicon.lookup(code, "people.titles", {})
              for w in key.casefold().split()}
    stops = {w.casefold() for w in (*org_discovery.not_names(lang), *lexicon.words(lang, "stopwords"))}
    return run, frozenset(titles | stops)


def _group_unit(text: str, end: int, lang: str) -> int | None:
    run, blocked = _unit_words(lang)
    m = run.match(text, end)
    words = m.group(0).split() if m else []
    if not words or any(w.casefold() in blocked for w in words if w[:1].isupper()) or _headline(text, end):
        return None
    # two or three capitalised words and nothing else may be a person ("the head of Kering Anna Rossi"): a unit's
    # name of several words shows an "of" word or ends in a company word
    if len(words) > 1 and all(w[:1].isupper() for w in words) and words[-1] not in org_discovery.group_suffixes(lang):
        return None
    return m.end()


def _headline(text: str, offset: int) -> bool:
    """A line in title case ("Kering Buys Stake In Maison"): its capitals say nothing of names."""
    line = text[text.rfind("\n", 0, offset) + 1 : (text.find("\n", offset) + 1 or len(text) + 1) - 1]
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) > 2 and sum(w[:1].isupper() for w in words) * 2 > len(words)


@functools.cache
def _line_tail(lang: str) -> re.Pattern[str]:
    tails = sorted(lexicon.lookup(lang, "orgs.line_tails", ()), key=len, reverse=True)
    tail = "|".join(re.escape(t) for t in tails) or r"(?!)"
    return re.compile(rf"(?:[ \t]+(?:&[ \t]+)?(?:{tail}))+(?![\w&\-])")


_WORD_CAPITAL = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ0-9]")


def _first_capital(text: str, start: int, end: int) -> int:
    """Where the name's first capitalised word starts: "gruppo Kering Beauté" -> "Kering Beauté"."""
    word = _WORD_CAPITAL.search(text[start:end])
    return start + word.start() if word else start


_HYPHENED_CAPITAL = re.compile(r"-([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’]*)")
_CAPITAL_HYPHENED = re.compile(r"(?<![\w\-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)-$")


def _double_name(text: str, start: int, end: int) -> bool:
    """A capitalised word hyphened to the name, itself no known name: a double-barrelled name ("Ferlan-Chanel"), not
    two organisations paired ("the Kering-Valentino deal")."""
    after = _HYPHENED_CAPITAL.match(text, end)
    before = _CAPITAL_HYPHENED.search(text, max(0, start - 30), start) if text[start - 1 : start] == "-" else None
    return any(m is not None and lookup(m.group(1)) is None for m in (after, before))
_SPEAKER_LABEL = re.compile(r"[ \t]*:")


def _speaker_labels(text: str, surface: str) -> int:
    """How many lines open with these initials and a colon: an interview's speaker answers more than once (a headline
    "LVMH: sales rise" names the group once)."""
    return len(re.findall(rf"(?m)^[ \t]*{re.escape(surface)}[ \t]*:", text))


def _starts_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def _after_first_name(article: Article, start: int) -> bool:
    """A capitalised word right before, not one that never starts a name ("At", "Secondo")."""
    word = re.search(r"(?<![\w'’])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)[ \t]+$", article.text[max(0, start - 30):start])
    return bool(word) and word.group(1) not in org_discovery.not_names(article.language)


def _sentence_locator(article: Article) -> Callable[[int], int]:
    starts = [s.start for s in article.sentences]

    def locate(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    return locate


def extract_orgs(article: Article) -> tuple[list[Entity], list[Mention]]:
    """One Entity per organisation, evidenced by its first mention; and all mentions.

    An entity's kind is the one this article gives it: the lexicon's, unless the text's cues say a
    group is used as a platform here or the reverse.
    """
    mentions = _with_discovered(article, find_mentions(article))
    first: dict[str, Mention] = {}
    counts: dict[str, int] = {}
    surfaces: dict[str, set[str]] = {}
    legal: dict[str, set[str]] = {}  # "Dalora Corp.": the name with the legal form the canonical name drops
    for m in mentions:
        first.setdefault(m.entry.name, m)
        counts[m.entry.name] = counts.get(m.entry.name, 0) + 1
        surfaces.setdefault(m.entry.name, set()).add(m.surface)
        # only a company's: "Dalora Corp." beside the app Dalora is the company that runs it, another organisation
        form = m.entry.kind == "group" and org_discovery.legal_form_after(article.text, m.end, article.language)
        if form:
            legal.setdefault(m.entry.name, set()).add(f"{m.surface} {form}")
    entities = [
        Entity(
            name=name,
            kind=m.entry.kind,
            evidence=Evidence(m.sentence, m.start, m.end, "orgs.lexicon" if lookup(name) else "orgs.discovered"),
            # not another organisation's name: "Rovena" is the brand's, not an alias of "Calzaturificio Rovena"
            aliases=tuple(sorted(s for s in surfaces[name] | _other_names(name) | legal.get(name, set())
                                 if s != name and s not in first and _names_kind(s, m.entry.kind, article.language))),
            mentions=counts[name],
        )
        for name, m in first.items()
    ]
    return entities, mentions


def _names_kind(surface: str, kind: str, lang: str) -> bool:
    """A form with a legal suffix ("Dalora Corp.") names a company: no alias of an app or a brand of that name."""
    return kind == "group" or org_discovery.canonical(surface, lang) == surface


# Roles whose workplace is a firm, not a consumer brand: an analyst's bank, a journalist's paper.
_FIRM_ROLES = frozenset({"analyst", "consultant", "journalist"})


# A name, after an optional elided article: "L'Oréal", "Brellon"; not "L'azienda".
_NAME_AFTER_ARTICLE = re.compile(r"^(?:\w{1,4}['’](?=[\dA-ZÀ-ÖØ-Þ])|(?!\w{1,4}['’]))[\dA-ZÀ-ÖØ-Þ]")


def employers(article: Article, entities: list[Entity], people: list[Person]) -> list[Entity]:
    """Organisations the article names only as someone's workplace ("CEO of Brellon"), which no cue of their
    own made an organisation: a brand, or a group when a firm employs the person or the name says so."""
    known = {e.name for e in entities}
    suffixes = org_discovery.group_suffixes(article.language)
    found: dict[str, Entity] = {}
    for person in people:
        for role in person.roles:
            name = role.org
            if not name or name in known or name in found or name == person.name or lookup(name):
                continue
            if not _word_spans(article.text, name) or not _NAME_AFTER_ARTICLE.match(name):
                continue  # "L'azienda", "La società": a common noun the title's phrase ended on, no name
            kind = "group" if role.role in _FIRM_ROLES or any(w in suffixes for w in name.split()) else \
                org_discovery.prefix_kind(name, article.language) or "brand"
            found[name] = Entity(name, kind, replace(role.evidence, rule="orgs.employer"))
    return list(found.values())


def outside_people(article: Article, entities: list[Entity], mentions: list[Mention],
                   people: list[Person]) -> tuple[list[Entity], list[Mention]]:
    """Mentions inside a person's name ("Chloe" in "Chloe Berg") name the person, not the brand; an
    organisation left with no mention is no organisation of the article."""
    whole = {m.surface.casefold() for m in mentions}  # "Paul Smith" the person and the brand: both stay
    spans = [span for p in people if " " in p.name and p.name.casefold() not in whole
             for span in _word_spans(article.text, p.name)]
    crafted = _craftspeople(article, entities, people)
    if not spans and not crafted:
        return entities, mentions
    kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)
            and m.entry.name not in crafted]
    named = {m.entry.name for m in kept}
    return [e for e in entities if e.name in named], kept


def _craftspeople(article: Article, entities: list[Entity], people: list[Person]) -> set[str]:
    """ "the Mayfair tailor Tom Brodie": a discovered name the people found too, made an organisation only by a
    trade noun a person is called by (a tailor, a goldsmith; not "the label"), is the craftsman, not a house."""
    names = {p.name for p in people if " " in p.name}
    return {e.name for e in entities
            if e.name in names and e.evidence.rule == "orgs.discovered" and lookup(e.name) is None
            and org_discovery.tail_short(e.name, article.language) is None  # "the tailor Ghirlandi Sartoria": a house
            and org_discovery.personal_cue(article.text, e.evidence.start, article.language)}


def employer_mentions(article: Article, employers_: list[Entity], mentions: list[Mention]) -> list[Mention]:
    """Where the workplaces found from titles are named, so that figures, events and relations see them too;
    never inside a person's name ("Anna Brellon") nor inside another organisation's mention."""
    out: list[Mention] = []
    locate = _sentence_locator(article)
    for entity in employers_:
        entry = OrgEntry(entity.name, entity.kind, (), False)
        for start, end in _word_spans(article.text, entity.name, "-", "-"):
            if _AFTER_FIRST_NAME.search(article.text, max(0, start - 30), start):
                continue
            if any(k.start < end and start < k.end for k in mentions):
                continue
            out.append(Mention(start, end, entity.name, entry, locate(start)))
    return sorted(out, key=lambda m: m.start)


# A capitalised word and a space right before: the name is a person's surname there ("Anna Brellon").
_AFTER_FIRST_NAME = re.compile(r"[A-ZÀ-Þ][\w'’\-]*[ \t]$")


def _other_names(name: str) -> set[str]:
    """The lexicon's name for an organisation the article calls by a synonym ("Xiaohongshu"), so that a
    search for either name finds it."""
    entry = lookup(name)
    return {entry.name} if entry is not None and entry.name != name else set()


def _with_discovered(article: Article, known: list[Mention]) -> list[Mention]:
    text, lang = article.text, article.language
    founds = _without_eponyms(org_discovery.discover(text, lang, lambda name: lookup(name) is not None), lang, text)
    founds = _with_publication(article, founds)
    # "Ottica Malvena ... Malvena, controlled by the family": a subsidiary's apposition says nothing of the kind; the
    # short form of a name found in full is a mention of it
    shorts = {s for f in founds for s in org_discovery.short_forms(org_discovery.canonical(f.name, lang), lang)}
    founds = [f for f in founds if f.rule != "orgs.cue_subsidiary" or f.name not in shorts]
    named = {m.surface for m in known} | {f.name for f in founds}
    parts = {w for n in named for w in n.split()}
    founds += org_discovery.possessed_subjects(text, lang, lambda n: n in parts or lookup(n) is not None)
    hints: dict[str, list[str]] = {}
    new: dict[tuple[int, int], OrgEntry] = {}
    described = {org_discovery.canonical(f.name, lang) for f in founds
                 if f.rule not in ("orgs.cue_prefix", "orgs.cue_rival")}  # a kind said of the name itself
    # named only as someone's rivals (and where first): of the kind of the one they compete with
    rivals: dict[str, int] = {}
    replaced: set[int] = set()  # known mentions inside a longer discovered name ("Nordvik Tmall Commerce Group")
    # a kind noun said of the name ("Occhialeria Arno, a family-owned manufacturer") beats the kind its prefix implies
    cued = {org_discovery.canonical(f.name, lang): f.kind for f in founds if f.rule != "orgs.cue_prefix"}
    # on one span, the kind its own company word gives ("X Research", "X SpA") before one its context gives
    for f in sorted(founds, key=lambda f: (f.start, -f.end, f.rule not in ("orgs.cue_suffix", "orgs.cue_legal"))):
        inside = [i for i, m in enumerate(known) if m.start < f.end and f.start < m.end]
        same = [i for i in inside if known[i].start == f.start and known[i].end == f.end]
        if same:
            # "lumora.com" is a company's name as much as a site's; a marketplace that buys another ("acquired by
            # X") is still the marketplace the trade knows
            entry = known[same[0]].entry
            if f.rule != "orgs.domain" and not (f.rule == "orgs.cue_parent" and entry.kind == "platform"):
                hints.setdefault(entry.name, []).append(f.kind)
            continue
        name = org_discovery.canonical(f.name, lang)
        if inside:
            # a longer name around a known one is another organisation ("Velaris Korea", "X Commerce Group")
            contained = all(f.start <= known[i].start and known[i].end <= f.end for i in inside)
            if not (contained and f.rule in _NAMING_RULES) or lookup(name):
                continue
            replaced.update(inside)
        if any(s < f.end and f.start < e for s, e in new):
            continue
        short = next((m.entry for m in known if _ends_name(m.entry.name, name)), None)
        if short is not None:  # "the Pavilion" after "Tmall Luxury Pavilion"
            hints.setdefault(short.name, []).append(f.kind)
            continue
        kind = cued.get(name, f.kind) if f.rule == "orgs.cue_prefix" else f.kind
        entry = lookup(name) or OrgEntry(name, kind, (), False)
        new[(f.start, f.end)] = entry
        if f.rule == "orgs.cue_rival" and name not in described and not lookup(name):
            rivals.setdefault(entry.name, f.start)
    housed = {(f.start, f.end) for f in founds
              if f.rule == "orgs.cue_before" and _after_house_noun(text, f.start, lang)}
    apart = _merge_short_forms(new, lang, housed)
    _coordinated(article, known, new)
    mentions = [m for i, m in enumerate(known) if i not in replaced]
    sentence_of = _sentence_locator(article)
    mentions += [Mention(s, e, text[s:e], entry, sentence_of(s)) for (s, e), entry in new.items()]
    mentions += _repeats(article, mentions, [e for e in new.values() if lookup(e.name) is None and e.name not in apart])
    mentions += _short_repeats(article, mentions, [e for e in new.values() if lookup(e.name) is None])
    mentions += _short_forms(article, mentions)
    kinds = _article_kinds(mentions, hints)
    kinds.update(_rival_kinds(mentions, rivals))
    mentions = [m if kinds.get(m.entry.name, m.entry.kind) == m.entry.kind
                else Mention(m.start, m.end, m.surface, replace(m.entry, kind=kinds[m.entry.name]), m.sentence)
                for m in mentions]
    return _article_names(sorted(mentions, key=lambda m: m.start))


def _with_publication(article: Article, founds: list[org_discovery.Found]) -> list[org_discovery.Found]:
    """The publication named by the page's copyright line ("© 2026 Name") employs the article's author:
    an organisation of the article when a byline names one, a group (publications are companies, not
    consumer brands). Without a byline it is page furniture like the rest of the footer."""
    name = _publication(article)
    start = article.text.rfind(name) if name and article.byline else -1
    if start < 0:
        return _publication_named(article, founds) if name else founds
    end = start + len(name)
    kept = [f for f in founds if f.end <= start or end <= f.start]
    return [*kept, org_discovery.Found(start, end, publication_name(article), "group", "orgs.publication")]


def _publication_named(article: Article, founds: list[org_discovery.Found]) -> list[org_discovery.Found]:
    """With no byline read, a name a cue found as part of the publication's own name ("Maison Courier" in "The Maison
    Courier", by its "Maison") is the publication, named in full and a group, wherever the text names it."""
    spans = _word_spans(article.text, _publication(article) or "")
    # a part of it, or all of it by its own kind word ("Casa Vitrea Notizie"); a cue outside that names the whole ("le
    # joaillier Corrin", beside "© Corrin") says what it is
    within = next(((s, e) for f in founds for s, e in spans if s <= f.start and f.end <= e
                   and (e - s > f.end - f.start or f.rule == "orgs.cue_prefix")), None)
    if within is None:
        return founds
    kept = [f for f in founds if not any(s < f.end and f.start < e for s, e in spans)]
    return [*kept, org_discovery.Found(*within, publication_name(article), "group", "orgs.publication")]


def publication_name(article: Article) -> str | None:
    """The publication's canonical name: "Luxe Courier Ltd" -> "Luxe Courier"."""
    name = _publication(article)
    return org_discovery.canonical(name, article.language) if name else None


_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d$")


def _publication(article: Article) -> str | None:
    """The copyright line's name without the year written after it ("© Name 2026")."""
    return _YEAR_AFTER.sub("", article.publication) if article.publication else None


def _without_eponyms(founds: list[org_discovery.Found], lang: str, text: str) -> list[org_discovery.Found]:
    """ "the watchmaker Aurel Dinant" beside "Atelier Dinant": a kind noun before a first name and the short
    form of another organisation of the article describes its founder, not a second house."""
    shorts = {short for f in founds for short in org_discovery.short_forms(f.name, lang)}
    # "la maison Vernand, fondée par le gantier Louis Vernand": after the agent of a passive, a one-word house too
    houses = {f.name for f in founds if " " not in f.name}

    def founder(f: org_discovery.Found) -> bool:
        surname = f.name.split()[-1]
        return surname in shorts or (surname in houses and org_discovery.after_agent(text, f.start, lang))

    # "founded in 1938 by the goldsmith Carlo X": after a passive's agent, a craft's noun and two words name a person
    return [f for f in founds if not (f.rule == "orgs.cue_before" and len(f.name.split()) == 2
                                      and f.name not in shorts and not org_discovery.short_forms(f.name, lang)
                                      and (founder(f) or org_discovery.founded_by(text, f.start, lang))
                                      and not org_discovery.impersonal_cue(text, f.start, lang))]


def _article_names(mentions: list[Mention]) -> list[Mention]:
    """An organisation with two full names (an English and a Chinese one) goes by the first the article uses."""
    names: dict[str, str] = {}
    for m in mentions:
        if m.entry.synonyms and m.entry.name not in names:
            form = next((s for s in m.entry.synonyms if _key(s) == _key(m.surface)), m.entry.name)
            names[m.entry.name] = form
    if not any(k != v for k, v in names.items()):
        return mentions
    return [Mention(m.start, m.end, m.surface, replace(m.entry, name=names[m.entry.name]), m.sentence)
            if names.get(m.entry.name, m.entry.name) != m.entry.name else m for m in mentions]


_NAMING_RULES = ("orgs.cue_suffix", "orgs.cue_after", "orgs.cue_legal", "orgs.cue_institution")


def _ends_name(full: str, short: str) -> bool:
    return full != short and full.endswith(" " + short)


def _coordinated(article: Article, known: list[Mention], new: dict[tuple[int, int], OrgEntry]) -> None:
    """ "Chanel, Velluto Nero, Prada and Dior": unknown names listed with mostly known ones take their kind."""
    spans = {(m.start, m.end): m.entry.kind for m in known}
    spans.update({span: e.kind for span, e in new.items()})
    for items in org_discovery.coordinated(article.text, article.language):
        kinds = [spans[i] for i in items if i in spans]
        unknown = [i for i in items if i not in spans
                   and not any(s < i[1] and i[0] < e for s, e in spans)]
        if not unknown or len(kinds) < max(2, len(unknown)):
            continue
        kind = max(ORG_KINDS, key=kinds.count)
        for s, e in unknown:
            name = article.text[s:e]
            if name.split()[0] in org_discovery.not_names(article.language):
                continue
            new[(s, e)] = lookup(name) or OrgEntry(name, kind, (), False)


def _after_house_noun(text: str, start: int, lang: str) -> bool:
    """ "la maison Vaudelune", "la maison genevoise Vaudelune": a house noun (and adjectives) right before the name."""
    return bool(_house_noun(lang).search(text, max(0, start - 60), start))


@functools.cache
def _house_noun(lang: str) -> re.Pattern[str]:
    nouns = lexicon.lookup(lang, "orgs.house_nouns", ()) or ()
    # a lower-case plural lists several houses ("the group, owner of the houses Vaudelune and Ombra"): each is a brand
    # of its own beside a group of the same name; capitalised, it is part of a company's name ("Maisons Vaudelune")
    plurals = {w.casefold() for w in lexicon.lookup(lang, "orgs.plural_nouns", ())}
    one = "|".join(map(re.escape, (n for n in nouns if n.casefold() not in plurals))) or "(?!)"
    many = "|".join(re.escape(n[:1].upper() + n[1:]) for n in nouns if n.casefold() in plurals) or "(?!)"
    return re.compile(rf"(?<![\w\-])(?:(?i:{one})|{many})(?:[ \t]+[a-zà-öø-ÿ][\w\-]*){{0,2}}[ \t]+$")


def _merge_short_forms(new: dict[tuple[int, int], OrgEntry], lang: str,
                       housed: set[tuple[int, int]] = frozenset()) -> set[str]:
    """ "Maison Ombrelune" and "Ombrelune" found apart are one organisation, under the full name. Returns the short
    names kept apart as a company's brand: their other mentions stay the company's, which the article is about.
    A short name after a house noun ("la maison Vaudelune", in `housed`) is the company itself, not its label."""
    apart = set()
    full = {}
    for entry in new.values():
        if lookup(entry.name) is None:
            for short in org_discovery.short_forms(entry.name, lang):
                full.setdefault(short, entry)
    for span, entry in list(new.items()):
        whole = full.get(entry.name)
        # "the house Velluto" beside "Velluto Fashion Group" is the group's brand, not the group; so is "il marchio
        # Rovena" beside "Calzaturificio Rovena", the company named by its trade word
        prefixed = org_discovery.short_form(whole.name, lang) == entry.name if whole else False
        # "Corlan" after "Corlan Duty Free" is the operator, whatever house's kind its own cue gave it ("Corlan
        # reported"); "le groupe Ferval" beside "Ferval Store" is the family's group, another organisation
        tailed = entry.kind == "brand" and org_discovery.tail_short(whole.name, lang) == entry.name if whole else False
        if whole and (whole.kind == entry.kind or tailed or (prefixed and span in housed)
                      or (prefixed and not (whole.kind == "group" and entry.kind == "brand"))):
            new[span] = whole
        elif whole and prefixed:
            apart.add(entry.name)
    # "il gruppo Saverna" after "Saverna Holding": a group word and a short form of a company already named is that
    # company, not a second one
    suffixed = {}
    for entry in new.values():
        if lookup(entry.name) is None and org_discovery.short_form(entry.name, lang) is None:
            for short in org_discovery.short_forms(entry.name, lang):
                suffixed.setdefault(short, entry)
    groups = org_discovery.group_suffixes(lang)  # "Gruppo", "Groupe": not a trade word ("Calzaturificio Saverna")
    for span, entry in list(new.items()):
        other = suffixed.get(org_discovery.short_form(entry.name, lang) or "")
        if other is not None and other.kind == entry.kind == "group" and entry.name.split()[0] in groups \
                and lookup(entry.name) is None:
            new[span] = other
    return apart


def _short_repeats(article: Article, mentions: list[Mention], entries_: list[OrgEntry]) -> list[Mention]:
    """ "Ombrelune" after "Maison Ombrelune": the short form is a mention of the full name, unless it is
    part of a longer capitalised name ("Jeanne Ombrelune", "Ombrelune Certified")."""
    lang = article.language
    by_short = {}
    for entry in entries_:
        for short in org_discovery.short_forms(entry.name, lang):
            if lookup(short) is None:
                by_short.setdefault(short, entry)
    if not by_short:
        return []
    skip = org_discovery.not_names(lang)
    taken = [(m.start, m.end) for m in mentions]
    sentence_of = _sentence_locator(article)
    text = article.text
    out = []
    for start, end, name in _occurrences(text, by_short, "&-", glued_hyphen=True):
        after = _CAPITAL_AFTER.match(text, end, end + 40)
        window = text[max(0, start - 40) : start]
        before = _CAPITAL_BEFORE.search(window)
        if before and _TWO_CAPITALS.search(window):
            before = None  # two capitalised words before name a place ("in New York Ombrelune"), not a first name
        if (after and after.group(1) not in skip) or (before and before.group(1) not in skip
                                                      and not _starts_sentence(text, start - len(before.group(0)))):
            continue
        if not any(s < end and start < e for s, e in taken):
            out.append(Mention(start, end, name, by_short[name], sentence_of(start)))
    return out


_CAPITAL_AFTER = re.compile(r"[ \t]+([A-ZÀ-ÖØ-Þ][\w\-]*)")
_CAPITAL_BEFORE = re.compile(r"([A-ZÀ-ÖØ-Þ][\w\-]*)[ \t]+$")


def _word_spans(text: str, name: str, left: str = "", right: str = "",
                glued_hyphen: bool = False) -> list[tuple[int, int]]:
    """Where `name` stands as whole words: no word character (nor one of `left` / `right`) glued to it, and with
    `glued_hyphen`, no "-word" after it ("Ombrelune-Paris"). By str.find: a regex compiled per name would cost
    more than the search and push the shared patterns out of re's cache."""
    out = []
    i = text.find(name) if name else -1
    while i >= 0:
        j = i + len(name)
        before, after, glued = text[i - 1 : i], text[j : j + 1], text[j + 1 : j + 2]
        left_ok = not (before and (before.isalnum() or before == "_" or before in left))
        right_ok = not (after and (after.isalnum() or after == "_" or after in right))
        if right_ok and glued_hyphen and after == "-" and (glued.isalnum() or glued == "_"):
            right_ok = False
        if left_ok and right_ok:
            out.append((i, j))
        i = text.find(name, i + 1)
    return out


def _occurrences(text: str, names: Iterable[str], left_stops: str = "&",
                 glued_hyphen: bool = False) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of the names, leftmost and then longest first, none overlapping: what a regex
    alternation of the names would find."""
    found = [(s, e, name) for name in names for s, e in _word_spans(text, name, left_stops, "&", glued_hyphen)]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str]] = []
    reach = -1
    for start, end, name in found:
        if start >= reach:
            out.append((start, end, name))
            reach = end
    return out


_TWO_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-Þ][\w\-]*[ \t]+[A-ZÀ-ÖØ-Þ][\w\-]*[ \t]+$")


def _starts_sentence(text: str, offset: int) -> bool:
    return bool(re.search(r"(?:^|[.!?:;\n\"“«—–-]\s*)$", text[max(0, offset - 3) : offset]))


def _repeats(article: Article, mentions: list[Mention], entries_: list[OrgEntry]) -> list[Mention]:
    """Later (or earlier) mentions of a discovered name without its cue."""
    if not entries_:
        return []
    taken = [(m.start, m.end) for m in mentions]
    sentence_of = _sentence_locator(article)
    out = []
    by_name = {e.name: e for e in entries_}
    honorific = _honorific_before(article.language)
    for start, end, name in _occurrences(article.text, by_name):
        if honorific.search(article.text, max(0, start - 12), start):
            continue  # "Ms Corrin": the founder, not her house
        if not any(s < end and start < e for s, e in taken):
            out.append(Mention(start, end, name, by_name[name], sentence_of(start)))
    return out


@functools.cache
def _honorific_before(lang: str) -> re.Pattern[str]:
    words = lexicon.lookup(lang, "people.cues.honorifics", ()) or ()
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w.])(?:{alternation})[ \t]+$")


def _short_forms(article: Article, mentions: list[Mention]) -> list[Mention]:
    """ "the Pavilion" after "Tmall Luxury Pavilion": a determiner and the last word of a platform's name."""
    lang = article.language
    skip = org_discovery.not_names(lang) | org_discovery.group_suffixes(lang)
    last_words: dict[str, OrgEntry] = {}
    for m in mentions:
        words = m.entry.name.split()
        if m.entry.kind == "platform" and len(words) > 1 and len(words[-1]) > 4 and words[-1] not in skip:
            last_words.setdefault(words[-1], m.entry)
    if not last_words:
        return []
    dets = "|".join(re.escape(d) for d in lexicon.lookup(lang, "orgs.determiners", ()))
    pattern = re.compile(rf"(?i:\b(?:{dets}))\s*({'|'.join(map(re.escape, last_words))})(?![\w&])")
    taken = [(m.start, m.end) for m in mentions]
    sentence_of = _sentence_locator(article)
    return [Mention(m.start(1), m.end(1), m.group(1), last_words[m.group(1)], sentence_of(m.start(1)))
            for m in pattern.finditer(article.text)
            if not any(s < m.end(1) and m.start(1) < e for s, e in taken)]


def _rival_kinds(mentions: list[Mention], rivals: dict[str, int]) -> dict[str, str]:
    """ "X competes with A and B": A and B are of the kind of X, the organisation named before the cue in the same
    sentence (a group's rivals are groups, a house's are houses); without one, of the organisation named most."""
    counts: dict[str, int] = {}
    kind_of = {}
    for m in mentions:
        if m.entry.name not in rivals and m.entry.kind != "platform":
            counts[m.entry.name] = counts.get(m.entry.name, 0) + 1
            kind_of[m.entry.name] = m.entry.kind
    if not rivals or not counts:
        return {}
    main = max(counts, key=lambda n: counts[n])
    out = {}
    for name, start in rivals.items():
        sentence = next((m.sentence for m in mentions if m.start == start), None)
        subject = max((m for m in mentions if m.sentence == sentence and m.end <= start and m.entry.name in kind_of),
                      key=lambda m: m.end, default=None)
        out[name] = kind_of[subject.entry.name] if subject else kind_of[main]
    return out


def _article_kinds(mentions: list[Mention], hints: dict[str, list[str]]) -> dict[str, str]:
    """Group or platform in this article: a cue on the name, else owning another org named here."""
    kinds: dict[str, str] = {}
    named = {m.entry.name for m in mentions}
    owners = {m.entry.parent for m in mentions if m.entry.parent}
    for m in mentions:
        entry = m.entry
        if entry.kind == "brand" or entry.name in kinds:
            continue
        cues = [k for k in hints.get(entry.name, ()) if k != "brand"]
        if cues:
            kinds[entry.name] = max(cues, key=cues.count)
        elif entry.kind == "platform" and entry.name in owners and entry.name in named:
            kinds[entry.name] = "group"
    return kinds
