"""partners_with: deal and collaboration cues, "X, with which Y signed", and joint products "A x B"."""

from __future__ import annotations

import itertools
import re

from luxcli.extract.orgs import Mention
from luxcli.extract.relations.cues import _Cues
from luxcli.extract.relations.found import _Out
from luxcli.extract.relations.mentions import _between, _coordinated_after, _kind, _last, _near, _related
from luxcli.extract.relations.rivalry import _an_owner
from luxcli.extract.relations.selling import _DATELINE_FREE, _platform_subject
from luxcli.extract.relations.subjects import _referent
from luxcli.model import Article, Sentence


def _partners(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    for cue in out.hits("partner", sentence):
        if cues.negation.search(article.text, max(sentence.start, cue.start() - 25), cue.start()):
            continue  # "we considered working with X", "n'a jamais collaboré avec X": no partnership stated
        before = [m for m in here if m.end <= cue.start()]
        after = [m for m in here if m.start >= cue.end()]
        if before and all(_apposed(article.text, sentence, m, cue.start()) for m in before):
            before = []  # "The house, owned by X since 2017, signed a deal with Y": the house is the subject
        if before and (cues.we.search(article.text, before[-1].end, cue.start())
                       or cues.pronoun.search(article.text, before[-1].end, cue.start())):
            # "A and B joined in 2022, and we work with C": the clause has its own subject
            if cues.we.search(article.text, before[-1].end, cue.start()) and out.speaker is None:
                continue
            before = []
        subjects = _coordinated_before(article, before, cues, cue.start())
        if subjects and _object(article, subjects[0], sentence, cues):
            # "A signed a deal with B, ending a partnership with C": B is an object, A the subject; "A competes
            # with B and C, but its licences ...": the run B and C is the object
            subjects = _coordinated_before(article, [m for m in before if m not in subjects
                                                     and not _object(article, m, sentence, cues)], cues, cue.start())
        main = out.main_org.entry.name if out.main_org is not None else None
        # (the article's own subject stays one though someone left it: "X, which its former CEO ran, teamed with Y")
        if subjects and all(x.entry.name in out.former and x.entry.name != main for x in subjects):
            continue  # "the chairman, formerly of X, signed a deal with Y": X is his past employer, not a partner
        spoken_of = not subjects
        if not subjects:  # "Second pillar: a partnership with X": the organisation the article is about
            # "La piattaforma ha lavorato con X": the platform last named
            last = _platform_spoken_of(article, sentence, earlier, cue.start(), out) \
                or _referent(article, sentence, earlier, cue.start(), out) or out.main_org
            subjects = [last] if last is not None else []
        # "a partnership with X", "in collaborazione con la piattaforma specializzata X"
        near = after and (_near(cue.end(), after[0], 25)
                          or _SHORT_PHRASE.fullmatch(article.text, cue.end(), after[0].start)
                          or cues.kind_gap.fullmatch(article.text, cue.end(), after[0].start) is not None
                          or _listed_partners(article.text, cue.end(), after[0].start, cues))
        objects = _coordinated_after(article, after, 0, cues) if near else []
        # "with the label A, controlled by the group K": K owns A, it is no partner
        # ("a deal with A, controlled by K, and B": K is left out, B stays a partner)
        objects = [o for k, o in enumerate(objects) if not (k and _an_owner(article.text, o, here, cues))]
        if objects and (_undecided(article.text, objects[-1], here, cues)
                        or cues.undecided.search(article.text, sentence.start, cue.start())):
            objects = []  # "a partnership with X is under discussion": not made yet
        if objects and out.hits("rival", sentence) and any(
                cue.end() <= r.start() and r.end() <= objects[0].start for r in out.hits("rival", sentence)):
            objects = []  # "a deal with rival X": X is named as a rival (the deal may well have failed)
        if spoken_of and objects and all(o.entry.name in out.former for o in objects):
            objects = []  # "X, formerly licensing director of Y": Y is a past employer, no partner of the house
        pairs = [(s, o) for s in subjects for o in objects]
        if not objects and len(subjects) == 1 and len(before) > 1 and before[-1] is subjects[0] \
                and re.fullmatch(r"\s*,?\s*[^.;:]{0,40}", _between(article, before[-2], before[-1])):
            pairs = [(subjects[0], before[-2])]  # "X, which holds the Selvaggia licence": Selvaggia partners with X
        if len(subjects) == 1 and len(objects) > 1 \
                and cues.apposition_det.match(article.text, subjects[0].end, cue.start()) \
                and len(article.text[subjects[0].end : cue.start()].split()) <= 3:
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


def _partner_among(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "Revendo also counts Burberry among its partners", "qu'elle a signé comme partenaire": the organisation right
    before the phrase partners with the sentence's subject before it (else the one spoken of)."""
    text = article.text
    for cue in out.hits("partner_among", sentence):
        before = [m for m in here if m.end <= cue.start()]
        if not before or not re.fullmatch(r"[\s,]*", text[before[-1].end : cue.start()]):
            continue
        partner = before[-1]
        subject = next((m for m in before[:-1] if not _object(article, m, sentence, cues)), None) \
            or _referent(article, sentence, earlier, partner.start, out) or out.main_org
        if subject is not None and not _related(subject, partner):
            out.add(subject.entry.name, "partners_with", partner.entry.name, sentence.index,
                    (partner.start, cue.end()), "relations.partner_among")


def _undecided(text: str, last: Mention, here: list[Mention], cues: _Cues) -> bool:
    """ "A partnership with X, the Korean chain, is under discussion": a talks cue soon after the partner, that is not
    about another organisation named right after it ("was in talks with Y"). (Or before the cue: "In vista c'è un
    accordo con X".)"""
    hit = cues.undecided.search(text, last.end, last.end + 90)
    return hit is not None and not any(0 <= m.start - hit.end() <= 15 for m in here)


def _platform_spoken_of(article: Article, sentence: Sentence, earlier: list[Mention], upto: int,
                        out: _Out) -> Mention | None:
    """ "The platform has worked with X", "La plateforme s'est associée à": the platform named last, when the
    clause opens on the platform noun."""
    hit = next((h for h in out.hits("platform_anaphor", sentence) if h.end() <= upto), None)
    if hit is None or len(article.text[sentence.start : hit.start()].split()) > 2:
        return None
    last = _last(earlier, lambda m: _kind(m) == "platform" and m.sentence >= sentence.index - 3)
    if last is None:
        return None
    named = [m for m in earlier if _kind(m) == "platform" and m.sentence == last.sentence]
    return _platform_subject(article, sentence, hit.start(), named, out) or last


def _partner_of_house(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "la plateforme Mytheresa, partenaire de la maison depuis 2024": the house spoken of partners with the
    organisation the apposition follows (a person "partner of" a firm is a title, and names no house after)."""
    text = article.text
    for cue in out.hits("partner_of", sentence):
        start = _SPACE.match(text, cue.end()).end()
        noun = cues.anaphor.match(text, start) or cues.anaphor_noun.match(text, start)
        partner = _last([m for m in here if m.end <= cue.start()], lambda m: True)
        if partner is None or not _APPOSITION_OPEN.fullmatch(text, partner.end, cue.start()):
            continue
        # "le joaillier Lorvain, partenaire d'Ondine depuis 2022": the house named right after the cue
        named = next((m for m in here if start <= m.start <= start + 2
                      and re.fullmatch(r"(?:d['’])?", text[start : m.start])), None)
        if noun is None and named is None:
            continue
        house = named if noun is None else _referent(article, sentence, earlier, noun.end(), out)
        if house is not None and not _related(house, partner):
            out.add(house.entry.name, "partners_with", partner.entry.name, sentence.index,
                    (cue.start(), noun.end() if noun is not None else named.end),
                    "relations.partner_of")


_SPACE = re.compile(r"\s*")
# a short noun phrase between a partner cue and the partner: "with the Chinese payments provider X"
_SHORT_PHRASE = re.compile(r"\s+(?=[^.;:,()]{0,45}$)(?:[\w\-'’]+\s+){0,5}")
_APPOSITION_OPEN = re.compile(r"\s*,\s*(?:[^\W\d_]{1,4}\s+)?")  # ", ", ", a ", ", un "


def _listed_partners(text: str, start: int, end: int, cues: _Cues) -> bool:
    """ "partnerships with eight labels, among them the Parisian house A, B ...": a list cue a few words on."""
    gap = text[start:end]
    listed = cues.list_cue.search(gap)
    return listed is not None and len(gap.split()) <= 10 and not re.search(r"[.;:()]", gap) \
        and (not gap[listed.end() :].strip() or cues.kind_gap.fullmatch(gap, listed.end()) is not None)


def _apposed(text: str, sentence: Sentence, m: Mention, cue_start: int) -> bool:
    """m sits in an apposition between two commas after an unnamed subject: "The house, owned by X, signed"."""
    opened = text.rfind(",", sentence.start, m.start)
    return opened > sentence.start and re.match(r"\s*,", text[m.end : cue_start]) is not None \
        and len(text[sentence.start : opened].split()) <= 4 and "," not in text[m.end + 1 : cue_start] \
        and not re.search(r"[A-ZÀ-ÖØ-Þ]", text[sentence.start + 1 : opened])


def _agreement_with(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "Farfetch, with which Corvelle signed a distribution agreement": Corvelle partners with Farfetch; also
    after a short apposition ("Atelier Rouvel, a Geneva workshop with which Dorvane signed"), and with "it" or
    "the house" for the signer: the house spoken of."""
    text = article.text
    for x, y in itertools.pairwise(here):
        if not cues.partner_relative.fullmatch(text, x.end, y.start):
            continue
        cue = cues.agreement.match(text, y.end)
        if cue is not None and not _related(x, y):
            out.add(y.entry.name, "partners_with", x.entry.name, sentence.index, (x.start, cue.end()),
                    "relations.agreement_with")
    for i, x in enumerate(here):
        rel = cues.relative_open.match(text, x.end)
        y = here[i + 1] if i + 1 < len(here) else None
        if rel is None or (y is not None and cues.partner_relative.fullmatch(text, x.end, y.start)):
            continue  # the plain form is read above
        if y is not None and y.start >= rel.end() and _LOWER_WORDS.fullmatch(text, rel.end(), y.start):
            signer, cue = y, cues.agreement.match(text, y.end)
        else:
            who = cues.pronoun.match(text, rel.end()) or cues.anaphor.match(text, rel.end())
            cue = cues.agreement.match(text, who.end()) if who else None
            signer = _referent(article, sentence, earlier, who.end(), out) if cue else None
            if who is None and (cue := cues.agreement.match(text, rel.end() - 1)) is not None:
                # "Orvieta presenta X, con cui ha avviato una collaborazione": no subject in the relative, the
                # sentence's subject (or the house spoken of) signed
                first = here[0] if here[0] is not x and not re.search(r"\w", _DATELINE_FREE.sub(
                    "", article.text[sentence.start : here[0].start])) else None
                signer = first or _referent(article, sentence, earlier, rel.end(), out) or out.main_org
        if cue is not None and signer is not None and not _related(x, signer):
            out.add(signer.entry.name, "partners_with", x.entry.name, sentence.index, (x.start, cue.end()),
                    "relations.agreement_with")


_LOWER_WORDS = re.compile(r"(?:[a-zà-öø-ÿ'’]+\s+){0,3}")


def _collab(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "the Nordvik x Velaris sneaker": a product of two brands together."""
    for a, b in itertools.pairwise(here):
        if _kind(a) == _kind(b) == "brand" and not _related(a, b) and cues.collab.fullmatch(_between(article, a, b)):
            out.add(a.entry.name, "partners_with", b.entry.name, sentence.index, (a.start, b.end), "relations.collab")


def _object(article: Article, m: Mention, sentence: Sentence, cues: _Cues) -> bool:
    """Whether m is the object of a preposition: "with (the) X", "avec X", "con X", also past its kind noun:
    "per il marchio francese X", "for the Paris label X"."""
    text = article.text
    if cues.object_before.search(text[max(sentence.start, m.start - 20) : m.start]):
        return True
    start = max(sentence.start, m.start - 60)
    for space in re.finditer(r"(?<=\S)\s", text[start : m.start]):
        at = start + space.start()
        if cues.kind_gap.fullmatch(text, at, m.start) and cues.object_before.search(text, max(start, at - 20), at):
            return True
    return False


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
