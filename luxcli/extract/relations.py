"""Relations between organisations, each with the sentence that states it.

Rules work on the organisation mentions of one sentence at a time and on the
cue words of `lexicons/relations/<lang>.toml`:
- sells_on: a brand (or a marketplace) and a platform that is the venue of a selling cue
  ("opened a flagship on X", "ouvrira des boutiques sur X", "sbarca su X", "X now counts A, B and C");
- owned_by: "X-owned Y", "Y, which belongs to X", "X, the parent of A and B", "the X labels A, B",
  "its watch brand Y", "Y, X's platform", "Y d'X", a brand-named group ("Velluto Fashion Group"),
  and the lexicon's well-known parent when the article names both;
- operates, partners_with, competes_with: cue phrases between two organisations;
- founded_in / launched_on: a creation word and a year or date near an organisation;
- works_for: a person named without a title next to an organisation they are said to work at;
- owned_by also from a passive cue a few words before the parent ("owned since 2015 by the holding X",
  "détenue depuis 2018 par", "controllata dal") and "X, which holds 70% of Y"; competes_with from
  "competes with A and B", "face à A et B", "si confronta con A e con B". A lexicon parent counts only
  where the text marks it as an owner ("of X", "X's", "X-owned", "groupe X").
A share under half or a "minority" stake is no ownership; a mere possibility ("considering a store on X")
is no sale; "on the platform" stands for the platform just named; "the group's X store" is a sale by the
group the article is about; "Rivals abound." makes the next sentence's organisations rivals of it.
Also: "the Nordvik x Lumora sneaker" and "a collaboration between A and B" are partnerships; "X, born in Geneva
in 1974" is founded_in; "sold on X's website" makes a retailer a venue; "l'application Lumora de Nordvik" is a
brand's own app, which it operates (and sells on); "X has hired Jane Doe" is works_for when she has no present
title. A partner written as the object of a preposition ("a deal with B, ending a partnership with C") is not the
subject of the next cue; an apposition's owner list ends at its comma ("X, owned by A, and B ..."); the main
organisation stands in for a missing competitor subject only at the start of a sentence or after "rivals such as".
Where the cue names no organisation ("la maison fondata nel 1923", "its WeChat store"), the
organisation is the one spoken of: after "the house" or "it", the brand last named that is not a past
employer or a rival, else the article's main brand (_referent); "the family-run company" right after the
article's subject is named is that subject. Also: "X, with which Y signed an agreement" is a partnership; a
rival list runs past an owner in apposition ("A, owned by K, and the Swiss B"), and that owner is no rival nor
subject; "Lumora USA" belongs to "Maison Lumora"; a creation cue after a dateline opens its sentence.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from luxcli import lexicon
from luxcli.dates import find_dates
from luxcli.extract.org_discovery import short_form, trie_pattern
from luxcli.extract.orgs import Mention, lookup
from luxcli.model import Article, Evidence, Person, Relation, Sentence

_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d.,]\d|\d)")  # houses date back to the 1500s


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
    pair_anaphor: re.Pattern[str]  # "both brands": the last two brands named
    partner_relative: re.Pattern[str]  # "X, with which (the house) Y ...": the whole gap from X to Y
    agreement: re.Pattern[str]  # "... Y signed an agreement": right after Y
    operates: re.Pattern[str]
    founded: re.Pattern[str]
    launched: re.Pattern[str]
    joiners: re.Pattern[str]
    list_cue: re.Pattern[str]
    of_end: re.Pattern[str]  # a creation cue that ends with "of": "opened the doors of X"
    of: re.Pattern[str]  # the whole gap between a platform and its owner: "le Pavilion d'Alibaba"
    works_at: re.Pattern[str]  # the whole gap between a person and their organisation: "Jane Doe of X"
    group_suffixes: frozenset[str]
    # one scan for four cues, told apart by the group that matched (_STRUCTURE): CHILD ... <child> PARENT
    # ("owned since 2015 by"), PARENT <parent> CHILD ("which holds 70% of"), SUBJECT <compete> OBJECTS
    # ("competes with", "face à"), <group_anaphor> PLATFORM ("the group's platform X")
    structure: re.Pattern[str]
    anaphor: re.Pattern[str]  # "the house", "la maison": a brand named before
    pronoun: re.Pattern[str]  # "it", "elle": the subject of the sentence before
    employer: re.Pattern[str]  # "at" before a person's employer
    owner_before: re.Pattern[str]  # at the end of the text before a well-known parent: "of"
    owner_after: re.Pattern[str]  # at the start of the text after it: "'s", "-owned"
    owned_start: re.Pattern[str]  # "-owned" right after an owner's name
    along: re.Pattern[str]  # "alongside": a second thing launched at the same date
    rejoin: re.Pattern[str]  # between items of a list, a repeated preposition allowed: "A and with B"
    platform_anaphor: re.Pattern[str]  # "on the platform": the platform named just before
    competition: re.Pattern[str]  # "Competition is fierce.": the next sentence names the rivals
    minority: re.Pattern[str]  # "minority stake", "participation minoritaire"
    joined_noun: re.Pattern[str]  # between items of a list, a kind noun repeated: "A and the shoe label B"
    object_before: re.Pattern[str]  # at the end of the text before an object: "with (the)", "avec", "con"
    collab: re.Pattern[str]  # the whole gap between two brands of a joint product: "A x B"
    platform_noun_before: re.Pattern[str]  # at the end of the text before a platform: "the app ", "l'application "
    platform_noun_after: re.Pattern[str]  # at the start of the text after a platform: " app"
    site_after: re.Pattern[str]  # after a retailer's name: "'s website": it is a venue though not a platform
    site_before: re.Pattern[str]  # at the end of the text before a retailer's name: "le site de"
    between: re.Pattern[str]  # at the end of a partner cue: "a collaboration between" names both partners after it
    hired: re.Pattern[str]  # right before a person: "has hired", "a recruté", "ha assunto"
    born: re.Pattern[str]  # "born", "née", "nata": a creation word only right after the name it is said of
    kind_gap: re.Pattern[str]  # the whole gap before a name that its kind noun announces: "the specialist platform "


def _words(words: Iterable[str]) -> str:
    return trie_pattern(words, " ")


def _phrase(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-])(?:{_words(words)})(?![\w\-])", re.IGNORECASE)


def _anaphors(phrases: Iterable[str]) -> re.Pattern[str]:
    """ "the house", and with lower-case words inside: "the family-owned company", "la storica maison"."""
    forms = []
    for phrase in phrases:
        head, _, rest = phrase.partition(" ")
        forms.append(rf"{re.escape(head)}\s+(?-i:[a-zà-öø-ÿ][\w\-]*\s+){{0,2}}{re.escape(rest)}" if rest
                     else re.escape(phrase))
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(forms) or '(?!)'})(?![\w\-])", re.IGNORECASE)


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
        pair_anaphor=_phrase(rel.get("pair_anaphors", ())),
        partner_relative=re.compile(rf"\s*,\s*(?:{_words(rel.get('partner_relatives', ()))})\s+"
                                    rf"(?:[a-zà-öø-ÿ'’]+\s+){{0,3}}", re.IGNORECASE),
        agreement=re.compile(rf"\s+(?:{_alternatives(rel.get('agreement_patterns', ()))})(?![\w\-])", re.IGNORECASE),
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
        structure=re.compile(
            rf"(?<![\w\-])(?:(?P<child>{_alternatives(rel.get('child_patterns', ()))})"
            rf"|(?P<parent>{_alternatives(rel.get('parent_patterns', ()))})"
            rf"|(?P<compete>{_alternatives(rel.get('compete_patterns', ()))})"
            rf"|(?P<group_anaphor>{_words(rel.get('group_anaphors', ()))}))(?![\w\-])", re.IGNORECASE),
        anaphor=_anaphors(rel.get("anaphors", ())),
        pronoun=_phrase(rel.get("pronouns", ())),
        employer=re.compile(rf"(?<![\w\-])(?:{_words(rel.get('employer_preps', ()))})\s+$", re.IGNORECASE),
        owner_before=re.compile(rf"(?<![\w\-])(?:{_words(rel.get('owner_before', ()))})\s*$", re.IGNORECASE),
        # "X's", "X-owned", "X moved first: its ...", "the X jewelry house"
        owner_after=re.compile(rf"^(?:[\s,:]*[\w\-]+){{0,2}}?[\s,:]*"
                               rf"(?:{_words(rel.get('owner_after', ()))}|{brand_nouns})(?![\w])", re.IGNORECASE),
        owned_start=re.compile(rf"(?:{_words(owned)})(?![\w])", re.IGNORECASE),
        along=_phrase(rel.get("launched_along", ())),
        platform_anaphor=_phrase(rel.get("platform_anaphors", ())),
        competition=_phrase(rel.get("competition_words", ())),
        minority=_phrase(rel.get("minority_words", ())),
        joined_noun=re.compile(rf"^\s*(?:,\s*)?(?:{_words(org.get('list_joiners', ()))})\s+"
                               rf"(?:(?:{_words(org.get('determiners', ()))})\s+)?(?:[\w\-]+\s+){{0,2}}?"
                               rf"(?:{kind_nouns})(?:\s+(?-i:[a-zà-ÿ][\w\-]*)){{0,2}}\s+$", re.IGNORECASE),
        object_before=re.compile(rf"(?<![\w\-])(?:{_words(rel.get('object_preps', ()))})"
                                 rf"(?:\s+(?:{_words(org.get('determiners', ()))}))?\s*$", re.IGNORECASE),
        platform_noun_before=re.compile(rf"(?<![\w\-])(?:{_words(org.get('platform_nouns', ()))})\s+$", re.IGNORECASE),
        platform_noun_after=re.compile(rf"\s+(?:{_words(org.get('platform_nouns', ()))})(?![\w\-])", re.IGNORECASE),
        site_after=re.compile(rf"['’]s\s+(?:[\w\-]+\s+)?(?:{_words(rel.get('site_nouns', ()))})(?![\w\-])",
                              re.IGNORECASE),
        site_before=re.compile(rf"(?<![\w\-])(?:{_words(rel.get('site_nouns', ()))})(?:\s+[\w\-]+)?"
                               rf"\s*(?:{_words(rel.get('of_words', ()))})(?:(?<=['’])|\s+)$", re.IGNORECASE),
        between=re.compile(rf"(?<![\w\-])(?:{_words(rel.get('between_words', ()))})$", re.IGNORECASE),
        hired=re.compile(rf"(?<![\w\-])(?:{_words(rel.get('hired_words', ()))})\s+$", re.IGNORECASE),
        born=_phrase(rel.get("born_words", ())),
        kind_gap=re.compile(rf"\s*(?:(?:{_words(org.get('determiners', ()))})\s*)?(?:[\w\-]+\s+){{0,2}}?"
                            rf"(?:{kind_nouns})(?:\s+[\w\-]+){{0,2}}?\s+", re.IGNORECASE),
        collab=re.compile(rf"\s+(?:{_words(rel.get('collab_joiners', ()))})\s+"),
        rejoin=re.compile(rf"^\s*(?:,\s*)?(?:(?:{_words(org.get('list_joiners', ()))})\s+)?(?:[a-zà-ÿ]{{1,5}}\s+)?$",
                          re.IGNORECASE),
    )


def _alternatives(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


_STRUCTURE = ("child", "parent", "compete", "group_anaphor")


class _Out:
    """Relations found so far, one per (subject, predicate, object), first evidence kept; and each
    cue's matches in the article, found once and then read sentence by sentence."""

    def __init__(self, article: Article, cues: _Cues) -> None:
        self.article = article
        self.cues = cues
        self.found: dict[tuple[str, str, str], Relation] = {}
        self.main: Mention | None = None  # the brand the article is about: what "the house" stands for
        self.main_group: Mention | None = None  # the group the article is about: what "the group" stands for
        self.main_org: Mention | None = None  # the organisation of any kind the article is about
        self.former: set[str] = set()  # organisations named as a person's past employer
        self._hits: dict[str, tuple[list[int], list[re.Match[str]]]] = {}

    def hits(self, name: str, sentence: Sentence) -> list[re.Match[str]]:
        if name not in self._hits:
            if name in _STRUCTURE:
                found = list(self.cues.structure.finditer(self.article.text))
                for group in _STRUCTURE:
                    matches = [m for m in found if m.lastgroup == group]
                    self._hits[group] = ([m.start() for m in matches], matches)
            else:
                matches = list(getattr(self.cues, name).finditer(self.article.text))
                self._hits[name] = ([m.start() for m in matches], matches)
        starts, matches = self._hits[name]
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        return [m for m in matches[lo:hi] if m.end() <= sentence.end]

    def bystanders(self) -> set[str]:
        """Brands an anaphor does not stand for: past employers and the main brand's rivals."""
        main = self.main.entry.name if self.main is not None else None
        rivals = {o if s == main else s for s, p, o in self.found if p == "competes_with" and main in (s, o)}
        return (self.former | rivals) - {main}

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
    out.main = _main_brand(mentions)
    out.main_group = _main_brand(mentions, "group")
    out.main_org = _main_brand(mentions, None)
    out.former = {r.org for p in people for r in p.roles if r.org and not r.current}
    starts = [m.start for m in mentions]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sentence in article.sentences:
        here = by_sentence.get(sentence.index, [])
        earlier = mentions[: bisect.bisect_left(starts, sentence.start)]
        # a sentence that names no organisation can still found one named just before ("la maison, fondata nel 1923")
        rules = ((_owned_by, _owned_by_cue, _group_platform, _sells_on, _partners, _agreement_with, _collab, _rivals,
                  _competes, _operates, _creation, _born) if here else (_owned_by_cue, _creation))
        for rule in rules:
            rule(article, sentence, here, earlier, cues, out)
    _competition_lead(article, by_sentence, cues, out)
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
        if cues.joined_noun.match(gap):
            out.append(nxt)  # "the jewellery house A and the shoe label B"
            continue
        if not cues.joiners.match(gap) or (len(out) == 1 and re.match(r"\s*,\s*\w", gap)):
            break
        if re.match(r"['’]s\b", article.text[nxt.end : nxt.end + 2]):
            break  # "Lumora, Nordvik's arch-rival"
        out.append(nxt)
    return out


def _last(earlier: list[Mention], test: Callable[[Mention], bool]) -> Mention | None:
    return next((m for m in reversed(earlier) if test(m)), None)


def _main_brand(mentions: list[Mention], kind: str | None = "brand") -> Mention | None:
    """The brand (or group, or organisation of any kind) named most often (at least twice, or the only
    one), the first named on a tie."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        if kind is None or _kind(m) == kind:
            counts[m.entry.name] = counts.get(m.entry.name, 0) + 1
            first.setdefault(m.entry.name, m)
    best = max(counts, key=lambda n: (counts[n], -first[n].start), default=None)
    return first[best] if best is not None and (counts[best] > 1 or len(counts) == 1) else None


def _referent(article: Article, sentence: Sentence, earlier: list[Mention], upto: int, out: _Out) -> Mention | None:
    """The brand a sentence speaks of without naming it, from the last two sentences: after "it" the
    subject (first brand) of the last one naming a brand; after "the house" the last brand, else the
    article's main brand; otherwise the last brand. A brand named as someone's past or present employer
    ("a vice president at X") or as a rival of the main brand is not the one spoken of."""
    text, cues = article.text, out.cues
    # a past employer ("formerly sales director at X") is never the brand spoken of
    recent = [m for m in earlier if _kind(m) == "brand" and m.sentence >= sentence.index - 2
              and m.entry.name not in out.former]
    anaphor = cues.anaphor.search(text, sentence.start, upto)
    pronoun = cues.pronoun.search(text, sentence.start, upto)
    if anaphor or pronoun:
        recent = [m for m in recent if m.entry.name not in out.bystanders()
                  and not cues.employer.search(text[max(0, m.start - 20) : m.start])]
    if recent and pronoun:
        return next(m for m in recent if m.sentence == recent[-1].sentence)
    main = out.main_org
    if anaphor and main is not None and _kind(main) != "platform" and any(
            m.entry.name == main.entry.name and m.sentence >= sentence.index - 1 for m in earlier):
        return main  # "The company, ..." right after the article's subject is named: the subject
    if anaphor:
        return recent[-1] if recent else out.main
    return recent[-1] if recent else None


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
        # "Kering-owned jewelry label Selvaggia"
        if nxt and cues.owned_suffix and cues.owned_suffix.match(gap) and _kind(nxt) != "group" \
                and not re.search(r"[,;:]", gap) and not cues.joiners.search(" " + gap.split(None, 1)[-1]):
            own(nxt, m, "relations.owned_suffix")
        # "Orologi Brevi, which belongs to LVMH"; "Lumora, propriété d'Alibaba"
        if nxt and cues.child_of.match(gap):
            own(m, nxt, "relations.child_of")
        # "Verdano Holdings, the parent of A, B and C"
        if nxt and _kind(m) != "brand" and cues.parent_of.match(gap) and not _minority(gap, 0, len(gap), cues):
            for child in _coordinated_after(article, here, i + 1, cues):
                own(child, m, "relations.parent_of")
        # "the LVMH labels A, B and C"
        if nxt and _kind(m) == "group" and cues.group_labels.match(gap):
            for child in _coordinated_after(article, here, i + 1, cues):
                own(child, m, "relations.group_labels")
        # "Alibaba's Tmall", "Nordvik Group's Lumora"
        if nxt and _kind(m) == "group" and _kind(nxt) == "platform" and re.match(r"^['’]s\s+(?:[\w\-]+\s+){0,2}$", gap):
            own(nxt, m, "relations.possessive")
        # "Lumora, la piattaforma B2C di Nordvik Group"; "Lumora, la plateforme rivale de Vetrina"
        if nxt and cues.noun_of.match(gap) and _kind(nxt) == "group":
            own(m, nxt, "relations.apposition_of")
        # "le Lumora Pavilion d'Alibaba"
        if nxt and _kind(nxt) == "group" and _kind(m) == "platform" and cues.of.fullmatch(gap):
            own(m, nxt, "relations.of")
        # "l'application Lumora de Nordvik", "Nordvik's Lumora app": a brand's own app, which it runs and sells on
        own_app = None
        if nxt and _kind(m) == "platform" and _kind(nxt) == "brand" and cues.of.fullmatch(gap) \
                and cues.platform_noun_before.search(text[max(sentence.start, m.start - 30) : m.start]):
            own_app = (nxt, m)
        elif nxt and _kind(m) == "brand" and _kind(nxt) == "platform" and re.fullmatch(r"['’]s\s+", gap) \
                and cues.platform_noun_after.match(text, nxt.end):
            own_app = (m, nxt)
        if own_app is not None and not _related(*own_app):
            owner, app = own_app
            span = (min(owner.start, app.start), max(owner.end, app.end))
            out.add(owner.entry.name, "operates", app.entry.name, sentence.index, span, "relations.own_app")
            if out.hits("sells", sentence):
                out.add(owner.entry.name, "sells_on", app.entry.name, sentence.index, span, "relations.own_app")
        # "Lumora Live, Nordvik's live-streaming channel"
        if i > 0 and _kind(m) == "group" and re.fullmatch(r"\s*,\s+", _between(article, here[i - 1], m)) \
                and cues.owner_noun.match(text[m.end : m.end + 60]):
            own(here[i - 1], m, "relations.apposition_possessive")
        # "within Kering, Selvaggia ..."; "Au sein de Kering, Selvaggia"
        if nxt and _kind(m) == "group" and re.fullmatch(r"\s*,\s*", gap) \
                and cues.within.search(text[max(sentence.start, m.start - 30) : m.start]):
            own(nxt, m, "relations.within")
        # "LVMH acted first: its Tuscan leather brand Cuoio Fino"
        if cues.its_noun.search(text[max(sentence.start, m.start - 60) : m.start]):
            owner = _last(here[:i], lambda x: _kind(x) == "group")
            if owner is not None:
                own(m, owner, "relations.its_brand")


def _owned_by_cue(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "X, founded in 1901 and owned since 2015 by the Swiss holding Y"; "il 70% è detenuto da Y" (the main
    brand, when the sentence names no other organisation before the cue)."""
    text = article.text
    for cue in out.hits("child", sentence):
        after = [m for m in here if m.start >= cue.end()]
        if not after or _minority(text, max(sentence.start, cue.start() - 40), cue.end(), cues):
            continue
        gap = text[cue.end() : after[0].start]
        if re.search(r"[,;:.()]", gap) or len(gap.split()) > 5:
            continue
        # a group owns; a platform only right after the cue ("acquired by Farfetch", not "acquired by X on Tmall")
        parents = [p for p in _listed_after(article, after, cues)
                   if _kind(p) == "group" or (_kind(p) == "platform" and len(gap.split()) <= 1)]
        before = [m for m in here if m.end <= cue.start()]
        child = before[-1] if before else None
        if child is not None and re.match(r"\s*,", text[child.end : cue.start()]):
            # "X, owned by A, and B now control ...": the apposition ends at its comma, B is no owner
            parents = parents[: next((k for k in range(1, len(parents))
                                      if "," in _between(article, parents[k - 1], parents[k])), len(parents))]
        if child is None:  # "the remaining 70% is held by X": the house the article is about
            parents = [p for p in parents if _kind(p) == "group"]
            child = _referent(article, sentence, earlier, cue.start(), out) or out.main
        for parent in parents:
            if child is not None and not _related(child, parent):
                out.add(child.entry.name, "owned_by", parent.entry.name, sentence.index, (cue.start(), parent.end),
                        "relations.owned_by_cue")
    for cue in out.hits("parent", sentence):  # "X, which holds 70% of Y"
        before = [m for m in here if m.end <= cue.start() and _kind(m) != "brand"]
        after = [m for m in here if m.start >= cue.end()]
        if _minority(text, cue.start(), cue.end(), cues):
            continue  # "X holds 25% of Y", "X took a minority stake in Y": a shareholder, not the owner
        if before and after and len(text[cue.end() : after[0].start].split()) <= 2 \
                and len(text[before[-1].end : cue.start()].split()) <= 3:
            for child in _listed_after(article, after, cues):
                if not _related(child, before[-1]):
                    out.add(child.entry.name, "owned_by", before[-1].entry.name, sentence.index,
                            (before[-1].start, child.end), "relations.owned_by_cue")


_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")


def _minority(text: str, start: int, end: int, cues: _Cues) -> bool:
    """A stake said to be a minority one, or any share under half, in text[start:end]."""
    window = text[start:end]
    if cues.minority.search(window):
        return True
    return any(float(p.group(1).replace(",", ".")) < 50 for p in _PERCENT.finditer(window))


def _listed_after(article: Article, after: list[Mention], cues: _Cues) -> list[Mention]:
    """The first mention and those listed with it: "A and B", "A e con B", "A, B et C"."""
    out = [after[0]]
    for nxt in after[1:]:
        if not cues.rejoin.match(_between(article, out[-1], nxt)):
            break
        out.append(nxt)
    return out


_AFTER_OWNER = re.compile(r"\s*,\s*(?:[\w'’]+\s+){1,3}")  # ", and the Swiss ", ", e la francese "
# "A, the world leader in pearls, and B": an apposition of A, then a joiner (and a preposition: "e con B")
_AFTER_APPOSITION = re.compile(r"\s*,[^,;:.()«»\"“”]{1,60},\s*(?:[a-zà-öø-ÿ]+\s+){1,2}")
_COUNTRY_OF = re.compile(r"\s*,?\s*(?:[a-zà-öø-ÿ]+\s+)?[A-ZÀ-ÖØ-Þ][\w\-]+['’]s\s+")  # "A and France's B"


def _rivals_listed(article: Article, after: list[Mention], cues: _Cues) -> list[Mention]:
    """The rivals listed after a cue, past an owner in apposition: "A, owned by K, and the French B" -> A, B."""
    out, prev = [after[0]], after[0]
    for nxt in after[1:]:
        gap = _between(article, prev, nxt)
        after_owner = prev is not out[-1] and _AFTER_OWNER.fullmatch(gap)
        if cues.rejoin.match(gap) or _COUNTRY_OF.fullmatch(gap) or after_owner or _AFTER_APPOSITION.fullmatch(gap):
            out.append(nxt)
            prev = nxt
            continue
        owned = cues.structure.match(gap.lstrip(" ,"))
        if prev is out[-1] and gap.lstrip().startswith(",") and owned and owned.lastgroup == "child" \
                and re.fullmatch(r"\s*(?:[a-zà-öø-ÿ'’]+\s+)?", gap.lstrip(" ,")[owned.end():]):
            prev = nxt  # the owner of the rival just listed, not a rival
            continue
        break
    return out


def _group_platform(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "the group's resale platform X": the group the article last named runs and owns X."""
    text = article.text
    for cue in out.hits("group_anaphor", sentence):
        platform = next((m for m in here if m.start >= cue.end() and _kind(m) == "platform"), None)
        if platform is None or len(text[cue.end() : platform.start].split()) > 4 \
                or re.search(r"[,;:.]", text[cue.end() : platform.start]):
            continue
        if cues.store_after.match(text[platform.end : platform.end + 20]):
            # "the group's Tmall store": the group the article is about sells there, it does not run it
            seller = out.main_group or _last([m for m in earlier + here if m.end <= cue.start()],
                                             lambda m: _kind(m) == "group")
            if seller is not None and not _related(seller, platform):
                out.add(seller.entry.name, "sells_on", platform.entry.name, sentence.index,
                        (cue.start(), platform.end), "relations.group_store")
            continue
        group = _last([m for m in earlier + here if m.end <= cue.start()], lambda m: _kind(m) == "group")
        if group is not None and not _related(group, platform):
            span = (cue.start(), platform.end)
            out.add(group.entry.name, "operates", platform.entry.name, sentence.index, span, "relations.group_platform")
            out.add(platform.entry.name, "owned_by", group.entry.name, sentence.index, span, "relations.group_platform")


def _known_parents(mentions: list[Mention], out: _Out) -> None:
    """The lexicon's well-known owner, when the article names both."""
    first = {}
    for m in mentions:
        first.setdefault(m.entry.name, m)
    for name, m in first.items():
        parent = m.entry.parent
        # a brand is said to belong to a group in the same or the next sentence; a platform's owner, or a
        # group named after the brand (Hermès International), is taken for granted anywhere in the article
        reach = 1 if m.entry.kind == "brand" and not (parent or "").startswith(name + " ") else float("inf")
        if parent and parent in first:
            # the text must speak of the parent as an owner where both are named ("of X", "X's", "X-owned"),
            # or the group's name must be the brand's ("Hermès International")
            named_after = parent.startswith(name + " ")
            # or both are named in one sentence ("X showed A, B and C at the fair"; "de X avec A à Y avec B")
            parents = [p for p in mentions if p.entry.name == parent]
            owners = [p for p in parents if named_after or _owner_marked(out, p)]
            near = [x for x in mentions if x.entry.name == name
                    and (any(abs(p.sentence - x.sentence) <= reach for p in owners)
                         or any(p.sentence == x.sentence and not _peers(out, p, x) for p in parents))]
            together = near[0] if near else None
            if together is None:
                continue
            out.add(name, "owned_by", parent, together.sentence, (together.start, together.end),
                    "relations.known_parent")


def _peers(out: _Out, a: Mention, b: Mention) -> bool:
    """ "Kering and Gucci published results": named side by side as equals, not as owner and owned."""
    first, second = (a, b) if a.start < b.start else (b, a)
    gap = out.article.text[first.end : second.start]
    return bool(gap.strip()) and out.cues.joiners.match(gap) is not None


def _owner_marked(out: _Out, m: Mention) -> bool:
    """The text names X as an owner: "of X", "X's", "X-owned", "the X jewelry house", "the X group"."""
    text = out.article.text
    if any(w in out.cues.group_suffixes for w in re.split(r"[\s\-]+", m.surface.title())):
        return True
    return bool(out.cues.owner_before.search(text[max(0, m.start - 30) : m.start])
                or out.cues.owner_after.match(text[m.end : m.end + 30]))


def _named_after(mentions: list[Mention], cues: _Cues, out: _Out) -> None:
    """ "Velluto Fashion Group" owns Velluto; "Lumora Korea" belongs to Lumora."""
    first = {}
    for m in mentions:
        first.setdefault(m.entry.name, m)
    lang = out.article.language
    for name, m in first.items():
        for short, s in first.items():
            if short == name:
                continue
            bare = short_form(short, lang)  # "Lumora USA" belongs to "Maison Lumora" as much as to "Lumora"
            if bare and name.startswith(bare + " ") and _kind(m) == "group" and lookup(name) is None \
                    and name.split()[-1] not in cues.group_suffixes and not name.startswith(short):
                out.add(name, "owned_by", short, m.sentence, (m.start, m.end), "relations.named_unit")
                continue
            if not name.startswith(short + " "):
                continue
            if name.split()[-1] in cues.group_suffixes and _kind(s) == "brand" and _kind(m) == "group":
                out.add(short, "owned_by", name, m.sentence, (m.start, m.end), "relations.named_group")
            elif name.split()[-1] not in cues.group_suffixes and _kind(m) == "group" and lookup(name) is None:
                out.add(name, "owned_by", short, m.sentence, (m.start, m.end), "relations.named_unit")


def _own_sites(mentions: list[Mention], out: _Out) -> None:
    """A brand's own web shop: Selvaggia and "selvaggia.cn"."""
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
    here = _with_platform_anaphors(article, sentence, here, earlier, out)
    venues: list[Mention] = []
    verb_venues: list[Mention] = []  # objects of "joined": only their subject, before them, sells there
    hosts: list[Mention] = []
    own_stores: list[Mention] = []  # "the brand's WeChat mini-programme": the store of the brand spoken of
    for i, m in enumerate(here):
        before = text[max(sentence.start, m.start - 50) : m.start]
        # "sold on X's website", "vendu sur le site de X": a retailer's web shop is a venue too
        web_shop = cues.site_after.match(text, m.end, m.end + 40) or cues.site_before.search(before)
        if _kind(m) != "platform" and not web_shop:
            continue
        near_cue = any(c.start() < m.start and len(text[c.end() : m.start].split()) <= 8 for c in cue_hits)
        if cues.venue_verb.search(before):
            venues.append(m)  # "joined Farfetch"
            verb_venues.append(m)
        elif cues.venue_before.search(before) and (near_cue or (venues and here[i - 1] is venues[-1])):
            venues.append(m)  # "opened a flagship on X", "... sur A, sur B et sur C"
        elif venues and here[i - 1] is venues[-1] and cues.joiners.match(_between(article, here[i - 1], m)):
            venues.append(m)  # "on Tmall and the Pavilion"
        elif cues.store_after.match(text[m.end : m.end + 20]):
            venues.append(m)  # "its WeChat store"
        if venues and venues[-1] is m and cues.store_after.match(text[m.end : m.end + 20]) \
                and re.search(rf"(?:{cues.anaphor.pattern})['’]s\s+$", before, re.IGNORECASE):
            own_stores.append(m)
        if cues.host_after.match(text[m.end : m.end + 30]):
            hosts.append(m)  # "the platform now counts ..."
    places = venues + [h for h in hosts if h not in venues]
    if not places:
        return
    names = {p.entry.name for p in places}
    first_place = min(p.start for p in places)
    # a marketplace sells on a platform only as the subject, before it: "Lumora will open stores on X"
    sellers = [m for m in here if m.entry.name not in names and not any(_related(m, p) for p in places)
               and (_kind(m) == "brand" or (_kind(m) == "platform" and m.end <= first_place))]
    if hosts and not venues:
        sellers = [m for m in sellers if any(m.start > h.end for h in hosts)]
    listed = _after_list_cue(text, sentence, cues)
    if listed is not None and first_place > listed and _opens_with_anaphor(text, sentence, cues):
        # "The brand is stocked by 40 stores, including A, and sells on X": the brand spoken of sells on X, A does not
        sellers = [m for m in sellers if m.end <= listed or m.start > first_place]
    shops = [m for m in sellers if _kind(m) == "platform" and listed is not None and m.end <= listed]
    if own_stores and out.main is not None:
        for p in own_stores:
            out.add(out.main.entry.name, "sells_on", p.entry.name, sentence.index, (sentence.start, sentence.end),
                    "relations.sells_on")
        places = [p for p in places if p not in own_stores]
    if not sellers and any(c.end() <= first_place for c in out.hits("group_anaphor", sentence)):
        return  # "the group's Tmall store": the group sells there (_group_platform)
    if not sellers:
        # "Last, direct sales on WeChat.": no seller named nearby, the brand the article is about
        # (only when that brand is what the article is about, not one of the labels a platform story lists)
        about = out.main if out.main is not None and out.main_org is not None \
            and out.main.entry.name == out.main_org.entry.name else None
        both = _last_two_brands(sentence, earlier) if cues.pair_anaphor.search(text, sentence.start, first_place) \
            else []
        last = _referent(article, sentence, earlier, first_place, out) or about
        if last is None and not both:
            return
        pairs = [(x, p) for x in (both or [last]) for p in places]
    else:
        cue_starts = [c.start() for c in cue_hits]
        pairs = [(s, p) for s, p in _pair_clauses(article, sellers, places, cue_starts, cues, listed, hosts)
                 if p not in verb_venues or p in hosts or s in _subjects_of(article, sellers, p, cues)]
    for s, p in pairs:
        if cues.negation.search(text, max(sentence.start, min(s.end, p.end)), max(s.start, p.start)):
            continue  # "X has no plans to open a store on Y"
        if shops and listed is not None and s.start > listed:
            p = shops[-1]  # "X's flagship on Y opened with 90 brands, including A and B": A and B sell on X
        out.add(s.entry.name, "sells_on", p.entry.name, sentence.index, (sentence.start, sentence.end),
                "relations.sells_on")


def _last_two_brands(sentence: Sentence, earlier: list[Mention]) -> list[Mention]:
    """ "Both brands sell on X": the last two brands named in the sentence before."""
    out: list[Mention] = []
    for m in reversed(earlier):
        if m.sentence < sentence.index - 1 or len(out) == 2:
            break
        if _kind(m) == "brand" and all(m.entry.name != o.entry.name for o in out):
            out.append(m)
    return out[::-1] if len(out) == 2 else []


def _opens_with_anaphor(text: str, sentence: Sentence, cues: _Cues) -> bool:
    """ "The brand ...", "La marque ...": the sentence's subject is the brand spoken of."""
    m = cues.anaphor.search(text, sentence.start, min(sentence.end, sentence.start + 40))
    return m is not None and not re.search(r"\w", text[sentence.start : m.start()])


def _with_platform_anaphors(article: Article, sentence: Sentence, here: list[Mention], earlier: list[Mention],
                            out: _Out) -> list[Mention]:
    """ "A, which resells on the platform ...": "the platform" stands for the platform last named in this
    sentence or the one before; it is added as a mention of it where its noun stands."""
    extra = []
    for hit in out.hits("platform_anaphor", sentence):
        named = [m for m in earlier + here if m.end <= hit.start() and _kind(m) == "platform"
                 and m.sentence >= sentence.index - 1]
        if re.search(r"[,(]\s*$", article.text[max(0, hit.start() - 3) : hit.start()]):
            continue  # "Tmall, the platform of Alibaba": an apposition, not a second mention
        if named:
            noun = hit.start() + hit.group(0).rfind(" ") + 1  # "sulla piattaforma": the venue is "piattaforma"
            extra.append(Mention(noun, hit.end(), hit.group(0)[noun - hit.start() :], named[-1].entry, sentence.index))
    return sorted(here + extra, key=lambda m: m.start) if extra else here


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


def _pair_clauses(article: Article, sellers: list[Mention], places: list[Mention], cue_starts: list[int],
                  cues: _Cues, listed: int | None = None, hosts: list[Mention] | None = None,
                  ) -> list[tuple[Mention, Mention]]:
    """ "A opened on X, while B signed up for Y": each run of sellers goes with the places after it, the
    sellers listed last in a run only ("A, rival of B and C, which sell on X": B and C);
    a run with none after it ("... and Selvaggia ran a pop-up there") with the places before it, if a selling
    word follows it or a list opens it ("... opened with 90 brands, including A and B", "X now counts A
    and B"); in "A opened on X; it rivals B", B sells nothing."""
    hosts = hosts or []

    def sells(run: list[Mention], before: list[Mention]) -> bool:
        return (any(c > run[0].start for c in cue_starts) or (listed is not None and listed <= run[0].start)
                or any(p in hosts for p in before))

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
        if run_places and run_sellers:
            run_sellers = _subjects_of(article, run_sellers, run_places[0], cues)
        elif run_sellers and not run_places and not sells(run_sellers, targets):
            continue
        pairs += [(s, p) for s in run_sellers for p in targets]
    if runs and not runs[0][0] and runs[0][1] and len(runs) > 1 and not runs[1][1] and sells(runs[1][0], runs[0][1]):
        pairs += [(s, p) for s in runs[1][0] for p in runs[0][1]]  # "On X, A and B opened stores"
    return pairs


def _after_list_cue(text: str, sentence, cues: _Cues) -> int | None:
    m = cues.list_cue.search(text, sentence.start, sentence.end)
    return m.end() if m else None


def _related(a: Mention, b: Mention) -> bool:
    """Lumora and Lumora Luxe; Nordvik and its Lumora: not a seller and its venue."""
    x, y = a.entry, b.entry
    return x.name in y.name or y.name in x.name or x.parent == y.name or y.parent == x.name


# --- partners_with, competes_with, operates ---------------------------------------------------------


def _partners(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    for cue in out.hits("partner", sentence):
        before = [m for m in here if m.end <= cue.start()]
        after = [m for m in here if m.start >= cue.end()]
        if before and all(_apposed(article.text, sentence, m, cue.start()) for m in before):
            before = []  # "The house, owned by X since 2017, signed a deal with Y": the house is the subject
        subjects = _coordinated_before(article, before, cues, cue.start())
        if subjects and all(_object(article, m, sentence, cues) for m in subjects):
            # "A signed a deal with B, ending a partnership with C": B is an object, A the subject
            subjects = _coordinated_before(article, [m for m in before if not _object(article, m, sentence, cues)],
                                           cues, cue.start())
        if subjects and all(x.entry.name in out.former for x in subjects):
            continue  # "the chairman, formerly of X, signed a deal with Y": X is his past employer, not a partner
        if not subjects:  # "Second pillar: a partnership with X": the organisation the article is about
            last = _referent(article, sentence, earlier, cue.start(), out) or out.main_org
            subjects = [last] if last is not None else []
        # "a partnership with X", "in collaborazione con la piattaforma specializzata X"
        near = after and (_near(cue.end(), after[0], 25)
                          or cues.kind_gap.fullmatch(article.text, cue.end(), after[0].start) is not None)
        objects = _coordinated_after(article, after, 0, cues) if near else []
        pairs = [(s, o) for s in subjects for o in objects]
        if not objects and len(subjects) == 1 and len(before) > 1 and before[-1] is subjects[0] \
                and re.fullmatch(r"\s*,?\s*[^.;:]{0,40}", _between(article, before[-2], before[-1])):
            pairs = [(subjects[0], before[-2])]  # "X, which holds the Selvaggia licence": Selvaggia partners with X
        if len(subjects) == 1 and len(objects) > 1 and re.match(r"\s*,", article.text[subjects[0].end : cue.start()]):
            # "Brightwater, the joint venture formed by A and B": A and B partner and own it
            for o in objects:
                out.add(subjects[0].entry.name, "owned_by", o.entry.name, sentence.index, (cue.start(), cue.end()),
                        "relations.joint_venture")
            pairs = [(objects[0], o) for o in objects[1:]]
        if not objects and len(subjects) > 1:
            pairs = [(subjects[0], o) for o in subjects[1:]]
        if cues.between.search(cue.group(0)):
            # "a collaboration between A and B": the two named after the cue are the partners, or none is known
            pairs = [(objects[0], o) for o in objects[1:]]
        for s, o in pairs:
            if _related(s, o):
                continue
            # the subject of the cue first: "A signed a deal with B" is A partners_with B
            out.add(s.entry.name, "partners_with", o.entry.name, sentence.index, (cue.start(), cue.end()),
                    "relations.partners")


def _apposed(text: str, sentence: Sentence, m: Mention, cue_start: int) -> bool:
    """m sits in an apposition between two commas after an unnamed subject: "The house, owned by X, signed"."""
    opened = text.rfind(",", sentence.start, m.start)
    return opened > sentence.start and re.match(r"\s*,", text[m.end : cue_start]) is not None \
        and len(text[sentence.start : opened].split()) <= 4 and "," not in text[m.end + 1 : cue_start] \
        and not re.search(r"[A-ZÀ-ÖØ-Þ]", text[sentence.start + 1 : opened])


def _agreement_with(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "Farfetch, with which Corvelle signed a distribution agreement": Corvelle partners with Farfetch."""
    text = article.text
    for x, y in itertools.pairwise(here):
        if not cues.partner_relative.fullmatch(text, x.end, y.start):
            continue
        cue = cues.agreement.match(text, y.end)
        if cue is not None and not _related(x, y):
            out.add(y.entry.name, "partners_with", x.entry.name, sentence.index, (x.start, cue.end()),
                    "relations.agreement_with")


def _collab(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "the Nordvik x Lumora sneaker": a product of two brands together."""
    for a, b in itertools.pairwise(here):
        if _kind(a) == _kind(b) == "brand" and not _related(a, b) and cues.collab.fullmatch(_between(article, a, b)):
            out.add(a.entry.name, "partners_with", b.entry.name, sentence.index, (a.start, b.end), "relations.collab")


def _object(article: Article, m: Mention, sentence: Sentence, cues: _Cues) -> bool:
    """Whether m is the object of a preposition: "with (the) X", "avec X", "con X"."""
    return bool(cues.object_before.search(article.text[max(sentence.start, m.start - 20) : m.start]))


def _near(offset: int, m: Mention, limit: int) -> bool:
    return m.start - offset <= limit


def _coordinated_before(article: Article, before: list[Mention], cues: _Cues, cue_start: int) -> list[Mention]:
    """The subjects of a cue: "A and B ..." before it, an apposition replaced by its head:
    "Verdano, the parent of Selvaggia, and Nordvik ..." -> Verdano and Nordvik;
    "the group X, which controls A and B, signed ..." -> X."""
    if not before:
        return []
    text = article.text

    def gap(a: int, b: int) -> str:
        return text[before[a].end : before[b].start]

    def apposition(k: int) -> bool:  # "X, <up to 150 characters without a comma> before[k]"
        return k > 0 and re.fullmatch(r"\s*,\s+[^,;]{1,150}", gap(k - 1, k)) is not None

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
            a, b = before[-1], after[0]  # "Nordvik's Lumora and rival's Vetrina"
        elif after and before:
            a, b = after[0], before[-1]  # "a deal with rival Lumora": Lumora is the rival
        elif len(before) >= 2 and re.match(r"^\s*['’]s\s+(?:\w+[\s\-])?$", text[before[-1].end : cue.start()]):
            a, b = before[-2], before[-1]  # "Lumora, Nordvik's arch-rival"
        elif before and re.fullmatch(r"\s*,\s+\w+['’]?\s*(?:[\w\-]+\s+){0,2}?", text[before[-1].end : cue.start()]):
            # "Lumora, la plateforme rivale de Vetrina": Lumora rivals the platform named before it
            y = before[-1]
            x = next((m for m in reversed(before[:-1]) if _kind(m) == _kind(y) and not _related(m, y)), None)
            if x is None and _kind(y) == "brand" and out.main is not None and not after:
                x = out.main  # "... Y, its main direct competitor": the rival of the brand the article is about
            if x is None or x.entry.name == y.entry.name:
                continue
            a, b = x, y
        else:
            continue
        if _related(a, b):
            continue
        out.add(a.entry.name, "competes_with", b.entry.name, sentence.index, (cue.start(), cue.end()),
                "relations.rival")


def _competes(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "X competes with A and B", "Face à A et B, X ...", "X si confronta con A e con B"."""
    text = article.text
    for cue in out.hits("compete", sentence):
        # "Kering-owned Y": the owner written before a rival is not one
        after = [m for m in here if m.start >= cue.end() and not _owner_first(text, m, cues)]
        if not after:
            continue
        gap = text[cue.end() : after[0].start]
        if re.search(r"[,;:.]", gap) or len(gap.split()) > 4:
            continue
        objects = _rivals_listed(article, after, cues)
        kind = _rival_kind(objects[0])
        before = [m for m in here
                  if m.end <= cue.start() and _rival_kind(m) == kind and not _owner_first(text, m, cues)]
        later = [m for m in here
                 if m.start > objects[-1].end and _rival_kind(m) == kind and not _an_owner(text, m, here, cues)]
        if before and cues.pronoun.search(text, before[-1].end, cue.start()):
            before = before[:1]  # "X will add A counters, which sets it against B": it is X
        # "Face à A et B, X mise sur ...": the subject after the list; "rivals such as A and B" with no subject
        # named: the organisation the article is about
        spoken_of = cues.anaphor.search(text, sentence.start, cue.start()) or \
            cues.pronoun.search(text, sentence.start, cue.start())
        # the main organisation only where nothing else can be the subject: "Rivals such as A and B ...", "losing
        # ground to larger rivals such as A", not "independents can compete with A"
        lead = len(text[sentence.start : cue.start()].split()) <= LEAD_WORDS or bool(cues.rival.match(cue.group(0)))
        subject = (before[-1] if before else later[0] if later
                   else _referent(article, sentence, earlier, cue.start(), out) if spoken_of
                   else out.main_org if lead else None)
        if subject is None or _rival_kind(subject) != kind:
            continue  # houses and groups compete with each other, platforms with platforms
        for o in objects:
            if subject.entry.name != o.entry.name and not _related(subject, o):
                out.add(subject.entry.name, "competes_with", o.entry.name, sentence.index, (cue.start(), o.end),
                        "relations.competes")


def _an_owner(text: str, m: Mention, here: list[Mention], cues: _Cues) -> bool:
    """m is named as someone's owner: "B, which belongs to X", "B, che fa capo a X"."""
    prev = _last([x for x in here if x.end <= m.start], lambda x: True)
    if prev is not None and cues.child_of.match(text[prev.end : m.start]):
        return True
    window = text[max(0, m.start - 40) : m.start]
    return any(c.lastgroup == "child" and re.fullmatch(r"\s*(?:[a-zà-öø-ÿ'’]+\s+)?", window[c.end() :])
               for c in cues.structure.finditer(window))


# Words that may open a sentence before a competition cue with no subject of their own ("In Asia, rivals such as").
LEAD_WORDS = 4


def _competition_lead(article: Article, by_sentence: dict[int, list[Mention]], cues: _Cues, out: _Out) -> None:
    """ "Rivals abound. A, B and C lead the market.": a short sentence about competition that
    names no one, then the organisations of the next sentence, of the main one's kind, are its rivals."""
    main = out.main_org
    if main is None:
        return
    for sentence in article.sentences[:-1]:
        if sentence.index in by_sentence or len(article.text[sentence.start : sentence.end].split()) > 8:
            continue
        cue = cues.competition.search(article.text, sentence.start, sentence.end)
        if cue is None:
            continue
        for m in by_sentence.get(sentence.index + 1, []):
            if _rival_kind(m) == _rival_kind(main) and m.entry.name != main.entry.name and not _related(m, main) \
                    and not _owner_first(article.text, m, cues):
                out.add(main.entry.name, "competes_with", m.entry.name, sentence.index + 1, (m.start, m.end),
                        "relations.competition_lead")


def _rival_kind(m: Mention) -> str:
    return "platform" if _kind(m) == "platform" else "house"


def _owner_first(text: str, m: Mention, cues: _Cues) -> bool:
    return bool(cues.owned_start.match(text, m.end))


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
                   and cues.venue_start.match(text[cue.end() : m.start])
                   and not re.search(r"\d", text[cue.end() : m.start]) for m in here):
                continue  # "launched on WeChat": selling, not founding
            date = _date_near(text, cue.end(), sentence.end)
            if date is None:
                continue
            subject = _creation_subject(article, sentence, here, earlier, cue, out, platforms_only)
            if subject is None:
                continue
            kind = _kind(subject)
            if platforms_only and kind != "platform":
                continue
            # "founded" says founded_in of a platform too; "launched"/"went live" gives a platform's launch date
            predicate = "launched_on" if platforms_only else "founded_in"
            value = date if predicate == "launched_on" else date[:4]
            out.add(subject.entry.name, predicate, value, sentence.index, (cue.start(), cue.end()),
                    "relations.creation")


def _born(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "X, nata a Ginevra nel 1974, ...": an organisation said to be born in a year, in an apposition right after
    its name (a person's birth is told of the person, not of an organisation named before them)."""
    text = article.text
    for cue in out.hits("born", sentence):
        subject = next((m for m in here if m.end <= cue.start() and re.fullmatch(r"\s*,\s*", text[m.end : cue.start()])
                        and _kind(m) != "platform"), None)
        year = _YEAR.search(text[cue.end() : min(sentence.end, cue.end() + 40)])
        if subject is not None and year and not re.search(r"[,;:]", text[cue.end() : cue.end() + year.start()]):
            out.add(subject.entry.name, "founded_in", year.group(1), sentence.index, (cue.start(), cue.end()),
                    "relations.born")


def _date_near(text: str, start: int, end: int) -> str | None:
    window = text[start : min(end, start + 40)]
    dates = find_dates(window)
    if dates:
        return dates[0].value
    year = _YEAR.search(window)
    return year.group(1) if year else None


_DATELINE = re.compile(r"\s*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ()'’.\- ]*\s[—–]\s*)?")


def _creation_subject(article, sentence, here, earlier, cue, out: _Out, platforms_only: bool) -> Mention | None:
    text, cues = article.text, out.cues

    def wanted(m: Mention) -> bool:
        # "its WeChat mini-programme, launched in 2022": the store was launched, not the platform
        return not platforms_only or (_kind(m) == "platform" and not cues.store_after.match(text[m.end : m.end + 20]))

    # a dateline before the cue still opens the sentence: "LYON — Founded in 1901, ..."
    opening = _DATELINE.fullmatch(text[sentence.start : cue.start()]) is not None
    after = [m for m in here if m.start >= cue.end() and wanted(m)]
    if opening or cues.of_end.search(cue.group(0)):
        if after:
            return after[0]  # "Created in 2019, Lumora ..."
        last = _last(earlier, wanted)  # "Fondée en 1923, la maison ..."
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
        return after[0]  # "a inauguré en mai 2019 Lumora": the date, then the name
    along = cues.along.search(between) if after else None
    if along and re.search(r"\d{4}\s*$", between[: along.start()]) and len(between[along.end() :].split()) <= 5 \
            and not re.search(r"[,;:.]", between[along.end() :]):
        return after[0]  # "launched in May 2022 alongside the group's app Lumora": both were launched then
    if platforms_only:
        return None
    if cues.anaphor.search(text, sentence.start, cue.start()) or cues.pronoun.search(text, sentence.start, cue.start()):
        return _referent(article, sentence, earlier, cue.start(), out)  # "The house was founded in 1901"
    last = _last(earlier, wanted)  # "la maison fondata nel 1923"
    return last if last is not None and last.sentence >= sentence.index - 1 else None


# --- works_for --------------------------------------------------------------------------------------


def _works_for(article: Article, mentions: list[Mention], people: list[Person], cues: _Cues, out: _Out) -> None:
    """A person the article gives no title, in the same sentence as one organisation they are "at"."""
    for person in people:
        if not any(r.current for r in person.roles):
            _hired_by(article, mentions, person, cues, out)
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


def _hired_by(article: Article, mentions: list[Mention], person: Person, cues: _Cues, out: _Out) -> None:
    """ "X has hired Jane Doe, formerly at Y, to run ...": a person with no present title works for X."""
    text, start = article.text, person.evidence.start
    sentence = article.sentences[person.evidence.sentence]
    cue = cues.hired.search(text, sentence.start, start)
    if cue is None:
        return
    employer = _last([m for m in mentions if m.sentence == sentence.index and m.end <= cue.start()], lambda m: True)
    if employer is not None and re.fullmatch(r"\s+(?:\w+\s+)?", text[employer.end : cue.start()]):
        out.add(person.name, "works_for", employer.entry.name, sentence.index, (employer.start, person.evidence.end),
                "relations.hired_by")
