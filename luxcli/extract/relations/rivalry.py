"""competes_with: rival words, "competes with A and B" lists, and "Rivals abound." leads."""

from __future__ import annotations

import functools
import re

from luxcli import lexicon
from luxcli.extract.orgs import Mention
from luxcli.extract.relations.cues import _Cues
from luxcli.extract.relations.found import _Out
from luxcli.extract.relations.mentions import _between, _kind, _last, _related
from luxcli.extract.relations.subjects import _referent
from luxcli.model import Article
from luxcli.text import trie_pattern

_AFTER_OWNER = re.compile(r"\s*,\s*(?:[\w'’]+\s+){1,3}")  # ", and the Swiss ", ", e la francese "


# "A, the world leader in pearls, and B": an apposition of A, then a joiner (and a preposition: "e con B")
_AFTER_APPOSITION = re.compile(r"\s*,[^,;:.()«»\"“”]{1,60},\s*(?:[a-zà-öø-ÿ]+\s+){1,2}")


# ", the wines and spirits arm of ": an apposition of lower-case words after an owner, naming the owner's owner
_OWNER_APPOSITION = re.compile(r"\s*,\s*(?:[a-zà-öø-ÿ][\w'’\-]*\s+){1,8}")

_COUNTRY_OF = re.compile(r"\s*,?\s*(?:[a-zà-öø-ÿ]+\s+)?[A-ZÀ-ÖØ-Þ][\w\-]+['’]s\s+")  # "A and France's B"


def _rivals_listed(article: Article, after: list[Mention], cues: _Cues) -> list[Mention]:
    """The rivals listed after a cue, past an owner in apposition: "A, owned by K, and the French B" -> A, B."""
    out, prev = [after[0]], after[0]
    joiner = _rival_gaps(article.language)[2]
    closed = False  # the last item came after "and": the list is over
    for nxt in after[1:]:
        gap = _between(article, prev, nxt)
        if closed and re.fullmatch(r"\s*,\s*", gap):
            break  # "Face à A, B et C, X revendique ...": X, after the list, is its subject
        owned = cues.structure.match(gap.lstrip(" ,"))
        if prev is out[-1] and gap.lstrip().startswith(",") and owned and owned.lastgroup == "child" \
                and re.fullmatch(r"\s*(?:[a-zà-öø-ÿ'’]+\s+)?", gap.lstrip(" ,")[owned.end():]):
            prev = nxt  # the owner of the rival just listed ("A, owned by K"), not a rival
            continue
        if prev is not out[-1] and _OWNER_APPOSITION.fullmatch(gap) and not joiner.match(gap):
            prev = nxt  # "A, owned by K, the wine arm of L, and B": L is K's owner, no rival either
            continue
        after_owner = prev is not out[-1] and _AFTER_OWNER.fullmatch(gap)
        if cues.rejoin.match(gap) or _COUNTRY_OF.fullmatch(gap) or after_owner or _AFTER_APPOSITION.fullmatch(gap) \
                or _rival_gaps(article.language)[3].fullmatch(gap):
            out.append(nxt)
            prev = nxt
            closed = bool(joiner.match(gap))
            continue
        break
    return out


@functools.cache
def _rival_gaps(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The gap between a rival noun and the rivals it lists ("competitors such as", "concurrent écossais",
    "concorrenti più cari come", "concurrent direct de"); and between two listed rivals, a joiner, a determiner
    and a lower-case adjective ("et le chinois", "and the Swiss", "e lo svizzero")."""
    org = lexicon.lookup(lang, "orgs", {})
    rel = lexicon.lookup(lang, "relations", {})
    intro = trie_pattern([*org.get("list_cues", ()), *rel.get("of_words", ())], " ")
    joiners, determiners = trie_pattern(org.get("list_joiners", ()), " "), trie_pattern(org.get("determiners", ()), " ")
    lower = r"(?-i:[a-zà-öø-ÿ][\w\-]*)"
    gap = re.compile(rf"\s+(?:{lower}\s+){{0,3}}?(?:(?:{intro})(?:(?<=['’])|\s+))?", re.IGNORECASE)
    joined = re.compile(rf"\s*,?\s*(?:{joiners})\s+(?:(?:{determiners})(?:(?<=['’])|\s+))?{lower}\s+", re.IGNORECASE)
    preps = trie_pattern(rel.get("object_preps", ()), " ")
    more = trie_pattern(rel.get("list_continuations", ()), " ")
    # ", but also with the French ", ", ma anche con il francese ", ", mais aussi le français "
    further = re.compile(rf"\s*,?\s*(?:{more})\s+(?:(?:{preps})\s+)?(?:(?:{determiners})(?:(?<=['’])|\s+))?"
                         rf"(?:[^\W\d_][\w\-]*\s+)?", re.IGNORECASE)  # (English capitalises "the French")
    return gap, joined, re.compile(rf"\s*,?\s*(?:{joiners})\s", re.IGNORECASE), further


def _rivals_after(article: Article, cue: re.Match[str], here: list[Mention], cues: _Cues) -> list[Mention]:
    """The rivals a rival noun lists after it, a few lower-case words apart: "its competitors A, owned by K, and
    B", "le concurrent écossais A et le chinois B", "concorrenti più cari come A e B"."""
    gap = _rival_gaps(article.language)[0]
    after = [m for m in here if m.start >= cue.end()]
    if not after or not gap.fullmatch(article.text, cue.end(), after[0].start):
        return []
    return _rivals_joined(article, after, cues)


def _rivals_joined(article: Article, after: list[Mention], cues: _Cues) -> list[Mention]:
    """The rivals listed from after[0], and on past "and the Swiss B", "et le chinois B"."""
    joined = _rival_gaps(article.language)[1]
    listed = _rivals_listed(article, after, cues)
    rest = after[len(listed):] if listed[-1] is after[len(listed) - 1] else []
    while rest and joined.fullmatch(article.text, listed[-1].end, rest[0].start):
        listed.append(rest.pop(0))
    return listed


def _rivals(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    text = article.text
    for cue in out.hits("rival", sentence):
        after = [m for m in here if m.start >= cue.end() and m.start - cue.end() <= 3]
        before = [m for m in here if m.end <= cue.start()]
        possessive = cue.group(0).endswith(("'s", "’s")) or text[cue.end() : cue.end() + 2] in ("'s", "’s")
        # "Y, la plateforme rivale de Z": Y rivals the one named before it (below); "a deal with rival X" (one rival
        # right after the cue, a subject before): below too
        apposition = before and re.fullmatch(r"\s*,\s+\w+['’]?\s*(?:[\w\-]+\s+){0,2}?",
                                             text[before[-1].end : cue.start()])
        if not possessive and not apposition \
                and _rival_list(article, sentence, earlier, cue, here, before, cues, out,
                                single_ok=not (after and before) or bool(cues.possessive_end.search(
                                    text, max(sentence.start, cue.start() - 40), cue.start()))):
            continue
        if after and before and possessive:
            a, b = before[-1], after[0]  # "Nordvik's Velaris and rival's Vetrina"
        elif after and before:
            # "a deal with rival Velaris": Velaris is the rival; "Brackley, controlled by the holding K, is the closest
            # rival Velaris has": a rival is of the same kind, not the owner in an apposition
            a = after[0]
            b = next((m for m in reversed(before) if _kind(m) == _kind(a)), before[-1]) \
                if _kind(before[-1]) != _kind(a) else before[-1]
        elif len(before) >= 2 and re.match(r"^\s*['’]s\s+(?:\w+[\s\-])?$", text[before[-1].end : cue.start()]):
            a, b = before[-2], before[-1]  # "Velaris, Nordvik's arch-rival"
        elif before and re.fullmatch(r"\s*,\s+\w+['’]?\s*(?:[\w\-]+\s+){0,2}?", text[before[-1].end : cue.start()]):
            # "Velaris, la plateforme rivale de Vetrina": Velaris rivals the platform named before it
            y = before[-1]
            x = next((m for m in reversed(before[:-1]) if _kind(m) == _kind(y) and not _related(m, y)), None)
            if x is None and _kind(y) == "brand" and out.main is not None and not after:
                x = out.main  # "... Y, its main direct competitor": the rival of the brand the article is about
            if x is None or x.entry.name == y.entry.name:
                continue
            a, b = x, y
        elif after and not before and out.main_org is not None \
                and cues.possessive_end.search(text[max(sentence.start, cue.start() - 40) : cue.start()]):
            a, b = out.main_org, after[0]  # "She arrives from its main rival, X": a rival of the article's subject
        elif before and not after and out.main_org is not None \
                and cues.rival_as.fullmatch(text[before[-1].end : cue.start()]):
            a, b = out.main_org, before[-1]  # "citing X as its main rival"
        else:
            continue
        if _related(a, b) or a.entry.name == b.entry.name or _rival_kind(a) != _rival_kind(b):
            continue
        out.add(a.entry.name, "competes_with", b.entry.name, sentence.index, (cue.start(), cue.end()),
                "relations.rival")


def _rival_list(article: Article, sentence, earlier: list[Mention], cue: re.Match[str], here: list[Mention],
                before: list[Mention], cues: _Cues, out: _Out, single_ok: bool = True) -> bool:
    """A rival noun and the rivals listed after it; whose rivals: the organisation of their kind named before
    in the sentence (not an owner), else the one spoken of ("la maison", "it"), else, where the cue opens the
    sentence or follows a possessive ("its competitors", "Le concurrent écossais"), the article's subject."""
    objects = _rivals_after(article, cue, here, cues)
    if not objects or (len(objects) == 1 and not single_ok):
        return False
    text = article.text
    kind = _rival_kind(objects[0])
    own = [m for m in before if _rival_kind(m) == kind and not _owner_first(text, m, cues)
           and not _an_owner(text, m, here, cues)]
    # a rival is of the kind of the one it rivals, not the owner named in an apposition before it
    own = [m for m in own if _kind(m) == _kind(objects[0])] or own
    lead = len(text[sentence.start : cue.start()].split()) <= LEAD_WORDS
    spoken_of = cues.anaphor.search(text, sentence.start, cue.start()) or \
        cues.pronoun.search(text, sentence.start, cue.start())
    subject = (own[-1] if own
               else _referent(article, sentence, earlier, cue.start(), out) if spoken_of
               else _about(out, objects[0]) if lead or cues.possessive_end.search(
                   text, max(sentence.start, cue.start() - 40), cue.start())
               else None)
    if subject is None or _rival_kind(subject) != kind:
        return False
    for o in objects:
        if o.entry.name != subject.entry.name and not _related(o, subject):
            out.add(subject.entry.name, "competes_with", o.entry.name, sentence.index, (cue.start(), o.end),
                    "relations.rival_list")
    return True


def _competes(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "X competes with A and B", "Face à A et B, X ...", "X si confronta con A e con B"."""
    text = article.text
    last_subject: Mention | None = None  # the subject of the sentence's earlier competition cue
    for cue in out.hits("compete", sentence):
        if cues.negation.search(text, max(sentence.start, cue.start() - 25), cue.start()):
            continue  # "we cannot compete with X on volume": no rivalry stated
        # "Kering-owned Y": the owner written before a rival is not one
        after = [m for m in here if m.start >= cue.end() and not _owner_first(text, m, cues)]
        pair = _both(article, sentence, earlier, cue.end(), cues) if not after else []
        if not after and not pair:
            continue
        gap = text[cue.end() : after[0].start] if after else ""
        if re.search(r"[,;:.]", gap) or len(gap.split()) > 4:
            continue
        objects = _rivals_listed(article, after, cues) if after else pair
        kind = _rival_kind(objects[0])
        before = [m for m in here
                  if m.end <= cue.start() and _rival_kind(m) == kind and not _owner_first(text, m, cues)]
        later = [m for m in here
                 if m.start > objects[-1].end and _rival_kind(m) == kind and not _an_owner(text, m, here, cues)]
        if before and cues.pronoun.search(text, before[-1].end, cue.start()):
            # "X will add A counters, which sets it against B": it is X; "X is losing ground to A, where it
            # competes with B": it is the subject of the cue before, not A
            before = [last_subject] if last_subject is not None else before[:1]
        # "Face à A et B, X mise sur ...": the subject after the list; "rivals such as A and B" with no subject
        # named: the organisation the article is about
        spoken_of = cues.anaphor.search(text, sentence.start, cue.start()) or \
            cues.pronoun.search(text, sentence.start, cue.start())
        # the main organisation only where nothing else can be the subject: "Rivals such as A and B ...", "losing
        # ground to larger rivals such as A", not "independents can compete with A"
        lead = len(text[sentence.start : cue.start()].split()) <= LEAD_WORDS or bool(cues.rival.match(cue.group(0)))
        # "Nous sommes en concurrence avec A ... et avec B": we, the house the interview is about, or the speaker's
        # house named after the quote ("..., said the head of X"), not a rival named as an object later on
        if not before and cues.we.search(text, sentence.start, cue.start()) is not None:
            later = [out.speaker] if out.speaker is not None and _rival_kind(out.speaker) == kind else [
                m for m in later[:1] if not cues.object_before.search(text, max(sentence.start, m.start - 20), m.start)]
            if not later:
                continue
        subject = (before[-1] if before else later[0] if later
                   else _referent(article, sentence, earlier, cue.start(), out) if spoken_of
                   else out.main_org if lead else None)
        if subject is None or _rival_kind(subject) != kind:
            continue  # houses and groups compete with each other, platforms with platforms
        last_subject = subject
        for o in objects:
            if subject.entry.name != o.entry.name and not _related(subject, o):
                out.add(subject.entry.name, "competes_with", o.entry.name, sentence.index, (cue.start(), o.end),
                        "relations.competes")


def _mutual(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "Ondine et Belrac se disputent les mêmes clients", "A and B compete for the same clients": the two organisations
    joined right before the cue compete with each other."""
    text = article.text
    for cue in out.hits("mutual", sentence):
        before = [m for m in here if m.end <= cue.start()]
        if len(before) < 2:
            continue
        a, b = before[-2], before[-1]
        if not re.fullmatch(r"\s*(?:[a-zà-ÿ]+\s+){0,2}", text[b.end : cue.start()]) \
                or not _between(article, a, b).strip() or not (cues.joiners.match(_between(article, a, b))
                                                               or cues.joined_noun.match(_between(article, a, b))):
            continue  # "A et B", then at most an adverb or two before the verb
        if a.entry.name != b.entry.name and not _related(a, b) and _rival_kind(a) == _rival_kind(b):
            out.add(a.entry.name, "competes_with", b.entry.name, sentence.index, (cue.start(), cue.end()),
                    "relations.mutual")


def _competition_named(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "Its nearest rivals, it says, are A and B", "La concorrenza è forte: A, controllata da K, e B", "la nostra
    concorrenza sono A e gli altri": a competition word, a colon or a copula, then the rivals listed; whose rivals:
    the organisation of their kind named before the word, else the one the article is about."""
    text = article.text
    for cue in [*out.hits("competition", sentence), *out.hits("rival", sentence)]:
        after = [m for m in here if m.start >= cue.end()]
        if not after or not cues.competition_gap.fullmatch(text, cue.end(), after[0].start):
            continue
        if cues.negation.search(text, max(sentence.start, cue.start() - 25), after[0].start):
            continue
        objects = _rivals_joined(article, after, cues)
        kind = _rival_kind(objects[0])
        # (in the cue's clause, and not an object: "we cannot compete with X on volume: our competition is A")
        before = [m for m in here if m.end <= cue.start() and _rival_kind(m) == kind
                  and not _owner_first(text, m, cues) and not _an_owner(text, m, here, cues)
                  and not re.search(r"[:;]", text[m.end : cue.start()])
                  and not cues.object_before.search(text, max(sentence.start, m.start - 20), m.start)]
        subject = before[-1] if before else _about(out, objects[0])
        if subject is None or _rival_kind(subject) != kind:
            continue
        for o in objects:
            if o.entry.name != subject.entry.name and not _related(o, subject):
                out.add(subject.entry.name, "competes_with", o.entry.name, sentence.index, (cue.start(), o.end),
                        "relations.competition_named")


def _about(out: _Out, rival: Mention) -> Mention | None:
    """What the article is about, as a rival of `rival`: its brand when the rival is a brand and the brand bears the
    name of the organisation the article is about (the house Castrel, not its company Lanificio Castrel)."""
    return out.house if out.house is not None and _kind(rival) == "brand" else out.main_org


def _both(article: Article, sentence, earlier: list[Mention], end: int, cues: _Cues) -> list[Mention]:
    """ "X competes head-on with both": the last two organisations of one kind named in the sentence before."""
    if not cues.both.match(article.text[end : end + 20]):
        return []
    out: list[Mention] = []
    for m in reversed(earlier):
        if m.sentence < sentence.index - 1 or len(out) == 2:
            break
        if all(m.entry.name != o.entry.name for o in out) and (not out or _rival_kind(m) == _rival_kind(out[0])):
            out.append(m)
    return out[::-1] if len(out) == 2 else []


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
        nxt = by_sentence.get(sentence.index + 1, [])
        for m in nxt:
            # "A, which belongs to K, opened ...": K owns, it is no rival
            if _rival_kind(m) == _rival_kind(main) and m.entry.name != main.entry.name and not _related(m, main) \
                    and not _owner_first(article.text, m, cues) and not _an_owner(article.text, m, nxt, cues):
                out.add(main.entry.name, "competes_with", m.entry.name, sentence.index + 1, (m.start, m.end),
                        "relations.competition_lead")


def _rival_kind(m: Mention) -> str:
    return "platform" if _kind(m) == "platform" else "house"


def _owner_first(text: str, m: Mention, cues: _Cues) -> bool:
    return bool(cues.owned_start.match(text, m.end))
