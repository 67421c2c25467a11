"""Which organisation a clause is about when it names none: the article's main brand, or the one spoken of."""

from __future__ import annotations

import functools
import re
from collections import Counter

from luxcli import lexicon
from luxcli.extract.orgs import Mention
from luxcli.extract.relations.found import _Out
from luxcli.extract.relations.mentions import _kind
from luxcli.model import Article, Sentence
from luxcli.text import fold


def _main_brand(mentions: list[Mention], kind: str | None = "brand", staffed: Counter[str] | None = None,
                ) -> Mention | None:
    """The brand (or group, or organisation of any kind) named most often (at least twice, or the only
    one); on a tie the one more people work at now (`staffed`: a new chief's house, not the one she left),
    then the first named."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    staffed = staffed or Counter()
    for m in mentions:
        if kind is None or _kind(m) == kind:
            counts[m.entry.name] = counts.get(m.entry.name, 0) + 1
            first.setdefault(m.entry.name, m)
    best = max(counts, key=lambda n: (counts[n], staffed[n], -first[n].start), default=None)
    return first[best] if best is not None and (counts[best] > 1 or len(counts) == 1) else None


def _referent(article: Article, sentence: Sentence, earlier: list[Mention], upto: int, out: _Out,
              clause: int | None = None) -> Mention | None:
    """The brand a sentence speaks of without naming it, from the last two sentences: after "it" the
    subject (first brand) of the last one naming a brand; after "the house" the last brand, else the
    article's main brand; otherwise the last brand (`clause`: where the main clause starts, after an opening
    participle, "Founded in 1901, the company ..."). A brand named as someone's past or present employer
    ("a vice president at X") or as a rival of the main brand is not the one spoken of."""
    text, cues = article.text, out.cues
    we = out.speaker
    if we is not None and cues.we.search(text, sentence.start, upto):
        return we  # "we have a partnership with X", "abbiamo aperto": the house the article (an interview) is about
    division = _division_spoken_of(article, sentence, earlier, upto, out)
    if division is not None:
        return division
    named = _named_after_founder(article, sentence, earlier, upto, out)
    if named is not None:
        return named
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
    if pronoun and out.dominant is not None and _kind(out.dominant) == "platform":
        return out.dominant  # "In Germany it also sells on X": a platform story, no brand named just before
    noun = _opening_noun(text[sentence.start if clause is None else clause : upto], article.language)
    if noun is None and anaphor:  # "Per la parte tecnologica l'azienda ha ...": the company noun, wherever it stands
        noun = _nouns(article.language).get((re.findall(r"[^\W\d_]+", fold(anaphor.group(0))) or [""])[-1])
    if noun == "group" and out.main_group is not None:
        return out.main_group  # "the group": the article's group, not its brand
    main = out.main_org
    if noun == "company" and main is not None and (_kind(main) != "platform" or main is out.dominant):
        return main  # "the company": what the article is about, of whatever kind (a platform only if named most)
    if anaphor and main is not None and _kind(main) != "platform" and any(
            m.entry.name == main.entry.name and m.sentence >= sentence.index - 1 for m in earlier):
        return main  # "The company, ..." right after the article's subject is named: the subject
    if anaphor and out.main is not None and recent and recent[-1].entry.name != out.main.entry.name \
            and not re.search(r"\w", text[sentence.start : anaphor.start()]) \
            and cues.object_before.search(text, max(0, recent[-1].start - 20), recent[-1].start) \
            and any(m.entry.name == out.main.entry.name and m.sentence >= sentence.index - 3 for m in earlier):
        # "The brand, founded in 2021, ..." opening its sentence: the subject of the article, named shortly before,
        # rather than a house last named as an object in passing ("... more than X's account.")
        return out.main
    if anaphor:
        return recent[-1] if recent else out.main
    return recent[-1] if recent else None


@functools.cache
def _nouns(lang: str) -> dict[str, str]:
    nouns = {fold(w): "company" for w in lexicon.lookup(lang, "relations.company_nouns", ())}
    nouns.update({fold(w): "group" for w in lexicon.lookup(lang, "relations.group_nouns", ())})
    return nouns


def _opening_noun(clause: str, lang: str) -> str | None:
    """ "company" or "group" when the sentence opens on such a noun ("L'azienda fu fondata", "The group,
    controlled by"): the clause is about the article's organisation, or its group."""
    words = re.findall(r"[^\W\d_]+", fold(clause[:40]))[:2]
    return next((_nouns(lang)[w] for w in words if w in _nouns(lang)), None)


def _named_after_founder(article: Article, sentence: Sentence, earlier: list[Mention], upto: int,
                         out: _Out) -> Mention | None:
    """ "Créée en 2009 par le parfumeur Jean Orsel, la maison ...": the house that bears its founder's name, when
    one named before does."""
    text = article.text
    cue = next((c for c in out.hits("founded", sentence) if c.end() <= upto), None)
    if cue is None:
        return None
    window = text[cue.end() : min(upto, cue.end() + 80)]
    for m in reversed(earlier):
        # a first name before it: the founder's surname, not the house itself ("by a former Cartier designer")
        if _kind(m) == "brand" and re.search(rf"(?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ\-]+)\s+{re.escape(m.entry.name)}(?![\w\-])",
                                             window):
            return m
    return None


def _division_spoken_of(article: Article, sentence: Sentence, earlier: list[Mention], upto: int,
                        out: _Out) -> Mention | None:
    """ "La division, créée en 2019, ...": the division named last before (its name ends with a division word,
    "X Beauté"), when the clause opens on a division noun."""
    text = article.text
    hit = out.cues.division_noun.search(text, sentence.start, min(upto, sentence.start + 30))
    if hit is None or len(text[sentence.start : hit.start()].split()) > 2:
        return None
    return next((m for m in reversed(earlier) if m.entry.name.split()[-1] in out.cues.division_suffixes), None)
