"""Relations between organisations, from cue words in en, fr and it, each with its evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.evaluate import evaluate_corpus
from luxcli.extract.orgs import extract_orgs
from luxcli.extract.relations import extract_relations
from luxcli.model import Article, Evidence, Person, Role
from luxcli.text import split_sentences

DATA = Path(__file__).parent / "data"


def article(text: str, lang: str) -> Article:
    return Article("a.txt", "a.txt", "", lang, text, tuple(split_sentences(text)), "hash")


def triples(text: str, lang: str, people: list[Person] | None = None) -> set[tuple[str, str, str]]:
    a = article(text, lang)
    _, mentions = extract_orgs(a)
    return {(r.subject, r.predicate, r.object) for r in extract_relations(a, mentions, people or [])}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # sells_on
        ("en", "The Florentine house Velluto Nero opened a flagship on Tmall in March.",
         {("Velluto Nero", "sells_on", "Tmall")}),
        ("en", "British label Harrowgate joined Farfetch, while jeweller Aurelio Sand signed up for WeChat.",
         {("Harrowgate", "sells_on", "Farfetch"), ("Aurelio Sand", "sells_on", "WeChat")}),
        ("en", "Brands such as Mirellon and Dorval now sell on Tmall Luxury Pavilion.",
         {("Mirellon", "sells_on", "Tmall Luxury Pavilion"), ("Dorval", "sells_on", "Tmall Luxury Pavilion")}),
        ("en", "Tmall Luxury Pavilion grew. The Pavilion now counts 90 labels, among them Quillmark and Gucci.",
         {("Quillmark", "sells_on", "Tmall Luxury Pavilion"), ("Gucci", "sells_on", "Tmall Luxury Pavilion")}),
        ("fr", "Le joaillier Bellefroide ouvrira des boutiques sur JD.com et sur WeChat.",
         {("Bellefroide", "sells_on", "JD.com"), ("Bellefroide", "sells_on", "WeChat")}),
        ("fr", "La maison Ombrelune débarque sur Tmall.", {("Ombrelune", "sells_on", "Tmall")}),
        ("it", "Il marchio Lanterna Blu sbarca su Tmall con un flagship store.",
         {("Lanterna Blu", "sells_on", "Tmall")}),
        ("it", "La maison Ventaglio ha aperto il proprio negozio sul Tmall Luxury Pavilion.",
         {("Ventaglio", "sells_on", "Tmall Luxury Pavilion")}),
        # owned_by
        ("en", "Kering-owned jewelry label Selvaggia opened a pop-up on Douyin.",
         {("Selvaggia", "owned_by", "Kering"), ("Selvaggia", "sells_on", "Douyin")}),
        ("en", "Watch brand Orologi Brevi, which belongs to Kering, grew.", {("Orologi Brevi", "owned_by", "Kering")}),
        ("en", "Verdano Group, the parent of Ombrelle and Lissome, said sales rose.",
         {("Ombrelle", "owned_by", "Verdano Group"), ("Lissome", "owned_by", "Verdano Group")}),
        ("en", "LVMH acted first: its Tuscan leather brand Cuoio Fino opened in Rome.",
         {("Cuoio Fino", "owned_by", "LVMH")}),
        ("en", "Shoppers use Alibaba's Tmall.", {("Tmall", "owned_by", "Alibaba Group")}),
        ("fr", "La griffe Noirmoutier, propriété de LVMH, a été fondée en 1923.",
         {("Noirmoutier", "owned_by", "LVMH"), ("Noirmoutier", "founded_in", "1923")}),
        ("fr", "Le groupe Vermeil, la maison mère de Ciselane, s'est associé à Alibaba.",
         {("Ciselane", "owned_by", "Vermeil"), ("Vermeil", "partners_with", "Alibaba Group")}),
        ("fr", "Ils achètent sur Tmall, propriété d'Alibaba.", {("Tmall", "owned_by", "Alibaba Group")}),
        ("it", "La maison Ventaglio, parte del gruppo Kering, cresce.", {("Ventaglio", "owned_by", "Kering")}),
        ("it", "Il gruppo Serravalle, che controlla Pietrafina e Acquaviva, ha firmato un accordo con Alibaba.",
         {("Pietrafina", "owned_by", "Serravalle"), ("Acquaviva", "owned_by", "Serravalle"),
          ("Serravalle", "partners_with", "Alibaba Group")}),
        ("en", "Sales at Velluto Fashion Group rose as the house Velluto grew.",
         {("Velluto", "owned_by", "Velluto Fashion Group")}),
        # partners_with, competes_with
        ("en", "Ombrello Holdings and Alibaba joined forces in May.",
         {("Ombrello Holdings", "partners_with", "Alibaba Group")}),
        ("en", "The label Quillmark signed a partnership with Tencent, Alibaba's arch-rival.",
         {("Quillmark", "partners_with", "Tencent"), ("Tencent", "competes_with", "Alibaba Group")}),
        ("en", "Ombrello Holdings agreed a deal with rival Stellari Group.",
         {("Stellari Group", "competes_with", "Ombrello Holdings")}),
        ("fr", "Elle hésite entre Tmall et Toplife, la plateforme rivale de JD.com.",
         {("Tmall", "competes_with", "Toplife"), ("Toplife", "owned_by", "JD.com")}),
        ("en", "Its make-up is made by Coty, which holds the Gucci beauty licence.",
         {("Gucci", "partners_with", "Coty")}),
        ("en", "Rivals such as Prada and Gucci watched as the label Quillmark joined Farfetch.",
         {("Quillmark", "sells_on", "Farfetch")}),
        # founded_in, launched_on
        ("en", "Since the house Velluto Nero was founded in 1921, it has made gloves.",
         {("Velluto Nero", "founded_in", "1921")}),
        ("en", "Launched in March 2016, fashion platform Lumora now has ten staff.",
         {("Lumora", "launched_on", "2016-03")}),
        ("it", "Gioielli Stellari SpA è stata fondata nel 1968 a Valenza.",
         {("Gioielli Stellari", "founded_in", "1968")}),
        ("it", "La piattaforma Vetrina Nord è stata lanciata nel 2020.", {("Vetrina Nord", "launched_on", "2020")}),
    ],
)
def test_relations_from_cues(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(text, lang)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a platform named without a selling cue or as a venue is not where a brand sells
        ("en", "Gucci is active on Weibo and WeChat.", ("Gucci", "sells_on", "Weibo")),
        ("en", "Chanel was discussed, and shoppers on Tmall compared it.", ("Chanel", "sells_on", "Tmall")),
        # "launched on a platform" is selling, not a founding date
        ("en", "The house Velluto Nero launched on Tmall in 2019.", ("Tmall", "launched_on", "2019")),
        # the group that "owns" in "X-owned house and Y" owns the house, not Y
        ("en", "The Kering-owned house and Alibaba Group said so.", ("Alibaba Group", "owned_by", "Kering")),
        # a person who joined a platform does not make a brand sell there
        ("en", "She joined Tmall in 2010 and later worked at Zara.", ("Zara", "sells_on", "Tmall")),
        ("en", "Rivals such as Prada and Gucci watched as the label Quillmark joined Farfetch.",
         ("Prada", "sells_on", "Farfetch")),
        # a negation between the brand and the platform
        ("en", "Hermès has no plans to open a store on Tmall.", ("Hermès", "sells_on", "Tmall")),
        ("fr", "Chanel ne vendra pas ses sacs sur Tmall.", ("Chanel", "sells_on", "Tmall")),
        ("it", "Prada non aprirà un negozio su Tmall.", ("Prada", "sells_on", "Tmall")),
        # the lexicon's parent is used only near where both are named
        ("en", "Kering reported results.\nMeanwhile, in other news.\nMore news.\nFendi opened a store in Rome.",
         ("Fendi", "owned_by", "Kering")),
    ],
)
def test_no_relation_without_its_cue(lang: str, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples(text, lang)


def test_known_parent_when_named_together() -> None:
    assert ("Gucci", "owned_by", "Kering") in triples("Kering said Gucci sales fell.", "en")
    far = "Hermès International reported.\nOne.\nTwo.\nThree.\nHermès opened a store in Xi'an."
    assert ("Hermès", "owned_by", "Hermès International") in triples(far, "en")


def test_every_relation_has_evidence_inside_the_text() -> None:
    text = "The Florentine house Velluto Nero, which belongs to Kering, opened a flagship on Tmall."
    a = article(text, "en")
    _, mentions = extract_orgs(a)
    relations = extract_relations(a, mentions, [])
    assert relations
    for r in relations:
        assert 0 <= r.evidence.start < r.evidence.end <= len(text)
        assert r.evidence.rule.startswith("relations.")


def test_works_for_a_person_without_a_title() -> None:
    text = "Jane Morrow of Quillmark said the label Quillmark would grow."
    start = text.index("Jane")
    person = Person("Jane Morrow", Evidence(0, start, start + len("Jane Morrow"), "people.test"))
    assert ("Jane Morrow", "works_for", "Quillmark") in triples(text, "en", [person])
    titled = Person("Jane Morrow", person.evidence, roles=(Role("CEO", "ceo", "Quillmark", person.evidence),))
    assert not any(p == "works_for" for _, p, _ in triples(text, "en", [titled]))


@pytest.mark.parametrize("gold, corpus", [("dev.json", "dev"), ("seeds.json", "seeds")])
def test_gold_relation_scores(gold: str, corpus: str) -> None:
    scores = evaluate_corpus(DATA / "gold" / gold, DATA / corpus)["scores"]["relations"]
    assert scores["f1"] >= 0.85
    assert scores["precision"] >= 0.9
