"""What follows a title: "of/at/de/di ORG", the unit ("head of sales"), a region ("for Southeast Asia").

A region after a title is its scope, never an organisation; a capitalised pair after "at/chez/presso" is a
workplace, not a person.
"""

from __future__ import annotations

import functools
import re

from luxcli.extract.orgs import Mention
from luxcli.extract.people_divisions import DivisionReader
from luxcli.extract.people_lexicon import PeopleLexicon, people_lexicon
from luxcli.extract.people_state import STOP
from luxcli.text import fold_keep_length

# the capitalised word right before an organisation's mention
_LAST_WORD = re.compile(r"([A-ZÀ-Þ][^\W\d_]+)[ \t]+$")
_UNIT_WORDS = (re.compile(r"\s[a-zà-ÿ]+\s"), re.compile(r"\s[a-zà-ÿ]+\s[a-zà-ÿ]+\s"))


@functools.cache
def _trade_nouns(lang: str) -> frozenset[str]:
    """The kind nouns that may describe a workplace before its name ("the consultancy", "la maison")."""
    lex = people_lexicon(lang)
    return lex.brand_words | lex.group_words | lex.firm_words


class TitleTailReader(DivisionReader):
    """Reads the organisation, unit and region written after a title."""

    def _tail(self, pos: int, s_end: int, opened: bool = False) -> tuple[int, list[str], str | None, str]:
        """Read "of/at/de/di ORG [in REGION]" after a title: (end, orgs, scope, anaphor written)."""
        lex = self.lex
        post = lex.post_modifier_re.match(self.folded, pos, s_end)
        pos = post.end() if post else pos  # "directrice internationale de la joaillerie de A": the tail follows
        stop = STOP.search(self.text, pos, s_end)
        end = min(stop.start() if stop else s_end, pos + 100)
        self._org_after_connector(pos, end)
        # a person named next ends the tail, unless the name is a unit after "ORG's" ("Gucci's Global Retail")
        nxt = [f for f in self._names_between(pos, end) if not (f.span and f.span.org_covered)
               and not any(m.end <= f.start and re.fullmatch(r"['’]s\s+(?:[^\W\d_]+\s+){0,3}", self.text[m.end:f.start])
                           for m in self._orgs_between(max(0, f.start - 60), f.start))]
        if nxt and self._right_after_connector(pos, nxt[0].start):
            # "CEO of Vauclair" in an article about the Vauclair family, "responsabile sostenibilità del
            # Consorzio Conciatori Toscani": right after a title's connector, a name is a workplace
            nxt = nxt[1:]
        if nxt:
            end = nxt[0].start
        tail = self.text[pos:end]
        ftail = self.folded[pos:end]
        orgs: list[str] = []
        scope: str | None = None
        found_anaphor = lex.anaphor_re.search(ftail[:40])
        anaphor = found_anaphor.group(0) if found_anaphor else ""
        mentions = self._orgs_between(pos, end)
        if mentions and self._unknown_org_first(ftail, tail, mentions[0].start - pos):
            mentions = []  # "consultant at Quillon Lab and former director of A": the workplace is the unknown name
        if len(mentions) > 1 and self._served_then_workplace(pos, mentions[0], mentions[1]):
            # "head of retail for the Gulf Council at the consultancy Quorvex": whom the unit serves is its scope,
            # the workplace comes after "at"
            served, mentions = mentions[0], mentions[1:]
            tail_scope: str | None = served.surface
        else:
            served, tail_scope = None, None
        if mentions:
            first = mentions[0]
            # a region inside the unit ("commercial director for Europe at A") does not part title and org
            lead = self._before_trade_noun(self._without_region(pos, (served or first).start))
            # "head of" + unit + "at ORG", or a short unit written right after the title ("direttore retail di A")
            unit_then_org = (opened and len(lead) <= 60 and (not lead.strip() or lex.connector_end_re.search(lead))) \
                or self._short_unit(lead) or self._long_unit_at(lead)
            if not (lex.connector_re.match(lead) or unit_then_org) \
                    or (served is None and not lex.connector_re.match(lead)
                        and lex.came_from_re.search(self.folded, pos, first.start)):
                # "joined A as chief executive after a decade with B": B is where X was, not the title's
                return pos, [], None, anaphor
            scope = tail_scope or _clean_scope(self.text[pos:first.start], lex)
            if scope and fold_keep_length(scope) in lex.group_words | lex.brand_words:
                scope = None  # "of the group Arno": the noun belongs to the name, not a unit
            name = first.entry.name
            rest_end = first.end
            for m in mentions[1:]:
                if lex.joiner_re.fullmatch(self.folded[rest_end:m.start]):
                    orgs.append(m.entry.name)
                    rest_end = m.end
                else:
                    break
            rest = self.text[rest_end:end]
            extra, extra_scope, rest_end = self._after_org(self.text[first.start:first.end], rest, rest_end)
            if extra:
                name = self._org_name(extra)  # "Delmare SpA" is the Delmare of the article
            else:
                name = self._with_kind_word(first, pos) or name
            orgs.insert(0, name)
            scope = extra_scope or scope
            region = lex.scope_re.match(self.folded[rest_end:end])
            if region:
                at = rest_end + region.end()
                art = lex.article_re.match(self.folded[at:end])  # "pour l'Europe"
                run = self.lex.cap_run_re.match(self.text, at + (art.end() if art else 0))
                if run and run.end() <= end:
                    scope_end = run.end()
                    # "l'Europe de l'Ouest": a region's qualifier joined by a connector
                    more = lex.connector_re.match(self.folded[scope_end:end])
                    art = more and lex.article_re.match(self.folded[scope_end + more.end():end])
                    tail_run = more and self.lex.cap_run_re.match(
                        self.text, scope_end + more.end() + (art.end() if art else 0))
                    if tail_run and tail_run.end() <= end:
                        scope_end = tail_run.end()
                    scope = self.text[run.start():scope_end].rstrip(".")
                    rest_end = scope_end
            return rest_end, orgs, scope, anaphor
        conn = lex.connector_re.match(ftail)
        conn_end = conn.end() if conn else self._unit_then_connector(ftail)
        if conn_end is not None or opened:
            after = ftail[conn_end:] if conn_end is not None else ftail.lstrip()
            art = lex.article_re.match(after)
            offset = (conn_end if conn_end is not None else len(ftail) - len(after)) + (art.end() if art else 0)
            run = self.lex.cap_run_re.match(tail, offset)
            deeper = None if run else self._kind_then_name(tail, offset) or self._unit_then_name(tail, ftail, offset)
            if deeper:  # "responsabile della ricerca lusso di A": the unit, then the workplace
                return pos + deeper[0], [self._org_name(deeper[1])], deeper[2], anaphor
            head = re.match(r"\s+([^\W\d_]+)", tail[run.end():]) if run else None
            phrase = f"{art.group(0).strip()} {fold_keep_length(head.group(1))}" if art and head else ""
            if phrase and lex.anaphor_re.fullmatch(phrase):
                return pos + run.end() + head.end(), [], None, phrase  # "of the Roman company"
            if run and self._is_region(run.group(0)):
                return pos + run.end(), [], run.group(0).rstrip("."), anaphor  # "general manager for Southeast Asia"
            if run and not (len(run.group(0).split()) == 1 and run.group(0) in lex.not_names):
                return pos + run.end(), [self._org_name(run.group(0).rstrip("."))], None, anaphor
            if anaphor and (lex.anaphor_re.match(ftail.lstrip()) or lex.anaphor_re.match(after)):
                return end, orgs, None, anaphor  # "ambassador of the house": no unit
            words = re.match(r"\s*((?:[^\W\d_][\w'’\-]*\s*){1,5})", tail[offset:] if opened else tail)
            scope = _clean_scope(words.group(1), lex) if words else None
            return end, orgs, scope, anaphor
        return pos, orgs, scope, anaphor

    def _kind_then_name(self, tail: str, offset: int) -> tuple[int, str, None] | None:
        """ "de la maison Marvaux", "del gruppo Arno": a kind noun, then the organisation's name."""
        # the kind noun may come with what the house makes: "de la maison de chaussures A", "the shoe house A"
        noun = re.match(r"((?:[a-zß-öø-ÿ][\w'’]*\s+){1,4}?)(?=[^\W\d_a-zß-öø-ÿ])", tail[offset:])
        words = fold_keep_length(noun.group(1)).split() if noun else []
        kinds = self.lex.brand_words | self.lex.group_words
        if not words or not (words[0] in kinds or words[-1] in kinds) \
                or any(w in self.lex.cue_words for w in words):
            return None
        run = self.lex.cap_run_re.match(tail, offset + noun.end())
        if not run or self._is_region(run.group(0)) or run.group(0) in self.lex.not_names:
            return None
        return run.end(), run.group(0).rstrip("."), None

    def _unit_then_name(self, tail: str, ftail: str, offset: int) -> tuple[int, str, str] | None:
        """After a title's connector, up to three lower-case words of its unit, another connector and a
        capitalised name: (where the name ends, the name, the unit). A region there is a scope, not a name."""
        for n in (1, 2, 3):
            unit = re.match(rf"(?:[a-zà-ÿ][\w'’\-]*\s+){{{n}}}", tail[offset:])
            if not unit or ftail[offset:offset + unit.end()].split()[0] in self.lex.stopwords:
                return None
            at = offset + unit.end() - 1
            conn = self.lex.connector_re.match(ftail[at:])
            if not conn:
                continue
            art = self.lex.article_re.match(ftail[at + conn.end():])
            start = at + conn.end() + (art.end() if art else 0)
            run = self.lex.cap_run_re.match(tail, start)
            if not run or self._is_region(run.group(0)) or run.group(0) in self.lex.not_names:
                continue  # "dell'associazione di categoria A": the unit goes on
            if self._names_place(ftail[offset:at]):
                return None  # "commessa nella boutique di Plaza Sei": a place, the employer is unsaid
            return run.end(), run.group(0).rstrip("."), tail[offset:at].strip()
        return None

    def _short_unit(self, lead: str) -> bool:
        """ "direttore retail di A", "chef de cave adjoint de la maison A": at most two words of a unit, then a
        connector, an article and maybe the organisation's kind noun."""
        words = lead.split()
        if words and words[-1] in self.lex.brand_words | self.lex.group_words:
            lead = lead[:lead.rstrip().rfind(" ") + 1]
        if re.search(r"[\d.;:]", lead) or not self.lex.connector_end_re.search(lead):
            return False
        # a region qualifying the unit is no unit word: "directrice e-commerce Europe de A"
        words = lead.split()
        regional = [self._is_region(w) for w in words]
        # "Europe du Sud", "Medio Oriente": a short word between two region words belongs to the region
        for i in range(1, len(words) - 1):
            regional[i] = regional[i] or (regional[i - 1] and regional[i + 1] and len(words[i]) <= 3)
        kept = [w for w, r in zip(words, regional, strict=True) if not self.lex.article_re.fullmatch(w + " ") and not r]
        # three unit words when none is a function word: "directeur commercial international de A"
        three = len(kept) == 3 and not any(w in self.lex.stopwords for w in kept[:-1]) \
            and all(w.isalpha() for w in kept[:-1])
        return len(kept) <= 2 or three or self._kind_described(kept)

    def _kind_described(self, kept: list[str]) -> bool:
        """ "de la maison de chaussures A", "of the leather goods house A": a connector, the organisation's kind
        noun and a few lower-case words saying what it makes, then the name."""
        kinds = self.lex.brand_words | self.lex.group_words
        at = next((i for i, w in enumerate(kept[:3]) if w in kinds), None)
        if at is None or not self.lex.connector_re.match(" ".join(kept[:at]) + " "):
            return False
        rest = kept[at + 1:]
        return len(rest) <= 3 and all(w.isalpha() and w not in self.lex.cue_words for w in rest)

    def _before_trade_noun(self, lead: str) -> str:
        """ "head of leasing at property consultancy A", "responsabile retail della società di consulenza A", "au
        cabinet de conseil A": the trade noun describing the workplace after the last connector is part of its
        name's description, not of the unit; the lead ends at that connector."""
        kinds = _trade_nouns(self.a.language)
        if kinds.isdisjoint(lead.split()):
            return lead  # no trade noun at all: most leads
        for conn in self.lex.connector_anywhere_re.finditer(lead):
            rest = lead[conn.end():].split()
            if 1 <= len(rest) <= 4 and any(w in kinds for w in rest[:3]) \
                    and all(w.isalpha() and w.islower() for w in rest):
                return lead[:conn.end()]
        return lead

    def _long_unit_at(self, lead: str) -> bool:
        """ "directrice industrielle de la maroquinerie chez A": a longer unit of lower-case words, then a
        connector that only names a workplace ("at", "chez", "presso")."""
        words = lead.split()
        if not words or len(words) > 7 or re.search(r"[\d.;:,()]", lead) or self.lex.duration_re.search(lead):
            return False  # "CEO in April after nine years at A": a time on the way, no unit
        opens_unit = words[0] not in self.lex.stopwords or bool(self.lex.connector_re.match(" " + words[0] + " "))
        return opens_unit and bool(self.lex.workplace_end_re.search(lead))

    def _unit_then_connector(self, ftail: str) -> int | None:
        """ "direttore commerciale di A", "head of sales at A": one or two lower-case words of the unit, then
        the connector; where the connector ends, else None."""
        for unit in _UNIT_WORDS:
            m = unit.match(ftail)
            conn = m and self.lex.connector_re.match(ftail[m.end() - 1:])
            if conn:
                if self._names_place(ftail[:m.end()]):
                    return None  # "commessa nella boutique di Plaza Sei": a place, the employer is unsaid
                return m.end() - 1 + conn.end()
        return None

    def _names_place(self, unit: str) -> bool:
        words = unit.split()
        return bool(words) and (words[-1] in self.lex.place_nouns or " ".join(words[-2:]) in self.lex.place_nouns)

    def _served_then_workplace(self, pos: int, served: Mention, workplace: Mention) -> bool:
        """"for/pour/per A" then "at/chez/presso [the consultancy] B", nothing else between: B employs."""
        lex = self.lex
        if not lex.region_end_re.search(self.folded, max(pos, served.start - 25), served.start):
            return False
        gap = self.folded[served.end:workplace.start]
        return len(gap) <= 50 and bool(lex.workplace_start_re.match(gap)) and not re.search(r"[,;:.]", gap)

    def _with_kind_word(self, first: Mention, pos: int) -> str | None:
        """The kind word written before a mention belongs to the name: "CEO of Maisons Quvel", "presidente del
        Calzaturificio Ombra" name the company as the title's tail writes it."""
        word = _LAST_WORD.search(self.text, pos, first.start)
        if not word or word.group(1) not in self.lex.org_prefixes:
            return None
        return self._org_name(f"{word.group(1)} {first.surface}")

    def _right_after_connector(self, pos: int, at: int) -> bool:
        ftail = self.folded[pos:at]
        conn = self.lex.connector_re.match(ftail)
        conn_end = conn.end() if conn else self._unit_then_connector(ftail)
        if conn_end is None:
            return False
        art = self.lex.article_re.match(ftail[conn_end:])
        return pos + conn_end + (art.end() if art else 0) == at

    def _unknown_org_first(self, ftail: str, tail: str, known_at: int) -> bool:
        """A capitalised name right after the title's connector, before the first known organisation."""
        conn = self.lex.connector_re.match(ftail)
        conn_end = conn.end() if conn else self._unit_then_connector(ftail)  # "direttore commerciale di X"
        if conn_end is None:
            return False
        art = self.lex.article_re.match(ftail[conn_end:])
        offset = conn_end + (art.end() if art else 0)
        run = self.lex.cap_run_re.match(tail, offset)
        if not run or offset + len(run.group(0).rstrip(".")) > known_at or self._is_region(run.group(0)):
            return False
        words = run.group(0).rstrip(".").split()
        after = ftail[offset + len(run.group(0)):]
        # the name ends its phrase ("at Quillon Lab and ..."), unlike a unit's first word ("the B2C retail team")
        ends = not after.strip() or re.match(r"\s*[,;.:)]", after) \
            or self.lex.joiner_re.fullmatch(f" {after.split()[0]} ")
        return bool(ends) and not (len(words) == 1 and words[0] in self.lex.not_names)

    def _unit_end(self, title_end: int, tail_end: int, s_end: int) -> int:
        """Where the words qualifying a title stop: its tail, or a few words, a comma or a name after it."""
        end = min(s_end, title_end + 40)
        stop = STOP.search(self.text, title_end, end)
        names = self._names_between(title_end, end)
        return max(tail_end, min([end, *([stop.start()] if stop else []), *[n.start for n in names[:1]]]))

    def _region_in(self, start: int, end: int) -> str | None:
        """A region named in a title's unit ("head of sales for the Gulf") is its scope."""
        for m in self.lex.region_at_re.finditer(self.folded, start, end):
            run = self.lex.cap_run_re.match(self.text, self._after_region_noun(m.end()))
            name = re.split(r"\.\s", run.group(0))[0].rstrip(".") if run else ""  # not into the next sentence
            if name and run.start() + len(name) <= end and self._is_region(name):
                return name
        return None

    def _without_region(self, start: int, end: int) -> str:
        """The folded text between `start` and `end` with a region phrase ("for Europe", "pour l'Asie") removed."""
        folded = self.folded[start:end]
        for m in self.lex.region_at_re.finditer(self.folded, start, end):
            run = self.lex.cap_run_re.match(self.text, self._after_region_noun(m.end()))
            name = run.group(0).rstrip(".") if run else ""
            if name and run.start() + len(name) <= end and self._is_region(name):
                after = self._coordinated_region_end(run.start() + len(name), end)
                return folded[:m.start() - start] + " " + folded[after - start:]
        return folded

    def _coordinated_region_end(self, at: int, end: int) -> int:
        """Past a second region joined to the first ("per il Medio Oriente e l'Africa", "for the Middle East and
        Africa"): where the regions end."""
        joiner = re.match(r"\s+(\S+)\s+", self.folded[at:end])
        if not joiner or not self.lex.joiner_re.fullmatch(f" {joiner.group(1)} "):
            return at
        pos = at + joiner.end()
        art = self.lex.article_re.match(self.folded[pos:pos + 8])
        pos = self._after_region_noun(pos + (art.end() if art else 0))
        run = self.lex.cap_run_re.match(self.text, pos)
        name = run.group(0).rstrip(".") if run else ""
        return pos + len(name) if name and pos + len(name) <= end and self._is_region(name) else at

    def _after_region_noun(self, at: int) -> int:
        """Past a noun naming a region's kind ("per l'area Asia-Pacifico"): where the region's name starts."""
        noun = self.lex.region_noun_re.match(self.folded, at)
        return noun.end() if noun else at

    def _is_region(self, run: str) -> bool:
        return fold_keep_length(re.split(r"[\s\-]+", run.rstrip("."))[-1]) in self.lex.region_words

    def _org_after_connector(self, pos: int, end: int) -> None:
        """A capitalised pair right after "at/chez/presso" names a workplace, not a person ("at Quillon Research")."""
        for f in self._names_between(pos, end):
            if f.full and not (f.cue or f.roles) and self.lex.workplace_re.match(self.folded[pos:f.start]):
                f.org_like = True
            break

    def _after_org(self, surface: str, rest: str, offset: int) -> tuple[str | None, str | None, int]:
        """Words after an organisation: a fuller company name, a unit or a region."""
        lex = self.lex
        if surface.endswith(".") and re.match(r"\s+[A-ZÀ-Þ]", rest):
            return None, None, offset  # "Acme & Co." ends the sentence: the next word is not a unit
        poss = re.match(r"['’]s\s+", rest)
        if poss:
            run = self.lex.cap_run_re.match(rest, poss.end())
            if run:
                return None, run.group(0).rstrip("."), offset + run.end()
            return None, None, offset
        run = re.match(r"\s+(" + self.lex.cap_run_re.pattern + ")", rest)
        if not run:
            return None, None, offset
        words = run.group(1).rstrip(".").split()
        for i in range(len(words) - 1, -1, -1):
            if words[i] in lex.org_suffixes:
                remainder = " ".join(words[i + 1:]) or None
                return f"{surface} {' '.join(words[:i + 1])}", remainder, offset + run.end()
        if all(w in lex.org_designators for w in words):
            return None, None, offset + run.end()
        return None, run.group(1).rstrip("."), offset + run.end()


def _clean_scope(text: str, lex: PeopleLexicon) -> str | None:
    """The words between a title and its organisation, without connectors and articles."""
    words = text.split()
    folded = [fold_keep_length(w) for w in words]
    def is_glue(w: str) -> bool:
        return bool(lex.connector_re.fullmatch(" " + w + " ") or lex.article_re.fullmatch(w + " ")
                    or lex.joiner_re.fullmatch(" " + w + " "))

    while words and is_glue(folded[0]):
        words, folded = words[1:], folded[1:]
    while words and is_glue(folded[-1]):
        words, folded = words[:-1], folded[:-1]
    if words:
        words[0] = re.sub(r"^[^\W\d_]{1,4}['’](?=\w)", "", words[0])
    scope = " ".join(words).strip(" ,")
    return scope or None
