"""An analyst's firm named before the title rather than in it: "Per Equita i conti sono solidi: l'analista X ...",
"Barclays cut its target. Analyst X said ...".

Brokers' notes name the firm first and the analyst after, in the same sentence or the next. An analyst's title
that names no organisation of its own takes the nearest group named before it in its sentence, else the first one
the previous sentence names, outside quotations: never a brand (what analysts write about) nor the organisation
the article is about.
"""

from __future__ import annotations

from dataclasses import replace

from luxcli.extract.orgs import Mention
from luxcli.extract.people_orgs import OrgChooser


class AnalystFirmReader(OrgChooser):
    """Gives analysts without an organisation the firm named just before them."""

    def _analysts_firms(self) -> None:
        for f in self.found:
            if not any(r.role == "analyst" and r.org is None for r, _ in f.roles):
                continue
            f.roles = [(replace(r, org=self._analysts_firm(r.evidence.start, r.evidence.sentence) or r.org), rule)
                       if r.role == "analyst" and r.org is None else (r, rule) for r, rule in f.roles]

    def _analysts_firm(self, anchor: int, sent: int) -> str | None:
        subject = {self._main_subject(None), self._main_subject("group")}

        def firms(mentions: list[Mention]) -> list[Mention]:
            return [m for m in mentions if m.entry.kind == "group" and m.entry.name not in subject
                    and not self._quoted_away(m, anchor)]

        s_start, _ = self._sentence_span(sent)
        before = firms(self._orgs_between(s_start, anchor))
        if before:
            return before[-1].entry.name
        if sent == 0:
            return None
        p_start, p_end = self._sentence_span(sent - 1)
        previous = firms(self._orgs_between(p_start, p_end))
        return previous[0].entry.name if previous else None
