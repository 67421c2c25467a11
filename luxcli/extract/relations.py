"""Relations between organisations, each with the sentence that states it.

Rules work on the organisation mentions of one sentence at a time and on the
cue words of `lexicons/relations/<lang>.toml`:
- sells_on: a brand (or a marketplace) and a platform that is the venue of a selling cue
  ("opened a flagship on X", "ouvrira des boutiques sur X", "sbarca su X", "X now counts A, B and C");
- owned_by: "X-owned Y", "Y, which belongs to X", "X, the parent of A and B", "the X labels A, B",
  "its watch brand Y", "Y, X's platform", "Y d'X", a brand-named group ("Max Mara Fashion Group"),
  and the lexicon's well-known parent when the article names both;
- operates, partners_with, competes_with: cue phrases between two organisations;
- founded_in / launched_on: a creation word and a year or date near an organisation;
- works_for: a person named without a title next to an organisation they are said to work at.
Where the cue names no organisation ("la maison fondata nel 1951", "its Tmall store"), the
organisation is the one the article last named.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from luxcli import lexicon
from luxcli.dates import find_dates
from luxcli.extract.org_discovery import trie_pattern
from luxcli.extract.orgs import Mention, lookup
from luxcli.model import Article, Evidence, Person, Relation, Sentence

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


@dataclass(frozen=True)
class _Cues:
    sells: re.Pattern[str]
    negation: re.Pattern[str]
    venue_start: re.Pattern[str]
    venue_verb: re.Pattern[str]  # at the end of the text before a platform: "joined (the) X"
    venue_before: re.Pattern[str]  # preposition + up to 4 words, at the end of the text before a platform
    store_after: re.Pattern[str]
    host_after: re.Pattern[str]
    child_of: re.Pattern[str]
    parent_of: re.Pattern[str]
    within: re.Pattern[str]
    owned_suffix: re.Pattern[str] | None
    its_noun: re.Pattern[str]
    noun_of: re.Pattern[str]  # ", the/la ... platform/house ... of/de" between a child and its owner
    owner_noun: re.Pattern[str]  # "'s (words) platform/house" after an owner
    group_labels: re.Pattern[str]  # "(words) labels" after an owner: "the LVMH labels A, B"
    rival: re.Pattern[str]
    partner: re.Pattern[str]
    operates: re.Pattern[str]
    founded: re.Pattern[str]
    launched: re.Pattern[str]
    joiners: re.Pattern[str]
    list_cue: re.Pattern[str]
    of_end: re.Pattern[str]  # a creation cue that ends with "of": "opened the doors of X"
    of: re.Pattern[str]  # the whole gap between a platform and its owner: "le Pavilion d'Alibaba"
    works_at: re.Pattern[str]  # the whole gap between a person and their organisation: "Jane Doe of X"
    group_suffixes: frozenset[str]


def _words(words: Iterable[str]) -> str:
    return trie_pattern(words, " ")


def _phrase(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-])(?:{_words(words)})(?![\w\-])", re.IGNORECASE)


@functools.cache
def _cues(lang: str) -> _Cues:
    rel = lexicon.lookup(lang, "relations", {})
    org = lexicon.lookup(lang, "orgs", {})
    kind_nouns = _words([*org.get("brand_nouns", ()), *org.get("platform_nouns", ()), *org.get("group_nouns", ())])
    brand_nouns = _words(org.get("brand_nouns", ()))
    owned = rel.get("owned_suffixes", ())
    return _Cues(
        sells=_phrase(rel.get("sells_cues", ())),
        negation=re.compile(rf"(?<![\w\-])(?:{_words(rel.get('negations', ()))})(?:(?<=['’])|(?![\w\-]))",
                            re.IGNORECASE),
        venue_verb=re.compile(rf"(?<![\w\-])(?:{_words(rel.get('venue_verbs', ()))})"
                              rf"(?:\s+(?:{_words(org.get('determiners', ()))}))?\s*$", re.IGNORECASE),
        venue_start=re.compile(rf"^\s*(?:{_words(rel.get('venue_preps', ()))})\s", re.IGNORECASE),
        venue_before=re.compile(rf"(?<![\w\-])(?i:{_words(rel.get('venue_preps', ()))})"
                                rf"(?:\s+(?:[a-zà-ÿ][\w\-'’]*|[A-Z]\w*['’]s)){{0,5}}?\s*$"),
        store_after=re.compile(rf"^\s+(?:{_words(rel.get('store_nouns', ()))})(?![\w\-])"),
        host_after=re.compile(rf"^(?:\s+\w+)?\s+(?:{_words(rel.get('host_verbs', ()))})(?![\w\-])", re.IGNORECASE),
        child_of=re.compile(rf"^\s*,?(?:\s+[\w\-]+){{0,3}}?\s+(?:{_words(rel.get('child_of', ()))})"
                            rf"\s+(?:\S+\s+){{0,1}}?$", re.IGNORECASE),
        parent_of=re.compile(rf"^\s*,?\s*(?:[\w\-']+\s+){{0,6}}?(?:{_words(rel.get('parent_of', ()))})"
                             rf"\s+(?:\S+\s+){{0,3}}?$", re.IGNORECASE),
        within=re.compile(rf"(?:{_words(rel.get('within', ()))})\s+$", re.IGNORECASE),
        owned_suffix=re.compile(rf"^(?:{_words(owned)})(?:\s+[\w\-]+){{0,3}}?\s+$", re.IGNORECASE) if owned else None,
        its_noun=re.compile(rf"(?<![\w\-])(?:{_words(rel.get('possessives', ()))})\s+(?:[\w\-]+\s+){{0,3}}?"
                            rf"(?:{brand_nouns})\s+$", re.IGNORECASE),
        noun_of=re.compile(rf"^\s*,\s+(?:\w+['’]?\s*){{1}}(?:[\w\-]+\s+){{0,3}}?(?:{kind_nouns})(?:\s+[\w\-]+){{0,3}}?"
                           rf"\s+(?:{_words(rel.get('of_words', ()))})\s*$", re.IGNORECASE),
        owner_noun=re.compile(rf"^['’]s\s+(?:[\w\-]+\s+){{0,3}}?(?:{kind_nouns})\b", re.IGNORECASE),
        group_labels=re.compile(rf"^\s+(?:[\w\-]+\s+){{0,2}}?(?:{brand_nouns})\s+$", re.IGNORECASE),
        rival=_phrase(rel.get("rival_words", ())),
        partner=re.compile("|".join(f"(?:{p})" for p in rel.get("partner_patterns", ())), re.IGNORECASE),
        operates=_phrase(rel.get("operates_patterns", ())),
        founded=_phrase(rel.get("founded_words", ())),
        launched=_phrase(rel.get("launched_words", ())),
        joiners=re.compile(rf"^\s*(?:,\s*)?(?:(?:{_words(org.get('list_joiners', ()))})\s+)?$", re.IGNORECASE),
        list_cue=_phrase(org.get("list_cues", ())),
        of_end=re.compile(rf"(?<!\w)(?:{_words(rel.get('of_words', ()))})$", re.IGNORECASE),
        of=re.compile(rf"\s*(?:{_words(rel.get('of_words', ()))})(?:(?<=['’])|\s+)", re.IGNORECASE),
        works_at=re.compile(rf"\s*,?\s*(?:{_words(rel.get('works_at', ()))})(?:(?<=['’])|\s+)", re.IGNORECASE),
        group_suffixes=frozenset(org.get("group_suffixes", ())),
    )


class _Out:
    """Relations found so far, one per (subject, predicate, object), first evidence kept; and each
    cue's matches in the article, found once and then read sentence by sentence."""

    def __init__(self, article: Article, cues: _Cues) -> None:
        self.article = article
        self.cues = cues
        self.found: dict[tuple[str, str, str], Relation] = {}
        self._hits: dict[str, tuple[list[int], list[re.Match[str]]]] = {}

    def hits(self, name: str, sentence: Sentence) -> list[re.Match[str]]:
        if name not in self._hits:
            matches = list(getattr(self.cues, name).finditer(self.article.text))
            self._hits[name] = ([m.start() for m in matches], matches)
        starts, matches = self._hits[name]
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        return [m for m in matches[lo:hi] if m.end() <= sentence.end]

    def add(self, subject: str, predicate: str, obj: str, sentence: int, span: tuple[int, int], rule: str) -> None:
        if subject == obj or not subject or not obj:
            return
        if predicate in ("partners_with", "competes_with") and (obj, predicate, subject) in self.found:
            return
        key = (subject, predicate, obj)
        if key not in self.found:
            self.found[key] = Relation(subject, predicate, obj, Evidence(sentence, span[0], span[1], rule))


def extract_relations(article: Article, mentions: list[Mention], people: list[Person]) -> list[Relation]:
    if not article.supported or not mentions:
        return []
    cues = _cues(article.language)
    out = _Out(article, cues)
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sentence in article.sentences:
        here = by_sentence.get(sentence.index, [])
        earlier = mentions[: bisect.bisect_left(starts, sentence.start)]
        # a sentence that names no organisation can still found one named just before ("la maison fondata nel")
        rules = (_owned_by, _sells_on, _partners, _rivals, _operates, _creation) if here else (_creation,)
        for rule in rules:
            rule(article, sentence, here, earlier, cues, out)
    _known_parents(mentions, out)
    _named_after(mentions, cues, out)
    _own_sites(mentions, out)
    _works_for(article, mentions, people, cues, out)
    return list(out.found.values())


# --- helpers -------------------------------------------------------------------------------------


def _between(article: Article, a: Mention, b: Mention) -> str:
    return article.text[a.end : b.start]


def _kind(m: Mention) -> str:
    return m.entry.kind


def _coordinated_after(article: Article, here: list[Mention], first: int, cues: _Cues) -> list[Mention]:
    """The mention at index `first` and those joined to it by commas and "and": "A, B and C"."""
    out = [here[first]]
    for nxt in here[first + 1 :]:
        gap = _between(article, out[-1], nxt)
        if not cues.joiners.match(gap) or (len(out) == 1 and re.match(r"\s*,\s*\w", gap)):
            break
        if re.match(r"['’]s\b", article.text[nxt.end : nxt.end + 2]):
            break  # "Tencent, Alibaba's arch-rival"
        out.append(nxt)
    return out


def _last(earlier: list[Mention], test: Callable[[Mention], bool]) -> Mention | None:
    return next((m for m in reversed(earlier) if test(m)), None)


# --- owned_by ------------------------------------------------------------------------------------


def _owned_by(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    text = article.text

    def own(child: Mention, parent: Mention, rule: str) -> None:
        if _kind(parent) != "brand" and child.entry.name != parent.entry.name:
            out.add(child.entry.name, "owned_by", parent.entry.name, sentence.index,
                    (min(child.start, parent.start), max(child.end, parent.end)), rule)

    for i, m in enumerate(here):
        after = here[i + 1 :]
        nxt = after[0] if after else None
        gap = _between(article, m, nxt) if nxt else ""
        # "Kering-owned jewelry label Qeelin"
        if nxt and cues.owned_suffix and cues.owned_suffix.match(gap) and _kind(nxt) != "group" \
                and not re.search(r"[,;:]", gap) and not cues.joiners.search(" " + gap.split(None, 1)[-1]):
            own(nxt, m, "relations.owned_suffix")
        # "Zenith, which belongs to LVMH"; "Tmall, propriété d'Alibaba"
        if nxt and cues.child_of.match(gap):
            own(m, nxt, "relations.child_of")
        # "Capri Holdings, the parent of A, B and C"
        if nxt and _kind(m) != "brand" and cues.parent_of.match(gap):
            for child in _coordinated_after(article, here, i + 1, cues):
                own(child, m, "relations.parent_of")
        # "the LVMH labels A, B and C"
        if nxt and _kind(m) == "group" and cues.group_labels.match(gap):
            for child in _coordinated_after(article, here, i + 1, cues):
                own(child, m, "relations.group_labels")
        # "Alibaba's Tmall", "Alibaba Group's Tmall"
        if nxt and _kind(m) == "group" and _kind(nxt) == "platform" and re.match(r"^['’]s\s+(?:[\w\-]+\s+){0,2}$", gap):
            own(nxt, m, "relations.possessive")
        # "Tmall, la piattaforma B2C di Alibaba Group"; "Toplife, la plateforme rivale de JD.com"
        if nxt and cues.noun_of.match(gap) and _kind(nxt) == "group":
            own(m, nxt, "relations.apposition_of")
        # "le Tmall Luxury Pavilion d'Alibaba"
        if nxt and _kind(nxt) == "group" and _kind(m) == "platform" and cues.of.fullmatch(gap):
            own(m, nxt, "relations.of")
        # "Taobao Live, Alibaba's live-streaming channel"
        if i > 0 and _kind(m) == "group" and re.fullmatch(r"\s*,\s+", _between(article, here[i - 1], m)) \
                and cues.owner_noun.match(text[m.end : m.end + 60]):
            own(here[i - 1], m, "relations.apposition_possessive")
        # "within LVMH, Dior ..."; "Au sein de LVMH, Dior"
        if nxt and _kind(m) == "group" and re.fullmatch(r"\s*,\s*", gap) \
                and cues.within.search(text[max(sentence.start, m.start - 30) : m.start]):
            own(nxt, m, "relations.within")
        # "LVMH moved sooner: its Swiss watch brand Tag Heuer"
        if cues.its_noun.search(text[max(sentence.start, m.start - 60) : m.start]):
            owner = _last(here[:i], lambda x: _kind(x) == "group")
            if owner is not None:
                own(m, owner, "relations.its_brand")


def _known_parents(mentions: list[Mention], out: _Out) -> None:
    """The lexicon's well-known owner, when the article names both."""
    first = {}
    for m in mentions:
        first.setdefault(m.entry.name, m)
    for name, m in first.items():
        parent = m.entry.parent
        # a brand is said to belong to a group near where both are named; a platform's owner, or a
        # group named after the brand (Hermès International), is taken for granted anywhere in the article
        reach = 2 if m.entry.kind == "brand" and not (parent or "").startswith(name + " ") else float("inf")
        if parent and parent in first:
            near = [x for x in mentions if x.entry.name == name
                    and any(p.entry.name == parent and abs(p.sentence - x.sentence) <= reach for p in mentions)]
            together = near[0] if near else None
            if together is None:
                continue
            out.add(name, "owned_by", parent, together.sentence, (together.start, together.end),
                    "relations.known_parent")


def _named_after(mentions: list[Mention], cues: _Cues, out: _Out) -> None:
    """ "Max Mara Fashion Group" owns Max Mara; "Farfetch China" belongs to Farfetch."""
    first = {}
    for m in mentions:
        first.setdefault(m.entry.name, m)
    for name, m in first.items():
        for short, s in first.items():
            if short == name or not name.startswith(short + " "):
                continue
            if name.split()[-1] in cues.group_suffixes and _kind(s) == "brand" and _kind(m) == "group":
                out.add(short, "owned_by", name, m.sentence, (m.start, m.end), "relations.named_group")
            elif name.split()[-1] not in cues.group_suffixes and _kind(m) == "group" and lookup(name) is None:
                out.add(name, "owned_by", short, m.sentence, (m.start, m.end), "relations.named_unit")


def _own_sites(mentions: list[Mention], out: _Out) -> None:
    """A brand's own web shop: Hermès and "hermes.cn"."""
    from luxcli.text import fold

    brands = {fold(m.entry.name).replace(" ", ""): m for m in mentions if _kind(m) == "brand"}
    for m in mentions:
        if _kind(m) == "platform" and "." in m.entry.name and " " not in m.entry.name:
            stem = fold(m.entry.name.split(".")[0]).replace(" ", "")
            if stem in brands:
                out.add(brands[stem].entry.name, "sells_on", m.entry.name, m.sentence, (m.start, m.end),
                        "relations.own_site")


# --- sells_on ------------------------------------------------------------------------------------


def _sells_on(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    text = article.text
    cue_hits = out.hits("sells", sentence)
    if not cue_hits:
        return
    venues: list[Mention] = []
    verb_venues: list[Mention] = []  # objects of "joined": only their subject, before them, sells there
    hosts: list[Mention] = []
    for i, m in enumerate(here):
        if _kind(m) != "platform":
            continue
        before = text[max(sentence.start, m.start - 50) : m.start]
        near_cue = any(c.start() < m.start and len(text[c.end() : m.start].split()) <= 8 for c in cue_hits)
        if cues.venue_verb.search(before):
            venues.append(m)  # "joined Farfetch"
            verb_venues.append(m)
        elif cues.venue_before.search(before) and (near_cue or (venues and here[i - 1] is venues[-1])):
            venues.append(m)  # "opened a flagship on X", "... sur A, sur B et sur C"
        elif venues and here[i - 1] is venues[-1] and cues.joiners.match(_between(article, here[i - 1], m)):
            venues.append(m)  # "on Tmall and the Pavilion"
        elif cues.store_after.match(text[m.end : m.end + 20]):
            venues.append(m)  # "its Tmall store"
        if cues.host_after.match(text[m.end : m.end + 30]):
            hosts.append(m)  # "the platform now counts ..."
    places = venues + [h for h in hosts if h not in venues]
    if not places:
        return
    names = {p.entry.name for p in places}
    first_place = min(p.start for p in places)
    # a marketplace sells on a platform only as the subject, before it: "Farfetch will open stores on X"
    sellers = [m for m in here if m.entry.name not in names and not any(_related(m, p) for p in places)
               and (_kind(m) == "brand" or (_kind(m) == "platform" and m.end <= first_place))]
    if hosts and not venues:
        sellers = [m for m in sellers if any(m.start > h.end for h in hosts)]
    listed = _after_list_cue(text, sentence, cues)
    shops = [m for m in sellers if _kind(m) == "platform" and listed is not None and m.end <= listed]
    if not sellers:
        last = _last(earlier, lambda x: _kind(x) == "brand")
        if last is None or last.sentence < sentence.index - 2:
            return
        pairs = [(last, p) for p in places]
    else:
        pairs = [(s, p) for s, p in _pair_clauses(sellers, places)
                 if p not in verb_venues or p in hosts or s in _subjects_of(article, sellers, p, cues)]
    for s, p in pairs:
        if cues.negation.search(text, max(sentence.start, min(s.end, p.end)), max(s.start, p.start)):
            continue  # "X has no plans to open a store on Y"
        if shops and listed is not None and s.start > listed:
            p = shops[-1]  # "X's flagship on Y opened with 130 brands, including A and B": A and B sell on X
        out.add(s.entry.name, "sells_on", p.entry.name, sentence.index, (sentence.start, sentence.end),
                "relations.sells_on")


def _subjects_of(article: Article, sellers: list[Mention], venue: Mention, cues: _Cues) -> list[Mention]:
    """ "A and B joined X": the sellers just before the verb, not those earlier in the sentence."""
    before = [s for s in sellers if s.end <= venue.start]
    if not before:
        return []
    out = [before[-1]]
    for prev in reversed(before[:-1]):
        if not cues.joiners.match(_between(article, prev, out[-1])):
            break
        out.append(prev)
    return out


def _pair_clauses(sellers: list[Mention], places: list[Mention]) -> list[tuple[Mention, Mention]]:
    """ "A opened on X, while B signed up for Y": each run of sellers goes with the places after it;
    a run with none after it ("... and Loewe ran a pop-up there") with the places before it."""
    runs: list[tuple[list[Mention], list[Mention]]] = []
    for m in sorted(sellers + places, key=lambda m: m.start):
        if m in sellers:
            if not runs or runs[-1][1]:
                runs.append(([], []))
            runs[-1][0].append(m)
        else:
            if not runs:
                runs.append(([], []))
            runs[-1][1].append(m)
    pairs = []
    for i, (run_sellers, run_places) in enumerate(runs):
        targets = run_places or (runs[i - 1][1] if i > 0 else [])
        if not targets and not run_places and i == 0:
            targets = places
        pairs += [(s, p) for s in run_sellers for p in targets]
    if runs and not runs[0][0] and runs[0][1] and len(runs) > 1 and not runs[1][1]:
        pairs += [(s, p) for s in runs[1][0] for p in runs[0][1]]  # "On X, A and B opened stores"
    return pairs


def _after_list_cue(text: str, sentence, cues: _Cues) -> int | None:
    m = cues.list_cue.search(text, sentence.start, sentence.end)
    return m.end() if m else None


def _related(a: Mention, b: Mention) -> bool:
    """Tmall and Tmall Luxury Pavilion; Alibaba and its Tmall: not a seller and its venue."""
    x, y = a.entry, b.entry
    return x.name in y.name or y.name in x.name or x.parent == y.name or y.parent == x.name


# --- partners_with, competes_with, operates ---------------------------------------------------------


def _ordered(a: Mention, b: Mention) -> tuple[Mention, Mention]:
    """Brands first, then the order of the text: how analysts write a symmetric relation."""
    if _kind(b) == "brand" and _kind(a) != "brand":
        return b, a
    return a, b


def _partners(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    for cue in out.hits("partner", sentence):
        before = [m for m in here if m.end <= cue.start()]
        after = [m for m in here if m.start >= cue.end()]
        subjects = _coordinated_before(article, before, cues, cue.start())
        if not subjects:
            last = _last(earlier, lambda x: _kind(x) == "brand")
            subjects = [last] if last is not None and last.sentence >= sentence.index - 2 else []
        objects = _coordinated_after(article, after, 0, cues) if after and _near(cue.end(), after[0], 25) else []
        pairs = [(s, o) for s in subjects for o in objects]
        if not objects and len(subjects) == 1 and len(before) > 1 and before[-1] is subjects[0] \
                and re.fullmatch(r"\s*,?\s*[^.;:]{0,40}", _between(article, before[-2], before[-1])):
            pairs = [(before[-2], subjects[0])]  # "Coty, which holds the Gucci licence"
        if len(subjects) == 1 and len(objects) > 1 and re.match(r"\s*,", article.text[subjects[0].end : cue.start()]):
            # "Fengmao, the joint venture formed by A and B": A and B partner and own it
            for o in objects:
                out.add(subjects[0].entry.name, "owned_by", o.entry.name, sentence.index, (cue.start(), cue.end()),
                        "relations.joint_venture")
            pairs = [(objects[0], o) for o in objects[1:]]
        if not objects and len(subjects) > 1:
            pairs = [(subjects[0], o) for o in subjects[1:]]
        for s, o in pairs:
            if _related(s, o):
                continue
            a, b = _ordered(s, o)
            out.add(a.entry.name, "partners_with", b.entry.name, sentence.index, (cue.start(), cue.end()),
                    "relations.partners")


def _near(offset: int, m: Mention, limit: int) -> bool:
    return m.start - offset <= limit


def _coordinated_before(article: Article, before: list[Mention], cues: _Cues, cue_start: int) -> list[Mention]:
    """The subjects of a cue: "A and B ..." before it, an apposition replaced by its head:
    "Richemont, the parent of Cartier, and Alibaba ..." -> Richemont and Alibaba;
    "the group X, which controls A and B, signed ..." -> X."""
    if not before:
        return []
    text = article.text

    def gap(a: int, b: int) -> str:
        return text[before[a].end : before[b].start]

    def apposition(k: int) -> bool:  # "X, <up to 60 characters without a comma> before[k]"
        return k > 0 and re.fullmatch(r"\s*,\s+[^,]{1,60}", gap(k - 1, k)) is not None

    run = [len(before) - 1]
    while run[0] > 0 and cues.joiners.match(gap(run[0] - 1, run[0])):
        run.insert(0, run[0] - 1)
    if re.match(r"\s*,", text[before[run[-1]].end : cue_start]) and apposition(run[0]):
        return [before[run[0] - 1]]
    out = []
    for pos, k in enumerate(run):
        after = text[before[k].end : before[run[pos + 1]].start if pos + 1 < len(run) else cue_start]
        out.append(before[k - 1] if re.match(r"\s*,", after) and apposition(k) else before[k])
    return out


def _rivals(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    text = article.text
    for cue in out.hits("rival", sentence):
        after = [m for m in here if m.start >= cue.end() and m.start - cue.end() <= 3]
        before = [m for m in here if m.end <= cue.start()]
        possessive = cue.group(0).endswith(("'s", "’s")) or text[cue.end() : cue.end() + 2] in ("'s", "’s")
        if after and before and possessive:
            a, b = before[-1], after[0]  # "Alibaba's Luxury Pavilion and rival's Toplife"
        elif after and before:
            a, b = after[0], before[-1]  # "a deal with rival Farfetch": Farfetch is the rival
        elif len(before) >= 2 and re.match(r"^\s*['’]s\s+(?:\w+[\s\-])?$", text[before[-1].end : cue.start()]):
            a, b = before[-2], before[-1]  # "Tencent, Alibaba's arch-rival"
        elif before and re.fullmatch(r"\s*,\s+\w+['’]?\s*(?:[\w\-]+\s+){0,2}?", text[before[-1].end : cue.start()]):
            # "Toplife, la plateforme rivale de JD.com": Toplife rivals the platform named before it
            y = before[-1]
            x = next((m for m in reversed(before[:-1]) if _kind(m) == _kind(y) and not _related(m, y)), None)
            if x is None:
                continue
            a, b = x, y
        else:
            continue
        if _related(a, b):
            continue
        out.add(a.entry.name, "competes_with", b.entry.name, sentence.index, (cue.start(), cue.end()),
                "relations.rival")


def _operates(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    for cue in out.hits("operates", sentence):
        before = [m for m in here if m.end <= cue.start() and _kind(m) == "group"]
        after = [m for m in here if m.start >= cue.end() and _kind(m) == "platform" and _near(cue.end(), m, 40)]
        if before and after:
            out.add(before[-1].entry.name, "operates", after[0].entry.name, sentence.index, (cue.start(), cue.end()),
                    "relations.operates")


# --- founded_in, launched_on ----------------------------------------------------------------------


def _creation(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    text = article.text
    for pattern, platforms_only in (("founded", False), ("launched", True)):
        for cue in out.hits(pattern, sentence):
            if any(_kind(m) == "platform" and 0 <= m.start - cue.end() < 40
                   and cues.venue_start.match(text[cue.end() : m.start]) for m in here):
                continue  # "launched on Tmall": selling, not founding
            date = _date_near(text, cue.end(), sentence.end)
            if date is None:
                continue
            subject = _creation_subject(text, sentence, here, earlier, cue, cues, platforms_only)
            if subject is None:
                continue
            kind = _kind(subject)
            if platforms_only and kind != "platform":
                continue
            predicate = "launched_on" if kind == "platform" else "founded_in"
            value = date if predicate == "launched_on" else date[:4]
            out.add(subject.entry.name, predicate, value, sentence.index, (cue.start(), cue.end()),
                    "relations.creation")


def _date_near(text: str, start: int, end: int) -> str | None:
    window = text[start : min(end, start + 40)]
    dates = find_dates(window)
    if dates:
        return dates[0].value
    year = _YEAR.search(window)
    return year.group(1) if year else None


def _creation_subject(text, sentence, here, earlier, cue, cues: _Cues, platforms_only: bool) -> Mention | None:
    wanted = (lambda m: _kind(m) == "platform") if platforms_only else (lambda m: True)
    opening = text[sentence.start : cue.start()].strip() == ""
    after = [m for m in here if m.start >= cue.end() and wanted(m)]
    if opening or cues.of_end.search(cue.group(0)):
        if after:
            return after[0]  # "Created in 2017, Tmall Luxury Pavilion ..."
        last = _last(earlier, wanted)  # "Fondée en 1898, la maison ..."
        return last if last is not None and last.sentence >= sentence.index - 1 and not platforms_only else None
    before = [m for m in here if m.end <= cue.start() and wanted(m)]
    if before:
        j = len(before) - 1
        if j > 0 and re.match(r"\s*,", text[before[j].end : cue.start()]) and re.fullmatch(
                r"\s*,\s+[^,]{1,60}", text[before[j - 1].end : before[j].start]):
            j -= 1  # "La griffe X, propriété de LVMH, a été fondée en 1923": X
        return before[j]
    between = text[cue.end() : after[0].start] if after else ""
    if after and len(between.split()) <= 4 and re.search(r"\d{4}\s*$", between):
        return after[0]  # "a inauguré en juin 2017 24 Sèvres": the date, then the name
    if platforms_only:
        return None
    last = _last(earlier, wanted)  # "la maison fondata nel 1951"
    return last if last is not None and last.sentence >= sentence.index - 1 else None


# --- works_for --------------------------------------------------------------------------------------


def _works_for(article: Article, mentions: list[Mention], people: list[Person], cues: _Cues, out: _Out) -> None:
    """A person the article gives no title, in the same sentence as one organisation they are "at"."""
    for person in people:
        if person.roles:
            continue
        sentence = person.evidence.sentence
        orgs = [m for m in mentions if m.sentence == sentence]
        end = person.evidence.end
        # "Jane Doe of Velluto", "Jane Doe, from Velluto", "Jeanne Dupont, chez Ombrelune"
        at = [m for m in orgs if 0 <= m.start - end <= 25 and cues.works_at.fullmatch(article.text[end : m.start])]
        if len(at) == 1:
            out.add(person.name, "works_for", at[0].entry.name, sentence, (person.evidence.start, at[0].end),
                    "relations.works_for")
