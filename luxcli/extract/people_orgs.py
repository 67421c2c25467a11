"""Choosing the organisation of a role the text does not name beside its title.

An anaphor ("the group's", "son PDG") stands for an organisation of its sentence or paragraph, its noun picking
the kind ("du groupe" a group, "the house" a brand); a bare title belongs to the paragraph's topic or the
article's main subject; a family member's title belongs to the house bearing the family name.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from luxcli.extract import org_discovery
from luxcli.extract.orgs import Mention, lookup
from luxcli.extract.people_masthead import masthead_spans
from luxcli.extract.people_state import Found, PeopleState
from luxcli.model import Article
from luxcli.text import fold, fold_keep_length

# An organisation with at most this many words before it in its sentence is what the sentence is about.
_TOPIC_WORDS = 3
# a quotation: « ... », “ ... ”, " ... " (within a paragraph)
# an opening of one to three lower-case words and a comma: "La società, ", "The young company, "
_NOUN_OPENING = re.compile(r"\s*[\w'’-]+(?:\s+[^\W\d_A-Z][\w'’-]*){0,2}\s*,\s*")
_QUOTE = re.compile(r"«[^»\n]{1,600}»|“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"")


class OrgChooser(PeopleState):
    """The organisation a title implies, and the kind nouns that stand for one."""

    def __init__(self, article: Article, mentions: list[Mention]) -> None:
        super().__init__(article, mentions)
        self.main_subjects: dict[str | None, str | None] = {}  # kind -> the article's main organisation
        self.described = self._described_as()
        self.short_workplaces = self._short_workplaces()

    def _described_as(self) -> dict[str, str]:
        """Kind nouns the article says of one organisation ("A, young label from Lyon", "the label A"): a later
        "the label" stands for it. A noun said of two organisations stands for neither."""
        nouns = self.lex.brand_words | self.lex.group_words
        said: dict[str, set[str]] = {}
        for m in self.mentions:
            after = re.match(r",\s+([^,.;:()]{0,40})", self.folded[m.end:m.end + 45])
            words = re.findall(r"[^\W\d_]+", after.group(1))[:4] if after else []
            # right before, in the same phrase: not "the leather goods house, which A bought"
            before = re.split(r"[,.;:()]", self.folded[max(0, m.start - 25):m.start])[-1]
            words += re.findall(r"[^\W\d_]+", before)[-2:]
            for noun in {w for w in words if w in nouns}:
                said.setdefault(noun, set()).add(m.entry.name)
        return {noun: names.pop() for noun, names in said.items() if len(names) == 1}

    def _short_workplaces(self) -> dict[int, str]:
        """A family's surname right after "joined" standing for its house ("rejoint Quillac comme directeur" for the
        house Quillac Paris): no person there but the organisation, by its start. Such names are no people."""
        found: dict[int, str] = {}
        # only a single word of a longer organisation's name can be one (a cheap gate before the verb scan)
        words = {w for m in self.mentions if " " in m.entry.name for w in m.entry.name.split()}
        for f in self.found:
            if f.full or f.text not in words or (f.span and f.span.org_covered):
                continue
            s_start, _ = self._sentence_span(f.sentence)
            joined = list(self.lex.joined_re.finditer(self.folded, max(s_start, f.start - 40), f.start))
            if not joined or self.folded[joined[-1].end():f.start].strip():
                continue
            name = self._org_name(f.text)
            if name != f.text and any(m.entry.name == name for m in self.mentions):
                f.org_like = True
                found[f.start] = name
        return found

    def _described_in(self, start: int, end: int) -> str | None:
        """The organisation a kind noun of this stretch stands for ("Behind the label, ...")."""
        for word in re.findall(r"[^\W\d_]+", self.folded[start:end]):
            if word in self.described:
                return self.described[word]
        return None

    def _subject_org(self, pos: int, sent: int, anaphor: str = "", strict: bool = False) -> str | None:
        """The organisation a title implies: the sentence's, the paragraph's, else the article's main subject.

        An anaphor's noun prefers a kind ("du groupe" a group, "the house" a brand) and may reach back to any
        organisation of its paragraph. A bare title takes only the paragraph's topic (an organisation opening
        a sentence), not a rival named in passing.
        """
        kind = self._anaphor_kind(anaphor)
        s_start, _ = self._sentence_span(sent)
        para = self.text.rfind("\n", 0, pos) + 1
        if anaphor:
            # "the house" is always a brand; "the group" may also be a brand's own company
            for i, want in enumerate((kind, None) if kind == "group" else (kind,)):
                found_lo = self._clause_start(s_start, pos)
                for lo in (found_lo, s_start, para):
                    # not an earlier employer named on the way ("previously head of digital at A")
                    found = [m for m in self._orgs_between(lo, pos) if (want is None or m.entry.kind == want)
                             and not self._left_employer(m) and not self._owner_aside(m)
                             and not self._quoted_away(m, pos)]
                    described = self._described_in(s_start, pos) if lo == para and not i else None
                    if described and (any(m.entry.name == described for m in found)
                                      or not (any(m.entry.name == self._main_subject(want) for m in found)
                                              or self._opened_on_last(found, para, pos, want))):
                        # the organisation a kind noun of the sentence described ("Behind the label"), unless the
                        # paragraph names the article's own subject of that kind and not it ("A. La maison
                        # milanese, ...": "la maison" said of another house far away), or opens on another one
                        # ("Chez B, X a doublé les ventes. La maison ...": B)
                        return described
                    if want is None:  # "its chief marketing officer": a house or a company employs, a platform rarely
                        found = [m for m in found if m.entry.kind != "platform"] or found
                    hirer = self._hirer(found, lo, pos) if lo == found_lo and len(anaphor.split()) == 1 else None
                    if hirer:
                        return hirer
                    if found and lo == para and self._opens_sentence(sent, s_start, pos, para):
                        # "La maison R, filiale de G, ... Son directeur général, X": the anaphor opening a sentence
                        # speaks of the organisation the sentence before is about, not of one named in passing
                        topic = self._sole_subject(sent - 1, want)
                        if topic and any(m.entry.name == topic for m in found):
                            return topic
                    if found and lo == para and len(anaphor.split()) == 1 and len({m.entry.name for m in found}) > 1:
                        # several organisations earlier in the paragraph: the article's subject, if one of them,
                        # is what "its head of watches" opening a sentence speaks of, not a rival named first (a
                        # noun, "the venture's", describes its own antecedent)
                        main = self._main_subject(want) or self._main_subject(None)
                        if any(m.entry.name == main for m in found) or self._short_form_in(main, para, pos):
                            return main
                    if found:
                        return found[0].entry.name
                if want is not None and set(re.findall(r"[^\W\d_]+", anaphor)) & self.lex.firm_words:
                    # "the firm's head of research": a firm is never a brand; the article's firm named before
                    # rather than a brand the paragraph mentions
                    main = self._main_subject(want)
                    if main and any(m.entry.name == main and m.start < pos for m in self.mentions):
                        return main
            if sent > 0 and para >= s_start:
                # a paragraph opening on a kind noun speaks of the organisation the sentence before opened on:
                # "Chez A, X a doublé les ventes. La maison n'a pas encore nommé son successeur"
                topic = self._paragraph_topic(*self._sentence_span(sent - 1), kind)
                if topic:
                    return topic
                topic = self._kind_noun_subject(self._previous_paragraph(para), para - 1, kind)
                if topic:
                    return topic
        else:
            opening = self.lex.anaphor_re.match(self.folded, s_start)
            if opening and len(opening.group(0).split()) > 1 and opening.end() <= pos:
                # "La maison milanese, controllata dal gruppo A, ha annunciato l'uscita del direttore creativo X":
                # the sentence is about the house its subject stands for, not the owner in the apposition
                return self._subject_org(pos, sent, opening.group(0), strict)
            # not an earlier employer named on the way ("X, formerly of A, becomes chief executive")
            found = [m for m in self._orgs_between(self._clause_start(s_start, pos), pos)
                     if not self._left_employer(m)]
            hirer = self._appointer(found, s_start, pos)
            if hirer:
                return hirer
            if found:
                return found[0].entry.name
            topic = self._paragraph_topic(para, pos)
            if topic:
                return topic
        return self._kind_subject(kind, pos) or (None if strict else self._main_subject(None))

    def _appointer(self, found: list[Mention], s_start: int, pos: int) -> str | None:
        """ "A named X as chief officer, and the label B has hired Y as managing director": the person at `pos` right
        after an appointing verb works for that verb's subject, the organisation named last before the verb (not one in
        an aside: "A, owner of B, named X"), not the first one of the sentence."""
        verb = self.lex.promotion_verb_re.search(self.folded, max(s_start, pos - 30), pos)
        if verb is None:
            return None
        before = [m for m in found if m.end <= verb.start() and not self._in_apposition(m)]
        return before[-1].entry.name if len(before) > 1 else None

    def _opening_noun_topic(self, sent: int, pos: int) -> str | None:
        """A sentence opening on a definite common noun and a comma ("La società, fondata nel 2021 da X", "The
        company, founded by X", "L'azienda milanese, guidata da X") speaks of the organisation the sentence before
        opened on, not of an investor or a partner that sentence named later. "The house" stays a brand."""
        s_start, _ = self._sentence_span(sent)
        article = self.lex.article_re.match(self.folded[s_start:pos] + " ")
        # a common noun after the article: not "L'Oréal, founded by" nor "La Perla, fondata da"
        if sent == 0 or not article or not _NOUN_OPENING.fullmatch(self.text, s_start, pos) \
                or not self.text[s_start + article.end():pos].lstrip()[:1].islower():
            return None
        kind = self._anaphor_kind(self.folded[s_start:pos])
        p_start, p_end = self._sentence_span(sent - 1)
        if p_start >= self.text.rfind("\n", 0, pos) + 1:
            topic = self._paragraph_topic(p_start, p_end, kind) if kind == "brand" else \
                self._paragraph_topic(p_start, p_end, kind) or self._paragraph_topic(p_start, p_end)
            # not an earlier employer of someone the sentence before describes ("già direttore di A, X è ...")
            named = {m.entry.name for m in self._orgs_between(p_start, p_end)
                     if (kind != "brand" or m.entry.kind == kind) and not self._left_employer(m)}
            if topic or len(named) == 1:  # the sentence before opened on it, or named only it
                return topic or named.pop()
        # else the article's subject: the noun is no name of its own ("L'azienda, fondata nel 1971 da X")
        return self._main_subject(kind if kind == "brand" else None)

    def _hirer(self, found: list[Mention], lo: int, pos: int) -> str | None:
        """ "A showed ..., and its rival B, a group's maison, has hired X, until 2025 at C, as head of its
        archive": a possessive after the person named in the clause speaks of the organisation acting on that
        person, the last one named before the name outside an aside, not the first of the clause."""
        # the title's stretch opens on the person: "has hired X ... as head of its"
        name = next((f for f in self._names_between(pos, pos + 80) if f.full and not (f.span and f.span.org_covered)),
                    None)
        if name is None or name.start - pos > 2:
            return None
        before = [m for m in found if m.end <= name.start]
        if len(before) < 2:
            return None
        kept = [m for m in before if not self._in_apposition(m)]
        return kept[-1].entry.name if kept else None

    def _kind_noun_subject(self, start: int, end: int, kind: str | None) -> str | None:
        """The organisation a paragraph speaks of through a kind noun as its subject, when it names none itself
        ("Fondée en 1926 par X, la maison appartient à ... Elle réalise ..."): "Sa directrice générale" opening
        the next paragraph speaks of the same house."""
        if self._orgs_between(start, end) and self._paragraph_topic(start, end):
            return None
        s_end = self._sentence_span(self._sentence(start))[1]
        noun = next((m for m in self.lex.anaphor_re.finditer(self.folded, start, min(end, s_end))
                     if len(m.group(0).split()) > 1 and self._anaphor_kind(m.group(0))), None)
        if noun is None or (kind is not None and self._anaphor_kind(noun.group(0)) != kind):
            return None
        return self._main_subject(self._anaphor_kind(noun.group(0)))

    def _quoted_away(self, m: Mention, pos: int) -> bool:
        """A mention inside a quotation the anaphor at `pos` is not in: « A continue de gagner », a déclaré la
        présidente du groupe: what a speaker talks about is no antecedent of the words introducing the speaker."""
        spans = self.__dict__.get("_quote_spans")
        if spans is None:
            spans = self.__dict__["_quote_spans"] = [q.span() for q in _QUOTE.finditer(self.text)]
        return any(a <= m.start and m.end <= b and not a <= pos < b for a, b in spans)

    def _sole_subject(self, sent: int, kind: str | None) -> str | None:
        """The organisation opening a sentence when every other one it names sits in the aside right after it
        ("A, controlled by B, raised its prices", "A, che lavora per B, ha aperto"): no rival clause subject."""
        p_start, p_end = self._sentence_span(sent)
        topic = self._paragraph_topic(p_start, p_end, kind)
        first = next((m for m in self._orgs_between(p_start, p_end) if m.entry.name == topic), None)
        if first is None:
            return None
        aside = re.match(r"\s*,[^,;:]{0,160},", self.text[first.end:p_end])
        aside_end = first.end + aside.end() if aside else first.end
        if all(m.entry.name == topic or m.start < aside_end for m in self._orgs_between(p_start, p_end)):
            return topic
        return None

    def _opens_sentence(self, sent: int, s_start: int, pos: int, para: int) -> bool:
        """The title at `pos` opens its sentence ("Its new chief executive", "La sua direttrice") and the
        sentence before is in the same paragraph."""
        return sent > 0 and self._sentence_span(sent - 1)[0] >= para and len(self.folded[s_start:pos].split()) <= 3

    def _kind_subject(self, kind: str | None, pos: int) -> str | None:
        """The article's main organisation of a kind, unless named only once, after the title, while the article's
        main subject is named again and again: "il marchio" speaks of the subject then, not of a rival named later
        (its kind read from its name is no proof)."""
        main = self._main_subject(kind)
        if kind is None or main is None:
            return main
        overall = self._main_subject(None)
        named = [m for m in self.mentions if m.entry.name == main]
        if len(named) == 1 and named[0].start > pos and sum(m.entry.name == overall for m in self.mentions) >= 3:
            return overall
        return main

    def _opened_on_last(self, found: list[Mention], para: int, pos: int, kind: str | None) -> bool:
        """The organisation named last before `pos` opens a sentence of the paragraph ("Chez B, ...")."""
        return bool(found) and self._paragraph_topic(para, pos, kind) == found[-1].entry.name

    def _short_form_in(self, name: str | None, start: int, end: int) -> bool:
        """A distinctive word of an organisation's name written alone in a stretch ("Kessock" for Kessock Yarns,
        "Kelbrook" for Filature Kelbrook): not a kind noun or a legal suffix."""
        words = name.split() if name and len(name.split()) > 1 else []
        kinds = self.lex.brand_words | self.lex.group_words
        return any(len(w) >= 4 and w[0].isupper() and fold(w) not in kinds and w not in self.lex.org_suffixes
                   and w not in self.lex.org_designators
                   and re.search(rf"(?<![\w&]){re.escape(w)}(?![\w&])(?!\s+[A-Z])", self.text[start:end])
                   for w in words)

    def _clause_start(self, s_start: int, pos: int) -> int:
        """Where the clause holding `pos` starts: after the last contrastive joiner ("while", "mentre") if any."""
        ends = [m.end() for m in self.lex.clause_break_re.finditer(self.folded, s_start, pos)]
        return ends[-1] if ends else s_start

    def _left_employer(self, m: Mention) -> bool:
        """A mention of someone's earlier employer: "formerly of A", "ancien de A", "arrivato da A"."""
        # asked of the same mentions again and again (each kind's main subject reads them all): read once
        known = self.__dict__.setdefault("_left_employers", {})
        key = (m.start, m.sentence)
        if key not in known:
            s_start, _ = self._sentence_span(m.sentence)
            came = self.lex.came_from_re.search(self.folded, max(s_start, m.start - 70), m.start)
            known[key] = bool(
                (came and not self._thing_subject(s_start, came.start()))
                # "formerly general manager of A", "previously head of digital at A": in the same phrase
                or self.lex.past_before_re.search(self.folded[max(s_start, m.start - 45):m.start].split(",")[-1]))
        return known[key]

    def _thing_subject(self, s_start: int, cue: int) -> bool:
        """A sentence opening on a common noun phrase right before "came from": "Another highlight came from A", "La
        surprise vient de A" speak of a thing's origin, not of a person's earlier employer. A title word ("The
        designer came from A"), a pronoun or a name makes the subject a person."""
        words = self.text[s_start:cue].split()
        return 2 <= len(words) <= 6 and all(w.isalpha() for w in words) and all(w.islower() for w in words[1:]) \
            and not self.lex.pronoun_word_re.search(self.folded, s_start, cue) \
            and not self.lex.title_re.search(self.folded, s_start, cue)

    def _owner_aside(self, m: Mention) -> bool:
        """An owner named in passing: "La marque, détenue par A depuis 2019, ... son directeur"."""
        s_start, _ = self._sentence_span(m.sentence)
        lo = max(s_start, m.start - 70)
        # "contrôlée depuis 2023 par A", "controlled since 2023 by the investor A": the date goes, not the cue
        window = self.lex.since_re.sub(lambda d: " " * len(d.group(0)), self.folded[lo:m.start])
        window = re.sub(r"(?<=\S)\s+(?=\S)", " ", window)
        cues = list(self.lex.owned_by_re.finditer(window))
        return bool(cues) and "," not in window[cues[-1].end():] and len(window) - cues[-1].end() <= 40

    def _paragraph_topic(self, start: int, end: int, kind: str | None = None) -> str | None:
        """The organisation a paragraph is about: one opening one of its sentences ("Chez A, ...", "A said")."""
        for m in self._orgs_between(start, end):
            if (kind is None or m.entry.kind == kind) and not self._left_employer(m) \
                    and len(self.text[self._sentence_span(m.sentence)[0]:m.start].split()) <= _TOPIC_WORDS:
                return m.entry.name
        return None

    def _previous_paragraph(self, para: int) -> int:
        """Where the non-empty paragraph before the one starting at `para` starts."""
        end = para - 1
        while end > 0 and not self.text[self.text.rfind("\n", 0, end) + 1:end].strip():
            end = self.text.rfind("\n", 0, end)
        return self.text.rfind("\n", 0, max(end, 0)) + 1

    def _anaphor_kind(self, anaphor: str) -> str | None:
        words = set(re.findall(r"[^\W\d_]+", anaphor))
        if words & (self.lex.group_words | self.lex.firm_words):
            return "group"
        if words & self.lex.brand_words:
            return "brand"
        return None

    def _main_subject(self, kind: str | None) -> str | None:
        """The organisation the article is about: the most named one (of `kind`), a headline mention counting
        once more, a mention as someone's earlier employer not at all; ties go to the first named."""
        if kind in self.main_subjects:
            return self.main_subjects[kind]
        # an earlier employer ("già direttore di A fino al 2023", "formerly of A") is not what the article is about
        # nor is the publication naming itself in the byline or the copyright line ("© The Watch Quire")
        mentions = [m for m in self.mentions if (kind is None or m.entry.kind == kind) and not self._left_employer(m)
                    and not self._in_masthead(m.start)]
        counts = Counter(m.entry.name for m in mentions)
        first: dict[str, int] = {}
        for m in mentions:
            first.setdefault(m.entry.name, m.start)
        headline_end = self.a.sentences[0].end if self.a.sentences else 0
        best = max(counts, key=lambda n: (counts[n] + (first[n] < headline_end), -first[n])) if counts else None
        if kind is None and best is not None:
            best = self._owner_speaking(best, mentions) or best
        self.main_subjects[kind] = best
        return best

    def _in_masthead(self, pos: int) -> bool:
        spans = self.__dict__.get("_masthead")
        if spans is None:
            spans = self.__dict__["_masthead"] = masthead_spans(self.a)
        return any(a <= pos < b for a, b in spans)

    def _owner_speaking(self, brand: str, mentions: list[Mention]) -> str | None:
        """The group that owns the article's main brand, when the article speaks of "the group" ("group sales"):
        its executives then speak for the owner. The owner is a company the lexicon does not know, introduced
        before the brand in a sentence naming it ("X Group, the owner of the house B"): a known group beside
        its famous house (LVMH, Louis Vuitton) is context, the house stays the subject."""
        entry = next(m.entry for m in mentions if m.entry.name == brand)
        if entry.kind != "brand":
            return None
        named = [m for m in mentions if m.entry.name == brand]
        owners = [m.entry.name for m in mentions if m.entry.kind == "group" and lookup(m.entry.name) is None
                  and any(b.sentence == m.sentence and m.start < b.start
                          and self.lex.owner_cue_re.search(self.folded, m.end, b.start) for b in named)]
        if not owners or not self.lex.group_word_re.search(self.folded):
            return None
        return owners[0]

    def _kind_of(self, org: str | None) -> str | None:
        return next((m.entry.kind for m in self.mentions if m.entry.name == org), None)

    def _house_named_after(self, person: Found, kind: str | None = None, chosen: str | None = None) -> str | None:
        """The article's organisation bearing the person's surname ("Casa Ferlan" for Aldo Ferlan): where the
        text gives no organisation, a family member's title is at the family house, not the article's topic.
        A title at a brand stays at a brand unless the family's holding was named since the previous paragraph:
        a holding named once, far away, owns the house the title is at."""
        surname = person.text.split()[-1]
        near = self._previous_paragraph(self.text.rfind("\n", 0, person.start) + 1)
        bearing = [m for m in self.mentions
                   if m.entry.name != person.text and surname in m.entry.name.split()
                   and not self._other_persons_name(m.entry.name, surname)
                   and (kind != "brand" or m.entry.kind == "brand" or near <= m.start < person.start)]
        houses = Counter(m.entry.name for m in bearing)
        if len(houses) <= 1:
            return next(iter(houses), None)
        if chosen is None or chosen in houses:
            return chosen
        # several of the family's organisations ("Gruppo F", the label "F 1921", the holding "F & Figli") and the
        # context chose none of them: the one the person's own sentence names, else the one the article names most
        # (its subject, not the vehicle named once), first among those of the context's kind; a tie says nothing
        here = {m.entry.name for m in bearing if m.sentence == person.sentence}
        if len(here) == 1:
            return here.pop()
        # of the kind the context asked for, if any is ("del gruppo": the group, not the label)
        for among in ({m.entry.name for m in bearing if m.entry.kind == kind}, set(houses)):
            named = Counter(m.entry.name for m in self.mentions if m.entry.name in among).most_common(2)
            if len(named) == 1 or (len(named) == 2 and named[0][1] > named[1][1]):
                return named[0][0]
        return None

    def _relative_house(self, person: Found) -> str | None:
        """ "His sister, X, who chairs the board", "sa fille X, directrice": a relative introduced by a kin noun
        holds a bare title where the family member named before, bearing the same surname, holds a current one."""
        s_start, _ = self._sentence_span(person.sentence)
        if not person.full \
                or not self.lex.kin_name_re.search(self.folded[max(s_start, person.start - 30):person.start]):
            return None
        surname = person.text.split()[-1]
        for f in reversed(self.found):
            if f.start < person.start and f.full and f.text != person.text and f.text.split()[-1] == surname:
                orgs = [r.org for r, _ in f.roles if r.current and r.org and r.org != f.text]
                if orgs:
                    return orgs[0]
        return None

    def _only_as_owner(self, name: str, pos: int) -> bool:
        """Every mention of an organisation before `pos` names it as an owner in an apposition of another one
        ("R, filiale de A,", "R, owned by A,"); not the object of a main clause ("The house is backed by A. Its
        managing partner" speaks of A)."""
        before = [m for m in self.mentions if m.entry.name == name and m.start < pos]
        return bool(before) and all(self._owner_aside(m) and self._in_apposition(m) for m in before)

    def _in_apposition(self, m: Mention) -> bool:
        """A mention in an aside opened right after another organisation's name: "R, filiale de A"."""
        s_start, _ = self._sentence_span(m.sentence)
        comma = self.folded.rfind(",", s_start, m.start)
        return comma >= 0 and any(o.end <= comma and not self.text[o.end:comma].strip()
                                  for o in self._orgs_between(s_start, comma))

    def _other_persons_name(self, name: str, surname: str) -> bool:
        """ "Lia Ferlan" beside "Lanificio Ferlan", in an article saying a label bears its founder's name: a
        house bearing a relative's first name and the surname is that relative's own label, not the family's."""
        words = name.split()
        if len(words) != 2 or words[1] != surname or not self._eponymous_sentences() \
                or self._common_noun(words[0]):
            return False
        named = [m for m in self.mentions if m.entry.name == name]
        if any(self._article_before(m.start) for m in named):
            return False  # "il Calzaturificio X": an article before it, a common noun, no first name
        return any(m.sentence in self._eponymous_sentences() for m in named)

    def _brand_only(self, f: Found) -> bool:
        """A name covered by an organisation, unless it is the name of the person the house is named after and
        is written as a person's ("Lia Serra ha lasciato A", not "il marchio Lia Serra")."""
        if not (f.span and f.span.org_covered):
            return False
        if f.text not in self._namesakes():
            return not self._speaks_with_title(f)
        before = self.folded[max(0, f.start - 12):f.start].split()
        last = before[-1] if before else ""
        return last in self.lex.brand_words | self.lex.group_words or bool(
            self.lex.connector_re.fullmatch(f" {last} ")) or self._article_before(f.start)

    def _speaks_with_title(self, f: Found) -> bool:
        """ "explique Solenne Vauclair, fondatrice de la maison": a full name a speech verb introduces and a title
        follows is the person a house is named after; a house speaks through a statement, with no title."""
        i = bisect.bisect_left(self.title_starts, f.end)
        if not f.full or i >= len(self.titles) or not re.fullmatch(r",\s*", self.text[f.end:self.titles[i][0]]):
            return False
        s_start, _ = self._sentence_span(f.sentence)
        return bool(self.lex.verbs_before_re.search(self.folded[s_start:f.start]))

    def _namesakes(self) -> set[str]:
        """Houses named after a person (a full name, no common noun first, said to bear its founder's name)."""
        found = self.__dict__.get("_namesake_names")
        if found is None:
            found = self.__dict__["_namesake_names"] = set()
            if self._eponymous_sentences():
                covered = {f.text for f in self.found if f.full and f.span and f.span.org_covered}
                for name in {m.entry.name for m in self.mentions if m.entry.kind == "brand"} & covered:
                    named = [m for m in self.mentions if m.entry.name == name]
                    if 2 <= len(name.split()) <= 3 and not self._common_noun(name.split()[0]) \
                            and not any(self._article_before(m.start) for m in named) \
                            and any(m.sentence in self._eponymous_sentences() for m in named):
                        found.add(name)
        return found

    def _eponymous_sentences(self) -> set[int]:
        """The sentences saying a label bears its founder's name ("porta il suo nome"), found once."""
        cued = self.__dict__.get("_eponymous_cued")
        if cued is None:
            cued = self.__dict__["_eponymous_cued"] = {
                self._sentence(m.start()) for m in self._finditer(self.lex.eponymous_re)}
        return cued

    def _article_before(self, pos: int) -> bool:
        word = re.search(r"(\S*)\s*$", self.folded[max(0, pos - 8):pos]).group(1)
        return bool(word) and bool(self.lex.article_re.fullmatch(word + " ") or self.lex.article_re.fullmatch(word))

    def _common_noun(self, word: str) -> bool:
        """A capitalised word the article also writes in lower case ("Lanificio" and "il lanificio") or a kind
        noun: no first name."""
        cache = self.__dict__.setdefault("_common_nouns", {})
        if word not in cache:
            low = word[:1].lower() + word[1:]
            cache[word] = fold_keep_length(word) in self.lex.brand_words | self.lex.group_words \
                or re.search(rf"(?<![\w]){re.escape(low)}(?![\w])", self.text) is not None
        return cache[word]

    def _org_name(self, written: str) -> str:
        written = org_discovery.canonical(written, self.a.language)  # "Delmare SpA" is Delmare
        entry = lookup(written)
        if entry:
            return entry.name
        # a short form of an organisation the article names in full ("la Camera", "Brellon" for "Ottica Brellon")
        key = fold(written)
        for m in self.mentions:
            name = fold(m.entry.name)
            if name.startswith(key + " ") or name.endswith(" " + key):
                return m.entry.name
        return written
