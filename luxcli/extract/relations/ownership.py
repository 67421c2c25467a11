"""owned_by (and a group's operates): cue phrases, apposition, possessives, well-known and brand-named parents."""

from __future__ import annotations

import re

from luxcli.extract.org_discovery import short_form
from luxcli.extract.orgs import Mention, lookup
from luxcli.extract.relations.cues import _Cues
from luxcli.extract.relations.found import _Out
from luxcli.extract.relations.mentions import _between, _coordinated_after, _kind, _last, _listed_after, _near, _related
from luxcli.extract.relations.subjects import _nouns, _referent
from luxcli.text import fold


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
        # "Shang Xia, the Exor-controlled house": the owner's suffix in an apposition after the child
        if nxt and _kind(nxt) == "group" and _APPOSITION_START.fullmatch(gap) and cues.owned_start.match(text, nxt.end):
            own(m, nxt, "relations.owned_suffix")
        # "Orologi Brevi, which belongs to LVMH"; "Velaris, propriété d'Alibaba"
        if nxt and cues.child_of.match(gap):
            own(m, nxt, "relations.child_of")
        # "Verdano Holdings, the parent of A, B and C"
        if nxt and _kind(m) != "brand" and cues.parent_of.match(gap) and not _minority(gap, 0, len(gap), cues) \
                and not _holder_of_thing(text, here, m, cues) \
                and not cues.thing_agent.search(cues.parent_of.match(gap).group("tail")):  # "the licence held by"
            head = _last(here[:i], lambda x: _kind(x) != "brand")
            owner = head if head is not None and re.match(r"\s*,", gap) \
                and _owned_in_apposition(text, head, m, cues) else m  # "X, controlled by K, acquired Y": X
            for child in _coordinated_after(article, here, i + 1, cues):
                own(child, owner, "relations.parent_of")
        # "the LVMH labels A, B and C"
        if nxt and _kind(m) == "group" and cues.group_labels.match(gap):
            for child in _coordinated_after(article, here, i + 1, cues):
                own(child, m, "relations.group_labels")
        # "Alibaba's Tmall", "Nordvik Group's Velaris"
        if nxt and _kind(m) == "group" and _kind(nxt) == "platform" and re.match(r"^['’]s\s+(?:[\w\-]+\s+){0,2}$", gap):
            own(nxt, m, "relations.possessive")
        # "Velaris, la piattaforma B2C di Nordvik Group"; "Velaris, la plateforme rivale de Vetrina"
        if nxt and cues.noun_of.match(gap) and _kind(nxt) == "group":
            own(m, nxt, "relations.apposition_of")
        # "le Velaris Pavilion d'Alibaba"
        if nxt and _kind(nxt) == "group" and _kind(m) == "platform" and cues.of.fullmatch(gap):
            own(m, nxt, "relations.of")
        # "l'application Velaris de Nordvik", "Nordvik's Velaris app": a brand's own app, which it runs and sells on
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
        # "Velaris Live, Nordvik's live-streaming channel"
        if i > 0 and _kind(m) == "group" and re.fullmatch(r"\s*,\s+", _between(article, here[i - 1], m)) \
                and cues.owner_noun.match(text[m.end : m.end + 60]):
            own(here[i - 1], m, "relations.apposition_possessive")
        # "within Kering, Selvaggia ..."; "Au sein de Kering, Selvaggia"
        if nxt and _kind(m) == "group" and re.fullmatch(r"\s*,\s*", gap) \
                and cues.within.search(text[max(sentence.start, m.start - 30) : m.start]):
            own(nxt, m, "relations.within")
        # "Vittoria Landri, il marchio di maglieria del gruppo": a brand of the group the article is about
        if _kind(m) == "brand" and out.main_group is not None and cues.group_brand_apposition.match(text, m.end) \
                and not (nxt and nxt.start < cues.group_brand_apposition.match(text, m.end).end()):
            own(m, out.main_group, "relations.group_brand")
        # "con Lazada e con la sua sezione LazMall", "Alibaba and its marketplace Tmall"
        if i > 0 and _kind(m) == "platform" \
                and cues.its_section.search(text[max(sentence.start, m.start - 40) : m.start]):
            owner = here[i - 1]
            if _kind(owner) in ("platform", "group") and not re.search(r"[;:.]", _between(article, owner, m)) \
                    and len(_between(article, owner, m).split()) <= 7:
                own(m, owner, "relations.its_section")
        # "On Lazada, controlled by Alibaba, it entered the section LazMall": a section of the platform named before
        elif i > 0 and _kind(m) == "platform" and cues.section_before.search(text, max(sentence.start, m.start - 30),
                                                                              m.start):
            owner = _last(here[:i], lambda x: _kind(x) == "platform")
            if owner is not None and not re.search(r"[;:.]", text[owner.end : m.start]) \
                    and len(text[owner.end : m.start].split()) <= 14 and m.entry.parent in (None, owner.entry.name):
                own(m, owner, "relations.section")  # (a well-known section's own parent is known better)
        # "LVMH acted first: its Tuscan leather brand Cuoio Fino"
        if cues.its_noun.search(text[max(sentence.start, m.start - 60) : m.start]):
            owner = _last(here[:i], lambda x: _kind(x) == "group")
            if owner is not None:
                own(m, owner, "relations.its_brand")


def _holder_of_thing(text: str, here: list[Mention], m: Mention, cues: _Cues) -> bool:
    """ "la licence détenue par X, réunit A et B": X is named as the holder of a thing inside a participle clause, not
    as the subject of the verb after it."""
    prev = _last([x for x in here if x.end <= m.start], lambda x: True)
    window = text[max(prev.end if prev is not None else 0, m.start - 60) : m.start]
    return cues.thing_agent.search(window) is not None


# after an opening "Subsidiary of X since 2016": ", the spinner " / ", la filature " before the subject it describes
_FRONTED_GAP = re.compile(r"[^,;:.()]{0,25},\s*(?:(?-i:[a-zà-öø-ÿ][\w'’\-]*)\s+){0,3}", re.IGNORECASE)


def _fronted_child(article, here: list[Mention], parent: Mention) -> Mention | None:
    """ "A subsidiary of X since 2016, the spinner Y made ...", "Controllata dal gruppo X, la filatura Y": a
    sentence that opens on an ownership cue is about the subject after the opening phrase's comma."""
    nxt = next((m for m in here if m.start >= parent.end), None)
    if nxt is not None and _FRONTED_GAP.fullmatch(article.text, parent.end, nxt.start):
        return nxt
    return None


# a capitalised name (not opening the sentence) followed by a lower-case apposition: "è Brivane Studio, società"
_UNKNOWN_APPOSED = re.compile(r"(?<=[\w,;:]\s)(?-i:[A-ZÀ-ÖØ-Þ][\w\-'’&]+)\s*,\s+(?-i:[a-zà-öø-ÿ])")

def _unknown_apposed(text: str, start: int, end: int, here: list[Mention]) -> bool:
    """A capitalised name in text[start:end] that no mention covers, followed by an apposition."""
    return any(not any(m.start <= u.start() < m.end for m in here) for u in _UNKNOWN_APPOSED.finditer(text, start, end))


_APPOSITION_START = re.compile(r"\s*,\s*(?:[^\W\d_]{1,5}\s+)?")  # ", the ", ", "


def _owned_by_cue(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "X, founded in 1901 and owned since 2015 by the Swiss holding Y"; "il 70% è detenuto da Y" (the main
    brand, when the sentence names no other organisation before the cue)."""
    text = article.text
    for cue in out.hits("child", sentence):
        after = [m for m in here if m.start >= cue.end()]
        if not after or _minority(text, max(sentence.start, cue.start() - 40), cue.end(), cues):
            continue
        # "(la reprise de) la licence détenue par X": X holds a thing, not an organisation; a name shortly before is
        # what the participle is said of though ("X, polo della filiera della pelle controllato dal fondo K")
        named = _last([m for m in here if m.end <= cue.start()], lambda m: True)
        if (named is None or len(re.findall(r"[^\W\d_]+", text[named.end : cue.start()])) > 6) \
                and cues.thing_before.search(text, max(sentence.start, cue.start() - 40), cue.start()):
            continue
        gap = text[cue.end() : after[0].start]
        if re.search(r"[,;:.()]", gap) or len(gap.split()) > 5:
            continue
        # a group owns; a platform only right after the cue ("acquired by Farfetch", not "acquired by X on Tmall")
        parents = [p for p in _listed_after(article, after, cues)
                   if _kind(p) == "group" or (_kind(p) == "platform" and len(gap.split()) <= 1)]
        bystanders = out.bystanders()  # "già direttore di A, guida una manifattura controllata da Y": not A
        # ... unless it opens the sentence as its subject: "Brackley, controlled by Y, is the closest rival"
        before = [m for m in here if m.end <= cue.start()
                  and (m.entry.name not in bystanders or not text[sentence.start : m.start].strip())]
        child = before[-1] if before else None
        last = _last([m for m in here if m.end <= cue.start()], lambda m: True)
        if last is not None and re.fullmatch(r"\s*,?\s+(?:[\w\-]+\s+){0,2}", text[last.end : cue.start()]):
            child = last  # "...; Boucheron belongs to Kering": the name right before the verb, whoever it employed
        if child is not None and re.match(r"\s*,", text[child.end : cue.start()]):
            # "X, owned by A, and B now control ...": the apposition ends at its comma, B is no owner
            parents = parents[: next((k for k in range(1, len(parents))
                                      if "," in _between(article, parents[k - 1], parents[k])), len(parents))]
        if child is None and parents and not re.search(r"\w", text[sentence.start : cue.start()]):
            child = _fronted_child(article, here, parents[-1])  # "Filiale du groupe X depuis 2016, Y a ..."
        # a name the organisations did not recognise stands closer to the cue: it is what is owned ("Its rival is
        # Brivane Studio, a firm controlled by K"; "made by Brivane, a supplier and subsidiary of K")
        # (unless the clause speaks of the house by a noun or a pronoun: "Founded by Jean Maruel, the house belongs")
        if child is None and _unknown_apposed(text, sentence.start, cue.start(), here) \
                and not cues.anaphor.search(text, sentence.start, cue.start()) \
                and not cues.pronoun.search(text, sentence.start, cue.start()):
            continue
        if child is not None and cues.unknown_agent.search(text, child.end, cue.start()):
            continue
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
            owner = before[-1]
            if len(before) > 1 and re.match(r"\s*,", text[owner.end : cue.start()]) \
                    and _owned_in_apposition(text, before[-2], owner, cues):
                owner = before[-2]  # "X, controlled by the fund K, acquired 75% of Y": X acquired Y, not K
            for child in _listed_after(article, after, cues):
                if not _related(child, owner):
                    out.add(child.entry.name, "owned_by", owner.entry.name, sentence.index,
                            (owner.start, child.end), "relations.owned_by_cue")


def _owned_in_apposition(text: str, head: Mention, owner: Mention, cues: _Cues) -> bool:
    """ "X, the menswear group controlled by the fund K,": K is named as X's owner between commas."""
    gap = text[head.end : owner.start]
    return gap.lstrip().startswith(",") and any(c.lastgroup == "child" for c in cues.structure.finditer(gap))


_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")


def _minority(text: str, start: int, end: int, cues: _Cues) -> bool:
    """A stake said to be a minority one, or any share under half, in text[start:end]."""
    window = text[start:end]
    if cues.minority.search(window):
        return True
    return any(float(p.group(1).replace(",", ".")) < 50 for p in _PERCENT.finditer(window))


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
    """ "Velluto Fashion Group" owns Velluto; "Velaris Korea" belongs to Velaris."""
    first = {}
    for m in mentions:
        first.setdefault(m.entry.name, m)
    lang = out.article.language
    # each name's short form once, not once per pair of names
    bares = {short: short_form(short, lang) for short in first}
    for name, m in first.items():
        for short, s in first.items():
            if short == name:
                continue
            bare = bares[short]  # "Velaris USA" belongs to "Maison Velaris" as much as to "Velaris"
            if bare and name.startswith(bare + " ") and _kind(m) == "group" and lookup(name) is None \
                    and name.split()[-1] not in cues.group_suffixes and not name.startswith(short):
                out.add(name, "owned_by", short, m.sentence, (m.start, m.end), "relations.named_unit")
                continue
            if not name.startswith(short + " "):
                continue
            if name.split()[-1] in cues.division_suffixes and _kind(s) != "platform":
                out.add(name, "owned_by", short, m.sentence, (m.start, m.end), "relations.named_division")
                continue
            if name.split()[-1] in cues.group_suffixes and _kind(s) == "brand" and _kind(m) == "group":
                out.add(short, "owned_by", name, m.sentence, (m.start, m.end), "relations.named_group")
            elif name.split()[-1] not in cues.group_suffixes and _kind(m) == "group" and lookup(name) is None:
                out.add(name, "owned_by", short, m.sentence, (m.start, m.end), "relations.named_unit")


def _operates(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    for cue in out.hits("operates", sentence):
        before = [m for m in here if m.end <= cue.start() and _kind(m) == "group"]
        after = [m for m in here if m.start >= cue.end() and _kind(m) == "platform" and _near(cue.end(), m, 40)]
        if before and after:
            out.add(before[-1].entry.name, "operates", after[0].entry.name, sentence.index, (cue.start(), cue.end()),
                    "relations.operates")
        elif not after:
            _operated_platform(article, sentence, here, cue, out)
    text = article.text
    for m in here:  # "through the house's own bidding app, R&V Live": the house runs it
        if _kind(m) == "platform" and cues.own_platform.search(text, max(sentence.start, m.start - 60), m.start):
            owner = _referent(article, sentence, [x for x in earlier + here if x.end <= m.start], m.start, out) \
                or out.main_org
            if owner is not None and _kind(owner) != "platform" and not _related(owner, m):
                out.add(owner.entry.name, "operates", m.entry.name, sentence.index, (m.start, m.end),
                        "relations.own_platform")
    for cue in out.hits("operated_by", sentence):
        # "Velaris, operated by the group X"; "Le site, lancé en 2019 et exploité par le groupe X": the platform
        # named before, else the platform the article is about when a platform noun opens the clause
        company = next((m for m in here if m.start >= cue.end() and _kind(m) == "group"), None)
        if company is None or len(text[cue.end() : company.start].split()) > 4 \
                or re.search(r"[,;:.()]", text[cue.end() : company.start]):
            continue
        # "a WeChat mini-programme, operated by an agency": a store on the platform, not the platform
        platform = _last([m for m in here if m.end <= cue.start()],
                         lambda m: _kind(m) == "platform" and not cues.store_after.match(text[m.end : m.end + 20])
                         and not cues.store_before.search(text[max(0, m.start - 20) : m.start]))
        if platform is None and out.main_org is not None and _kind(out.main_org) == "platform" \
                and cues.platform_noun_after.search(" " + text[sentence.start : cue.start()]):
            platform = out.main_org
        if platform is not None and not _related(platform, company):
            out.add(company.entry.name, "operates", platform.entry.name, sentence.index, (cue.start(), company.end),
                    "relations.operated_by")


def _operated_platform(article, sentence, here, cue, out: _Out) -> None:
    """ "X, the pre-owned platform the group operates in Europe", "X, la piattaforma che il gruppo gestisce": the
    article's group runs the platform named just before, in an apposition of it."""
    text = article.text
    platform = _last([m for m in here if m.end <= cue.start()], lambda m: _kind(m) == "platform")
    if platform is None or out.main_group is None or cue.start() - platform.end > 80 \
            or not re.match(r"\s*,", text[platform.end : cue.start()]) \
            or re.search(r"[;:.()]", text[platform.end : cue.start()]):
        return
    words = re.findall(r"[^\W\d_]+", fold(text[max(platform.end, cue.start() - 25) : cue.start()]))
    if words and _nouns(article.language).get(words[-1]) == "group" and not _related(out.main_group, platform):
        out.add(out.main_group.entry.name, "operates", platform.entry.name, sentence.index, (platform.start, cue.end()),
                "relations.operated_platform")


def _owner_anaphor(article, sentence, here, earlier, cues: _Cues, out: _Out) -> None:
    """ "Shares in X fell after the owner of the jeweller A and the watchmaker B reported ...", "Le propriétaire de A,
    de B et du chausseur C a annoncé": an owner named by its role is the article's group (named before), and the
    labels listed after the cue are its own."""
    group = out.main_group
    if group is None:
        return
    text = article.text
    prev: Mention | None = None
    for m in here:
        # "Le groupe familial, qui détient aussi la marque de soins X": the group spoken of owns X; "Y, le groupe
        # familial qui possède aussi X": Y, the group in apposition
        window = text[prev.end if prev is not None else sentence.start : m.start]
        owner = group
        if prev is not None and re.match(r"\s*,", window):
            owner = prev if _kind(prev) != "platform" else None  # the text calls it a group
        elif not any(x.entry.name == group.entry.name and x.sentence >= sentence.index - 2 for x in earlier):
            owner = None
        prev = m
        if owner is not None and cues.group_owns.search(window) and not _minority(window, 0, len(window), cues):
            for child in _coordinated_after(article, here, here.index(m), cues):
                if child.entry.name != owner.entry.name and not _related(child, owner):
                    out.add(child.entry.name, "owned_by", owner.entry.name, sentence.index, (child.start, child.end),
                            "relations.group_owns")
    for cue in out.hits("owner_anaphor", sentence):
        before = [m for m in here if m.end <= cue.start()]
        if before and re.fullmatch(r"\s*,\s*", text[before[-1].end : cue.start()]):
            continue  # "X, the owner of A": an apposition, _owned_by's
        if not (before and before[0].entry.name == group.entry.name) and \
                not any(m.entry.name == group.entry.name and m.sentence >= sentence.index - 2 for m in earlier):
            continue  # the group must have been named just before
        after = [m for m in here if m.start >= cue.end()]
        if not after or len(text[cue.end() : after[0].start].split()) > 3 or re.search(r"[,;:.]", text[cue.end() :
                                                                                                         after[0].start]):
            continue
        children = [after[0]]
        for nxt in after[1:]:
            gap = _between(article, children[-1], nxt)
            if not (cues.rejoin.match(gap) or cues.joined_noun.match(gap)):
                break
            children.append(nxt)
        for child in children:
            if not _related(child, group):
                out.add(child.entry.name, "owned_by", group.entry.name, sentence.index, (cue.start(), child.end),
                        "relations.owner_anaphor")
