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
Also: "the Nordvik x Velaris sneaker" and "a collaboration between A and B" are partnerships; "X, born in Geneva
in 1974" is founded_in; "sold on X's website" makes a retailer a venue; "l'application Velaris de Nordvik" is a
brand's own app, which it operates (and sells on); "X has hired Jane Doe" is works_for when she has no present
title. A partner written as the object of a preposition ("a deal with B, ending a partnership with C") is not the
subject of the next cue; an apposition's owner list ends at its comma ("X, owned by A, and B ..."); the main
organisation stands in for a missing competitor subject only at the start of a sentence or after "rivals such as".
Where the cue names no organisation ("la maison fondata nel 1923", "its WeChat store"), the
organisation is the one spoken of: after "the house" or "it", the brand last named that is not a past
employer or a rival, else the article's main brand (_referent); "the family-run company" right after the
article's subject is named is that subject. Also: "X, with which Y signed an agreement" is a partnership; a
rival list runs past an owner in apposition ("A, owned by K, and the Swiss B"), and that owner is no rival nor
subject; "Velaris USA" belongs to "Maison Velaris"; a creation cue after a dateline opens its sentence.
Round 6: "Founded in 1994 by X, the house ..." is the house's founding (not X's, nor an owner's named later);
"the group, founded in 1962" is the article's group; "X, operated by the group Y", "the house's own app, X" and
"le site, exploité par Y" are operations; "X, partner of the house" and "X, with which it signed a deal" are
partnerships; "X, the Exor-controlled house" and "X, whose majority shareholder is Y" are ownerships; an owner
in apposition ("Y, controlled by the fund K, acquired 75% of X") is not the buyer; a rival is of the kind of the
one it rivals; "followers on X" is no sale there; a retailer group that opens a store on X sells there.
Round 7: "X, where it has 2m followers" and "son compte Instagram réunit 310 000 abonnés" are audiences, no sale;
"X, where we opened our store" is a venue; "the three brands are sold on X" are the last three brands named; an
owner named as a family ("la famille Dussel") owns nothing; "the owner of A and B" and "the group, which also owns
A" are the article's group; "X, via its fund Y", "Lazada and its section Y" and "controls the lighting brand Y" are
ownerships; "losing ground to A", "its main rival, A", "names A as its main rival", "competes with both",
"A et B se disputent" and "The market remains competitive." lead are rivalries, "we cannot compete with A" is not;
"X, partner of Y" and "s'est associée à" are partnerships; "qui travaille pour X" is works_for; "we" in an interview
is the house named most; "Founded by Anne Ferlaine, the house" is the house Ferlaine.
Round 8: a rival noun lists its rivals past adjectives and list cues ("its competitors A, owned by K, and B", "le
concurrent écossais A et le chinois B", "concorrenti più cari come A e B"), and a competition word with a colon or a
copula does too ("Its nearest rivals are A and B", "la nostra concorrenza sono A"), of the article's brand when the
article's company bears its name; an owner's list ("propriétaire des marques A, B et C", "e il marchio di cachemire
B") and a sentence opening on an ownership phrase ("Filiale du groupe X depuis 2016, Y ...") are ownerships, as is
selling a majority stake to X; "X Partecipazioni" owns X; joint work is a partnership ("worked with", "designed
with", "confiée à", "sviluppata con", "un accordo decennale con"), not a deal "with rival X", and "the platform has
worked with" is the platform's; "X, su cui Y vende", "entered X", "fait son entrée sur", "è disponibile su", a
concession, corner or online channel on X are sales, and a venue may stand further from its cue past an aside; a
platform left ("withdraw from X", "lascerà X") or a past employer ("a director at X, ..., where the brand") sells
nothing; "since it was founded" is the subject's founding and "a heritage label founded in 1911" the house spoken of;
"The brand, ..." after a house named only as an object is the article's brand; a chief's new house, where someone
works now, is what "the house" stands for though her predecessor left it.
Round 9: an opening participle then "the group" is the group just named ("Fondato nel 1998 da A, il gruppo"); "the
division" is the division named before, and "X Beauté" / "X Eyewear" belongs to X; a participle said of a thing ("la
licence détenue par X") and a name the organisations did not recognise standing closer to the cue ("è Brivane,
società controllata da K") give no ownership; a list runs past an owner in apposition ("con A, controllato da K, e
B") and past "but also (with) the French C"; "counts A among its clients" is a partnership, one "under discussion",
"in vista" or only "considered" is none; "we compete with A" is the interview's house or the speaker's house named
after the quote; "the platform" opening a sentence is the platform that was the subject of the one before; "the
section X" after a platform is a part of it; a debut and live sessions on X are sales there; a group after an opening
phrase ("In Korea, X ...") sells.
"""

from __future__ import annotations

import bisect
from collections import Counter

from luxcli.extract.orgs import Mention
from luxcli.extract.relations.creation import _born, _creation
from luxcli.extract.relations.cues import _cues
from luxcli.extract.relations.employment import _works_for
from luxcli.extract.relations.found import _Out
from luxcli.extract.relations.mentions import _kind, _related
from luxcli.extract.relations.ownership import (
    _group_platform,
    _known_parents,
    _named_after,
    _operates,
    _owned_by,
    _owned_by_cue,
    _owner_anaphor,
)
from luxcli.extract.relations.partnership import (
    _agreement_with,
    _collab,
    _partner_among,
    _partner_of_house,
    _partners,
)
from luxcli.extract.relations.rivalry import _competes, _competition_lead, _competition_named, _mutual, _rivals
from luxcli.extract.relations.selling import _own_sites, _sells_on
from luxcli.extract.relations.subjects import _main_brand
from luxcli.model import Article, Person, Relation


def extract_relations(article: Article, mentions: list[Mention], people: list[Person]) -> list[Relation]:
    if not article.supported or not mentions:
        return []
    cues = _cues(article.language)
    out = _Out(article, cues)
    mentions = sorted(mentions, key=lambda m: m.start)
    staffed = Counter(r.org for p in people for r in p.roles if r.org and r.current)
    out.main = _main_brand(mentions, "brand", staffed)
    out.main_group = _main_brand(mentions, "group", staffed)
    out.main_org = _main_brand(mentions, None, staffed)
    out.house = next((m for m in mentions if out.main_org is not None and _kind(m) == "brand"
                      and _related(m, out.main_org)), None)
    # a past employer is no referent of "the house", unless it is the brand (or organisation) the article is about
    # and someone works there now (a new chief replacing one who left)
    about = {m.entry.name for m in (out.main, out.main_org) if m is not None}
    out.former = {r.org for p in people for r in p.roles if r.org and not r.current} - (about & staffed.keys())
    out.speaker = _speaker(mentions, out.main)
    out.dominant = _speaker(mentions, out.main_org)
    starts = [m.start for m in mentions]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    # a rule that reads only its cues' matches has nothing to read in an article where none occurs: left out there
    named_rules = tuple(rule for rule in _NAMED_RULES if rule not in _CUED or any(map(out.occurs, _CUED[rule])))
    unnamed_rules = tuple(rule for rule in named_rules if rule in _UNNAMED_RULES)
    for sentence in article.sentences:
        here = by_sentence.get(sentence.index, [])
        earlier = mentions[: bisect.bisect_left(starts, sentence.start)]
        # a sentence that names no organisation can still found one named just before ("la maison, fondata nel 1923")
        for rule in named_rules if here else unnamed_rules:
            rule(article, sentence, here, earlier, cues, out)
    _competition_lead(article, by_sentence, cues, out)
    _known_parents(mentions, out)
    _named_after(mentions, cues, out)
    _own_sites(mentions, out)
    _works_for(article, mentions, people, cues, out)
    return [r for r in out.found.values() if not _family_owner(article, r, by_sentence, cues)]


_NAMED_RULES = (_owned_by, _owned_by_cue, _group_platform, _sells_on, _partners, _partner_of_house, _partner_among,
                _agreement_with, _collab, _rivals, _competes, _competition_named, _mutual, _operates, _creation, _born,
                _owner_anaphor)  # in this order, for a sentence naming an organisation
_UNNAMED_RULES = (_owned_by_cue, _creation)  # for one naming none
# The rules that do nothing but read the matches of these cues in the sentence (found.py: `_Out.hits`).
_CUED = {_owned_by_cue: ("child", "parent"), _group_platform: ("group_anaphor",), _sells_on: ("sells",),
         _partners: ("partner",), _partner_of_house: ("partner_of",), _partner_among: ("partner_among",),
         _rivals: ("rival",), _competes: ("compete",), _competition_named: ("competition", "rival"),
         _mutual: ("mutual",), _creation: ("founded", "launched"), _born: ("born",)}


def _speaker(mentions: list[Mention], main: Mention | None) -> Mention | None:
    """The house "we" stands for in an interview: the main brand, only when it is named at least three times and
    more often than any other organisation (else "we" may be anyone's). Also the dominant organisation of any kind."""
    if main is None:
        return None
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.entry.name] = counts.get(m.entry.name, 0) + 1
    top = counts[main.entry.name]
    return main if top >= 3 and all(n < top for name, n in counts.items() if name != main.entry.name) else None


def _family_owner(article: Article, relation: Relation, by_sentence: dict[int, list[Mention]], cues) -> bool:
    """ "owned by the Dussel family", "fa capo alla famiglia del presidente X": a family is no organisation that
    owns, whatever its name was taken for."""
    if relation.predicate != "owned_by":
        return False
    text = article.text
    def named_as_family(m: Mention) -> bool:
        before = cues.family.search(text[max(0, m.start - 40) : m.start])
        if before and not cues.family_company.search(text[max(0, m.start - 60) : m.start - 40 + before.start()]
                                                     if m.start >= 40 else text[: before.start()]):
            return True
        return bool(cues.family_after.match(text[m.end : m.end + 30]))

    return any(m.entry.name == relation.object and named_as_family(m)
               for m in by_sentence.get(relation.evidence.sentence, ()))
