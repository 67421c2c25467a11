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
"""

from __future__ import annotations

import bisect

from luxcli.extract.orgs import Mention
from luxcli.extract.relations.creation import _born, _creation
from luxcli.extract.relations.cues import _cues
from luxcli.extract.relations.employment import _works_for
from luxcli.extract.relations.found import _Out
from luxcli.extract.relations.ownership import (
    _group_platform,
    _known_parents,
    _named_after,
    _operates,
    _owned_by,
    _owned_by_cue,
)
from luxcli.extract.relations.partnership import _agreement_with, _collab, _partner_of_house, _partners
from luxcli.extract.relations.rivalry import _competes, _competition_lead, _rivals
from luxcli.extract.relations.selling import _own_sites, _sells_on
from luxcli.extract.relations.subjects import _main_brand
from luxcli.model import Article, Person, Relation


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
        rules = ((_owned_by, _owned_by_cue, _group_platform, _sells_on, _partners, _partner_of_house, _agreement_with,
                  _collab, _rivals, _competes, _operates, _creation, _born) if here else (_owned_by_cue, _creation))
        for rule in rules:
            rule(article, sentence, here, earlier, cues, out)
    _competition_lead(article, by_sentence, cues, out)
    _known_parents(mentions, out)
    _named_after(mentions, cues, out)
    _own_sites(mentions, out)
    _works_for(article, mentions, people, cues, out)
    return list(out.found.values())
