"""Organisations: discovery from the text's cues (en, fr, it), per-article kinds, canonical names."""

from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.evaluate import evaluate_corpus
from luxcli.extract.orgs import extract_orgs
from luxcli.model import Article
from luxcli.text import split_sentences

DATA = Path(__file__).parent / "data"


def article(text: str, lang: str) -> Article:
    return Article("a.txt", "a.txt", "", lang, text, tuple(split_sentences(text)), "hash")


def orgs(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.kind for e in extract_orgs(article(text, lang))[0]}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Florentine house Velluto Nero opened a flagship on Tmall.", {"Velluto Nero": "brand"}),
        ("en", "Watch brand Orologi Brevi showed three new models.", {"Orologi Brevi": "brand"}),
        ("en", "British label Harrowgate and jeweller Aurelio Sand both grew.",
         {"Harrowgate": "brand", "Aurelio Sand": "brand"}),
        ("en", "Brands such as Mirellon, Castellane Rousse and Dorval sell there.",
         {"Mirellon": "brand", "Castellane Rousse": "brand", "Dorval": "brand"}),
        ("en", "Stores now carry Chanel, Quillmark, Prada and Dior.", {"Quillmark": "brand"}),
        ("en", "Verdano Group reported higher sales.", {"Verdano Group": "group"}),
        ("en", "Nordvik AG posted a loss.", {"Nordvik": "group"}),
        ("en", "Solenne-owned Marlowe grew quickly.", {"Solenne": "group"}),
        ("en", "Mode Cartel's flagship store opened in May.", {"Mode Cartel": "brand"}),
        ("en", "Lumora, the Berlin fashion platform, raised money.", {"Lumora": "platform"}),
        ("en", "Brightwater, the joint venture set up last year, hired staff.", {"Brightwater": "group"}),
        ("en", "Shoppers visit velluto.cn for the latest drops.", {"velluto.cn": "platform"}),
        ("fr", "La maison Ombrelune débarque sur Tmall.", {"Ombrelune": "brand"}),
        ("fr", "Le joaillier Bellefroide ouvre une boutique rue de la Paix.", {"Bellefroide": "brand"}),
        ("fr", "La griffe Noirmoutier, propriété du groupe Vermeil, recrute.",
         {"Noirmoutier": "brand", "Vermeil": "group"}),
        ("fr", "Des marques comme Lunaire, Hermès et Prada y vendent.", {"Lunaire": "brand"}),
        ("fr", "Orcival, la plateforme lyonnaise de seconde main, grandit.", {"Orcival": "platform"}),
        ("it", "Il marchio Lanterna Blu sbarca su Tmall.", {"Lanterna Blu": "brand"}),
        ("it", "Il gruppo Serravalle, che controlla Pietrafina e Acquaviva, cresce.",
         {"Serravalle": "group", "Pietrafina": "brand", "Acquaviva": "brand"}),
        ("it", "Gioielli Stellari SpA ha chiuso l'anno in utile.", {"Gioielli Stellari": "group"}),
        ("it", "La piattaforma Vetrina Nord ha lanciato un'app.", {"Vetrina Nord": "platform"}),
        ("fr", "La maison Sablier d'Or ouvre à Lyon.", {"Sablier d'Or": "brand"}),
        ("it", "Il marchio fiorentino Cuoio Nobile cresce.", {"Cuoio Nobile": "brand"}),
        ("it", "Il fondo Arno Capital ha investito nel marchio.", {"Arno Capital": "group"}),
    ],
)
def test_discovers_unlisted_organisations_from_cues(lang: str, text: str, expected: dict[str, str]) -> None:
    found = orgs(text, lang)
    for name, kind in expected.items():
        assert found.get(name) == kind, (name, found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In Milan, the house presented its collection."),
        ("en", "Antoine Lefort, CEO of the group, spoke in Paris on Monday."),
        ("en", "Jane Morrow, the label founder, opened the show."),
        ("en", "Visitors came from Paris, London, Milan and New York."),
        ("en", "The Juste un Clou bracelet and the Tank MC watch were shown at Shanghai Fashion Week."),
        ("en", "Burkhart Lind, the group's chief financial officer, declined to comment."),
        ("fr", "À Paris, la maison a présenté sa collection devant Marie Dulac."),
        ("it", "A Milano, il marchio ha presentato la collezione di Giulia Ferri."),
        ("fr", "Selon son directeur général, Paul Lenoir, la griffe compte doubler ses ventes."),
        ("fr", "Fondée en 1898 place Vendôme, la maison emploie 600 artisans."),
        ("en", "The group Chief Executive Officer Anna Berg spoke; the label Head of Design left."),
        ("it", "Il marchio Made in Italy resiste."),
    ],
)
def test_discovers_nothing_without_a_cue(lang: str, text: str) -> None:
    assert orgs(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("fr", "Le groupe a misé sur Farfetch, la plateforme londonienne de mode.", "Farfetch", "platform"),
        ("en", "The group's agreed deal with rival Farfetch fell through.", "Farfetch", "group"),
        ("fr", "Toplife, la plateforme rivale de JD.com, a fermé.", "JD.com", "group"),
        ("en", "Shoppers compare prices on JD.com and Tmall.", "JD.com", "platform"),
        ("it", "Il flagship è sulla piattaforma di Alibaba.", "Alibaba Group", "group"),
    ],
)
def test_kind_is_decided_per_article(lang: str, text: str, name: str, kind: str) -> None:
    assert orgs(text, lang)[name] == kind


def test_forms_of_one_name_merge_into_its_canonical_entity() -> None:
    text = ("Compagnie Financière Richemont reported. The Richemont group and Richemont agreed. "
            "LVMH Moët Hennessy Louis Vuitton and LVMH replied.")
    entities, _ = extract_orgs(article(text, "en"))
    by_name = {e.name: e for e in entities}
    assert set(by_name) == {"Richemont", "LVMH"}
    assert by_name["Richemont"].mentions == 3
    assert "Compagnie Financière Richemont" in by_name["Richemont"].aliases


def test_discovered_mentions_carry_an_entry_and_exact_spans() -> None:
    text = "The Florentine house Velluto Nero opened in Rome. Velluto Nero then opened in Paris."
    a = article(text, "en")
    _, mentions = extract_orgs(a)
    velluto = [m for m in mentions if m.entry.name == "Velluto Nero"]
    assert len(velluto) == 2 and all(m.entry.kind == "brand" for m in velluto)
    assert all(a.text[m.start : m.end] == m.surface for m in mentions)
    assert [m.sentence for m in velluto] == [0, 1]


def test_a_longer_company_name_around_a_known_one_is_its_own_organisation() -> None:
    found = orgs("Sales at Prada Fashion Holding rose; Prada grew.", "en")
    assert found == {"Prada Fashion Holding": "group", "Prada": "brand"}


@pytest.mark.parametrize("gold, corpus", [("dev.json", "dev"), ("seeds.json", "seeds")])
def test_gold_organisation_scores(gold: str, corpus: str) -> None:
    scores = evaluate_corpus(DATA / "gold" / gold, DATA / corpus)["scores"]
    assert scores["orgs"]["f1"] >= 0.95
    assert scores["org_kinds"]["f1"] >= 0.95


def test_an_elided_owner_is_not_glued_to_a_known_name() -> None:
    assert orgs("Elle vend sur le Tmall Luxury Pavilion d'Alibaba.", "fr") == {
        "Tmall Luxury Pavilion": "platform", "Alibaba Group": "group"}
