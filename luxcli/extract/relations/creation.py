"""founded_in / launched_on: a creation word and a year or date near an organisation."""

from __future__ import annotations

import re

from luxcli.dates import find_dates
from luxcli.extract.orgs import Mention
from luxcli.extract.relations.cues import _Cues
from luxcli.extract.relations.found import _Out
from luxcli.extract.relations.mentions import _kind, _last
from luxcli.extract.relations.rivalry import _an_owner
from luxcli.extract.relations.subjects import _division_spoken_of, _opening_noun, _referent

_YEAR = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)(?![\d.,]\d|\d)")  # houses date back to the 1500s


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


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


_NOUN_BEFORE_CUE = re.compile(r"[^\W\d_][\w\-]*\s*,?\s*$")  # the word right before a creation cue: "label founded"

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
        comma = text.find(",", cue.end(), sentence.end)
        noun = cues.anaphor.match(text, _skip_space(text, comma + 1)) if opening and comma >= 0 else None
        if opening and comma >= 0 and not platforms_only \
                and _opening_noun(text[comma + 1 : sentence.end], article.language) == "group":
            # "Fondato nel 1998 da A, il gruppo ha chiuso ...": the group just named (else the article's group), not
            # the brand it owns that was named last
            recent = [m for m in earlier if _kind(m) == "group" and m.sentence >= sentence.index - 2]
            main = out.main_group
            if main is not None and any(m.entry.name == main.entry.name for m in recent):
                return main  # the article's group named just before, rather than a unit it controls named after it
            if recent or main is not None:
                return recent[-1] if recent else main
        if noun and not platforms_only:
            # "Fondée en 1994 par Jeanne X, la maison est ...": the participle is said of the house the main clause
            # names by a noun, not of an owner named later in it
            return _referent(article, sentence, earlier, noun.end(), out, noun.start())
        if after:
            # "Created in 2019, Velaris ..."; "Founded in 2019 by a former buyer at X, Velaris ...": not X
            free = [m for m in after if not cues.object_before.search(text, max(sentence.start, m.start - 20), m.start)
                    and not cues.employer.search(text, max(sentence.start, m.start - 20), m.start)]
            return (free or after)[0]
        last = _last(earlier, wanted)  # "Fondée en 1923, la maison ..."
        return last if last is not None and last.sentence >= sentence.index - 1 and not platforms_only else None
    # a person's past employer named on the way is not what was founded: "già direttore di A, guida una
    # manifattura fondata nel 1881"
    bystanders = out.bystanders()
    # nor is an owner: "Filiale de Groupe X, l'enseigne fondée en 1879": the store chain, not X
    before = [m for m in here if m.end <= cue.start() and wanted(m) and m.entry.name not in bystanders
              and not _an_owner(text, m, here, cues)]
    gap = text[before[-1].end if before else sentence.start : cue.start()]
    if before and cues.pronoun.search(gap) and not _DATELINE.sub("", text[sentence.start : before[0].start]).strip():
        return before[0]  # "X, which competes with A and B, had its best year since it was founded in 1971": X
    noun = _NOUN_BEFORE_CUE.search(gap)
    if noun and cues.anaphor_noun.search(noun.group(0)) and len(gap.split()) > 6 and not platforms_only:
        # "... to revive a heritage label founded in 1911": the house spoken of, not a name far before
        return _referent(article, sentence, [*earlier, *before], cue.start(), out) or out.main
    if before:
        j = len(before) - 1
        if j > 0 and re.match(r"\s*,", text[before[j].end : cue.start()]) and re.fullmatch(
                r"\s*,\s+[^,]{1,60}", text[before[j - 1].end : before[j].start]):
            j -= 1  # "La griffe X, propriété de LVMH, a été fondée en 1923": X
        return before[j]
    between = text[cue.end() : after[0].start] if after else ""
    if after and len(between.split()) <= 4 and re.search(r"\d{4}\s*$", between):
        return after[0]  # "a inauguré en mai 2019 Velaris": the date, then the name
    along = cues.along.search(between) if after else None
    if along and re.search(r"\d{4}\s*$", between[: along.start()]) and len(between[along.end() :].split()) <= 5 \
            and not re.search(r"[,;:.]", between[along.end() :]):
        return after[0]  # "launched in May 2022 alongside the group's app Velaris": both were launched then
    if platforms_only:
        main = out.main_org
        if main is not None and _kind(main) == "platform" and not before \
                and cues.platform_noun_after.search(" " + text[sentence.start : cue.start()]):
            return main  # "Le site de vente en ligne, lancé en 2019": the platform the article is about
        return None
    division = _division_spoken_of(article, sentence, earlier, cue.start(), out)
    if division is not None:
        return division  # "La division, créée en 2019": the division named before
    if cues.anaphor.search(text, sentence.start, cue.start()) or cues.pronoun.search(text, sentence.start, cue.start()):
        return _referent(article, sentence, earlier, cue.start(), out)  # "The house was founded in 1901"
    if out.main_group is not None and _opening_noun(text[sentence.start : cue.start()], article.language) == "group":
        return out.main_group  # "Il gruppo, fondato nel 1962": the article's group
    last = _last(earlier, wanted)  # "la maison fondata nel 1923"
    return last if last is not None and last.sentence >= sentence.index - 1 else None
