"""A multi-brand store is a retailer with shops, a house's kind ("le multimarque lyonnais X", "il multimarca X"); an
online one ("le grand magasin multimarque en ligne X") is a platform."""

from __future__ import annotations

import pytest

from luxcli.extract.orgs import extract_orgs
from luxcli.model import Article
from luxcli.text import split_sentences


def article(text: str, lang: str) -> Article:
    return Article("a.txt", "a.txt", "", lang, text, tuple(split_sentences(text)), "hash")


def orgs(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_orgs(article(text, lang))[0]}


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("fr", "Dernière ouverture en date : Vestrelle, le multimarque nantais fondé en 1998, agrandit sa boutique.",
         "Vestrelle", "brand"),
        ("it", "A Bari il multimarca Vestrelle ha aperto il suo terzo negozio.", "Vestrelle", "brand"),
        ("en", "The multi-brand retailer Vestrelle opened a third shop in Bari.", "Vestrelle", "brand"),
        ("fr", "Le groupe mise sur Vestrelle, son grand magasin multimarque en ligne, pour l'Asie.", "Vestrelle",
         "platform"),
    ],
)
def test_a_multibrand_store_is_a_house(lang: str, text: str, name: str, kind: str) -> None:
    assert orgs(text, lang).get(name) == kind
