"""Advisers named by their verb: "X, a former director at A who now advises family companies at the consultancy B",
"X conseille aujourd'hui les familles au sein du cabinet B", "X oggi consiglia le aziende presso B": X is a
consultant at B, the firm the clause introduces after the verb's object (not A, the employer of the apposition).
"""

from __future__ import annotations

import functools
import re

from luxcli import lexicon
from luxcli.extract.people_lexicon import phrase_alternation
from luxcli.extract.people_orgs import OrgChooser
from luxcli.extract.people_state import Found
from luxcli.model import Evidence, Role
from luxcli.text import fold_keep_length

# the verb's object and the firm's description between the verb and the firm, at most
_REACH = 90


@functools.cache
def _adviser_res(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The advising verbs, and the words introducing the adviser's firm, of a language."""
    verbs = lexicon.lookup(lang, "people.advisers.verbs", []) or []
    via = lexicon.lookup(lang, "people.advisers.via", []) or []
    if not verbs or not via:
        return None
    return (re.compile(rf"(?<![\w'’-])(?:{phrase_alternation(verbs)})(?![\w'’-])"),
            re.compile(rf"(?<![\w'’-])(?:{phrase_alternation(via)})(?![\w-])"))


@functools.cache
def _verb_words(lang: str) -> tuple[str, ...]:
    """The advising verbs' last words as written folded, for a cheap test before the scan."""
    return tuple({fold_keep_length(w).split()[-1] for w in lexicon.lookup(lang, "people.advisers.verbs", []) or []})


class AdviserReader(OrgChooser):
    """Reads "X advises ... at B" as a consultant's role at B."""

    def _advisers(self) -> None:
        res = _adviser_res(self.a.language)
        if res is None:
            return
        for m in self._verbs(res[0]):
            sent = self._sentence(m.start())
            s_start, s_end = self._sentence_span(sent)
            person = self._adviser(s_start, m.start())
            if person is None:
                continue
            stop = re.search(r"[,;:.()\"“”«»]", self.folded[m.end():min(s_end, m.end() + _REACH)])
            end = m.end() + stop.start() if stop else min(s_end, m.end() + _REACH)
            firm = next((o for o in self._orgs_between(m.end(), end)
                         if self._introduced(res[1], self.folded[m.end():o.start])), None)
            if firm is None or any(r.org == firm.entry.name and r.evidence.sentence == sent for r, _ in person.roles):
                continue
            via = list(res[1].finditer(self.folded, m.end(), firm.start))[-1]
            title = self.text[m.start():via.start()].strip()
            evidence = Evidence(sent, person.start, firm.end, "people.adviser")
            person.cue = person.cue or "people.adviser"
            person.roles.append((Role(title, "consultant", firm.entry.name, evidence, None, True), "people.adviser"))

    def _verbs(self, verb_re: re.Pattern[str]) -> list[re.Match[str]]:
        """The advising verbs of the article, found from their last word by a plain substring search (a scan of the
        whole text with the pattern is the slow part, and most articles have none)."""
        found: dict[int, re.Match[str]] = {}
        for word in _verb_words(self.a.language):
            at = self.folded.find(word)
            while at >= 0:
                m = verb_re.search(self.folded, max(0, at - 24), at + len(word) + 1)
                if m:
                    found.setdefault(m.start(), m)
                at = self.folded.find(word, at + len(word))
        return [found[k] for k in sorted(found)]

    def _adviser(self, s_start: int, verb: int) -> Found | None:
        """The person named last before the verb in its sentence, through an apposition or a relative clause, with
        no other person named on the way."""
        named = [f for f in self._names_between(s_start, verb) if f.full and not self._brand_only(f)]
        if not named or verb - named[-1].end > 120:
            return None
        return named[-1]

    def _introduced(self, via: re.Pattern[str], gap: str) -> bool:
        """The firm follows an introducing word and, at most, an article, a possessive and a trade noun ("at the
        consultancy", "through his firm", "au sein du cabinet", "presso la società di consulenza")."""
        found = list(via.finditer(gap))
        if not found:
            return False
        rest = gap[found[-1].end():].split()
        kinds = self.lex.brand_words | self.lex.group_words | self.lex.firm_words
        return len(rest) <= 4 and all(w.isalpha() and w.islower() for w in rest) \
            and (len(rest) <= 1 or any(w in kinds for w in rest))
