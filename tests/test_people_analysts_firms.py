"""An analyst's firm named before the title rather than in it, as brokers' notes are written: in the same sentence
("Per Brisco i conti sono solidi: l'analista X") or as the subject of the previous one ("Brisco cut its target.
Analyst X said"). Never a brand the analyst writes about, a name inside a quotation, or the article's subject.
Invented sentences in en, fr and it."""

from __future__ import annotations

import pytest
from test_people_clauses import facts, people_with

ORGS = {"Brisco Securities": "group", "Quentell Bank": "group", "Corvetto": "brand", "Lauzet Group": "group"}

FIRM_BEFORE = [
    ("en", "Lauzet Group reported higher sales. Brisco Securities cut its price target to €90. Analyst Nora "
           "Tavernier said Corvetto had lost ground in China.",
     ("Nora Tavernier", "analyst", "Brisco Securities", True)),
    ("en", "Lauzet Group reported higher sales. For Quentell Bank the margin was a surprise, and analyst Nora "
           "Tavernier raised her estimates.",
     ("Nora Tavernier", "analyst", "Quentell Bank", True)),
    ("fr", "Lauzet Group a publié ses ventes. Chez Brisco Securities, on reste prudent : l'analyste Nora Tavernier "
           "juge que Corvetto ralentit.",
     ("Nora Tavernier", "analyst", "Brisco Securities", True)),
    ("fr", "Lauzet Group a publié ses ventes. Plus prudent, Quentell Bank a maintenu sa recommandation. « Corvetto "
           "doit encore investir », écrit l'analyste Nora Tavernier.",
     ("Nora Tavernier", "analyst", "Quentell Bank", True)),
    ("it", "Lauzet Group ha pubblicato i conti. Per Brisco Securities i risultati sono solidi: l'analista Carlo "
           "Marzoli ha alzato il prezzo obiettivo.",
     ("Carlo Marzoli", "analyst", "Brisco Securities", True)),
    ("it", "Lauzet Group ha pubblicato i conti. Più cauta Quentell Bank, che ha confermato il giudizio neutral. "
           "«Il rischio è che Corvetto rallenti», scrive l'analista Carlo Marzoli.",
     ("Carlo Marzoli", "analyst", "Quentell Bank", True)),
]


@pytest.mark.parametrize(("lang", "text", "fact"), FIRM_BEFORE)
def test_an_analyst_works_at_the_firm_named_before(lang: str, text: str, fact: tuple) -> None:
    assert fact in facts(people_with(text, lang, ORGS))


NOT_THE_FIRM = [
    # a brand is what analysts write about
    ("en", "Lauzet Group reported higher sales. Corvetto grew by 8%. Analyst Nora Tavernier said the group was cheap.",
     "Corvetto"),
    # the organisation the article is about
    ("it", "Lauzet Group ha pubblicato i conti. Lauzet Group ha alzato le stime. L'analista Carlo Marzoli è prudente.",
     "Lauzet Group"),
    # a name inside a quotation
    ("fr", "Lauzet Group a publié ses ventes. « Quentell Bank a tort », écrit l'analyste Nora Tavernier.",
     "Quentell Bank"),
]


@pytest.mark.parametrize(("lang", "text", "org"), NOT_THE_FIRM)
def test_an_analyst_is_not_at_what_the_note_is_about(lang: str, text: str, org: str) -> None:
    assert not any(f[1] == "analyst" and f[2] == org for f in facts(people_with(text, lang, ORGS)))
