"""A person introduced as another's peer: "Son confrère de Jefferies, X", "her counterpart at B, X", "il collega di
B, X". The peer holds the same kind of position as the person named before (an analyst's colleague is an
analyst) at the organisation the phrase names.
"""

from __future__ import annotations

import re

from luxcli.extract.people_orgs import OrgChooser
from luxcli.model import Evidence, Role

# between the peer phrase's organisation and the name: a comma or a space
_TO_NAME = re.compile(r"\s*,?\s*")


class PeerReader(OrgChooser):
    """Gives a peer the role of the person the sentences before named with a title."""

    def _peers(self) -> None:
        lex = self.lex
        if not any(w in self.folded for w in lex.peer_words):
            return  # most articles name no peer: a substring test is cheaper than the scan
        for m in lex.peer_re.finditer(self.folded):
            sent = self._sentence(m.start())
            _, s_end = self._sentence_span(sent)
            conn = lex.connector_re.match(self.folded[m.end():s_end])
            if not conn:
                continue
            orgs = self._orgs_between(m.end() + conn.end(), min(s_end, m.end() + conn.end() + 60))
            if not orgs or orgs[0].start != m.end() + conn.end():
                continue
            org = orgs[0]
            gap = _TO_NAME.match(self.text, org.end)
            named = [f for f in self._names_between(org.end, min(s_end, org.end + 60)) if f.full]
            if not named or named[0].start != gap.end() or (named[0].span and named[0].span.org_covered):
                continue
            peer = self._peer_of(m.start(), sent)
            if peer is None:
                continue
            person = named[0]
            person.cue = person.cue or "people.peer"
            ev = Evidence(sent, m.start(), person.end, "people.peer")
            person.roles.append((Role(self.text[m.start():m.end()], peer, org.entry.name, ev, None, True),
                                 "people.peer"))

    def _peer_of(self, pos: int, sent: int) -> str | None:
        """The role of the last person given a current title in this sentence or the two before."""
        lo = self._sentence_span(max(0, sent - 2))[0]
        roles = [r for f in self.found for r, _ in f.roles
                 if r.current and r.role not in ("founder", "other") and lo <= r.evidence.start < pos]
        return max(roles, key=lambda r: r.evidence.start).role if roles else None
