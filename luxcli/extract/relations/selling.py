"""sells_on: a seller and the platform (or retailer's web shop) that is the venue of a selling cue."""

from __future__ import annotations

import re

from luxcli.extract.orgs import Mention
from luxcli.extract.relations.cues import _Cues
from luxcli.extract.relations.found import _Out
from luxcli.extract.relations.mentions import _between, _kind, _related
from luxcli.extract.relations.subjects import _referent
from luxcli.model import Article, Sentence


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


# nothing, or a short opening phrase and its comma ("In Korea, "), before a sentence's subject
_OPENING = re.compile(r"\s*(?:[^\W\d_][^,;:.()]{0,40},\s*)?")


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
        if cues.audience_after.match(text[m.end : min(sentence.end, m.end + 80)]):
            continue  # "Su Instagram X conta 1,2 milioni di follower": an audience there, not a venue nor a host
        # the cue a few words before; or further ("vend également sur sa boutique en ligne et, depuis l'an dernier,
        # sur la plateforme X") when no other organisation nor clause break stands between
        near_cue = any(c.start() < m.start and (len(text[c.end() : m.start].split()) <= 8 or (
            len(text[c.end() : m.start].split()) <= 16
            and not re.search(r"[;:.()]|\s[A-ZÀ-ÖØ-Þ]", text[c.end() : m.start])
            and (i == 0 or here[i - 1].end <= c.start()))) for c in cue_hits)
        if cues.venue_verb.search(before):
            venues.append(m)  # "joined Farfetch"
            verb_venues.append(m)
        # "... sur A, sur B et sur C"; not "on A, and it seeded content on B" (a clause with its own subject between)
        elif cues.venue_before.search(before) and (near_cue or (venues and here[i - 1] is venues[-1]
                                                               and not cues.pronoun.search(_between(article,
                                                                                                    here[i - 1], m)))) \
                and not cues.audience.search(before):
            venues.append(m)  # "opened a flagship on X", "... sur A, sur B et sur C"
        elif venues and here[i - 1] is venues[-1] and cues.joiners.match(_between(article, here[i - 1], m)):
            venues.append(m)  # "on Tmall and the Pavilion"
        elif cues.store_after.match(text[m.end : m.end + 20]):
            venues.append(m)  # "its WeChat store"
        elif (where := cues.where_after.match(text[m.end : min(sentence.end, m.end + 60)])) \
                and not cues.audience_after.match(text[m.end : min(sentence.end, m.end + 80)].lstrip(" ,")):
            # "è Douyin, dove abbiamo aperto il negozio ufficiale": who opened it is the relative's subject
            # "Mytheresa, su cui Orvieta vende": the seller named in the relative, else the one spoken of
            seller = next((x for x in here[i + 1 :] if x.end <= m.end + where.end() and _kind(x) == "brand"), None) \
                or _referent(article, sentence, [*earlier, *here[:i]], m.end + where.end(), out)
            if seller is not None and not _related(seller, m) and _kind(seller) != "platform":
                out.add(seller.entry.name, "sells_on", m.entry.name, sentence.index, (m.start, m.end + where.end()),
                        "relations.sells_on")
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
    # a marketplace sells on a platform only as the subject, before it: "Velaris will open stores on X"
    # (and not one left or named as an object: "will withdraw from X but sell on Y")
    sellers = [m for m in here if m.entry.name not in names and not any(_related(m, p) for p in places)
               and (_kind(m) == "brand" or (_kind(m) == "platform" and m.end <= first_place
                                           and not cues.object_before.search(text, max(sentence.start, m.start - 20),
                                                                             m.start)
                                           and not cues.pronoun.search(text, sentence.start, m.start)
                                           and not cues.verb_before.search(text, max(sentence.start, m.start - 30),
                                                                           m.start)
                                           and not cues.anaphor.search(text, sentence.start, m.start)))]
    # "formerly a director at X, to run China, where the brand opened a store on Y": X is an employer, "the brand" sells
    sellers = [m for m in sellers if not (cues.employer.search(text, max(sentence.start, m.start - 20), m.start)
                                          and m.end < first_place
                                          and (cues.anaphor.search(text, m.end, first_place)
                                               or cues.pronoun.search(text, m.end, first_place)))]
    if not sellers and here and _kind(here[0]) == "group" and here[0].end <= first_place \
            and _OPENING.fullmatch(_DATELINE_FREE.sub("", text[sentence.start : here[0].start])):
        # "Tsukimori runs a site and opened a store on Tmall", "In Korea, Tsukimori held live sessions on X": a group
        # that is the subject
        sellers = [here[0]]
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
    counted = _counted_brands(text, sentence, earlier, first_place, cues)
    if counted and all(s.start > first_place for s in sellers):
        # "Les trois marques sont vendues sur X, et Ysaline a lancé ...": the brands counted are the subject
        before_seller = min((s.start for s in sellers), default=sentence.end)
        for s in counted:
            for p in places:
                if p.start < before_seller and not cues.negation.search(text, sentence.start, p.start):
                    out.add(s.entry.name, "sells_on", p.entry.name, sentence.index, (sentence.start, sentence.end),
                            "relations.sells_on")
    if not sellers and any(c.end() <= first_place for c in out.hits("group_anaphor", sentence)):
        return  # "the group's Tmall store": the group sells there (_group_platform)
    if not sellers:
        # "Last, direct sales on WeChat.": no seller named nearby, the brand the article is about
        # (only when that brand is what the article is about, not one of the labels a platform story lists)
        about = out.main if out.main is not None and out.main_org is not None \
            and out.main.entry.name == out.main_org.entry.name else None
        both = _last_two_brands(sentence, earlier) if cues.pair_anaphor.search(text, sentence.start, first_place) \
            else _counted_brands(text, sentence, earlier, first_place, cues)
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


_DATELINE_FREE = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ()'’.\- ]*\s[—–]\s*")


def _last_two_brands(sentence: Sentence, earlier: list[Mention]) -> list[Mention]:
    """ "Both brands sell on X": the last two brands named in the sentence before."""
    out: list[Mention] = []
    for m in reversed(earlier):
        if m.sentence < sentence.index - 1 or len(out) == 2:
            break
        if _kind(m) == "brand" and all(m.entry.name != o.entry.name for o in out):
            out.append(m)
    return out[::-1] if len(out) == 2 else []


def _counted_brands(text: str, sentence: Sentence, earlier: list[Mention], upto: int, cues: _Cues) -> list[Mention]:
    """ "Les trois marques sont vendues sur X": the last three brands named (in the last twelve sentences)."""
    hit = cues.counted.search(text, sentence.start, upto)
    if hit is None or hit.group("count").lower() not in cues.count_words:
        return []
    n = cues.count_words.index(hit.group("count").lower()) + 2
    out: list[Mention] = []
    for m in reversed(earlier):
        if m.sentence < sentence.index - 12 or len(out) == n:
            break
        if _kind(m) == "brand" and all(m.entry.name != o.entry.name for o in out):
            out.append(m)
    return out[::-1] if len(out) == n else []


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
            meant = _platform_subject(article, sentence, hit.start(), named, out) or named[-1]
            extra.append(Mention(noun, hit.end(), hit.group(0)[noun - hit.start() :], meant.entry, sentence.index))
    return sorted(here + extra, key=lambda m: m.start) if extra else here


def _platform_subject(article: Article, sentence: Sentence, at: int, named: list[Mention], out: _Out) -> Mention | None:
    """ "X competes with A and with B. The platform sells on C": "the platform" opening a sentence is the platform that
    was the subject of the sentence before (named first there, not as an object), not the one named last."""
    text = article.text
    if len(text[sentence.start : at].split()) > 1:
        return None
    first = next((m for m in named if m.sentence == named[-1].sentence), None)
    if first is None or first is named[-1]:
        return None
    opening = text[article.sentences[first.sentence].start : first.start]
    if len(_DATELINE_FREE.sub("", opening).split()) > 3 \
            or out.cues.object_before.search(text, max(0, first.start - 20), first.start):
        return None
    return first


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
