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
        ("en", "Launched in March 2016, fashion platform Velaris now has ten staff.",
         {("Velaris", "launched_on", "2016-03")}),
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
        # a list of rivals ends with its "et": the name after it is no rival of the article's main organisation
        ("fr", "La maison Estrelle recrute. La maison Noctelle grandit. Noctelle investit. Noctelle ouvre. Face à "
               "Chanel, Goyard et Dior, Estrelle revendique un luxe accessible.",
         ("Noctelle", "competes_with", "Estrelle")),
        # the lexicon's parent is used only near where both are named
        ("en", "Kering reported results.\nMeanwhile, in other news.\nMore news.\nFendi opened a store in Rome.",
         ("Fendi", "owned_by", "Kering")),
    ],
)
def test_no_relation_without_its_cue(lang: str, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "owned"),
    [
        ("en", "Kering's labels did well, although Gucci sales fell.", True),
        ("en", "The Kering jewelry house Gucci grew.", True),
        ("fr", "Les ventes de Gucci, maison du groupe Kering, ont baissé.", True),
        ("it", "Le vendite di Gucci, marchio del gruppo Kering, sono calate.", True),
        # the lexicon's parent named in the same sentence as its brand, not as its peer: owned
        ("en", "Kering filled the hall with Gucci and two smaller labels.", True),
        ("fr", "Des grandes maisons appartiennent à des groupes, de Kering avec Gucci à d'autres.", True),
        ("it", "Kering ha riempito il padiglione con Gucci e altri marchi.", True),
        # named side by side as equals, or in another sentence with no cue: the lexicon's parent is no evidence
        ("en", "Kering and Gucci published results.", False),
        ("en", "Kering said profit fell.\nGucci sales rose.", False),
        ("fr", "Kering et Gucci ont publié leurs résultats.", False),
        ("it", "Kering e Gucci hanno pubblicato i conti.", False),
    ],
)
def test_known_parent_needs_an_ownership_cue(lang: str, text: str, owned: bool) -> None:
    assert (("Gucci", "owned_by", "Kering") in triples(text, lang)) is owned


def test_group_named_after_its_brand() -> None:
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
    # measured 0.918 (dev) and 0.941 (seeds) F1, precision 0.977 and 1, in round 3
    scores = evaluate_corpus(DATA / "gold" / gold, DATA / corpus)["scores"]["relations"]
    assert scores["f1"] >= 0.9
    assert scores["precision"] >= 0.9


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Maison Corvane grew. Its WeChat mini-programme, which Corvane launched in May 2022 alongside the "
               "group's resale platform Montelin Vault, sells watches.", ("Montelin Vault", "launched_on", "2022-05")),
        ("fr", "Le groupe Dauberval a lancé en mars 2021 avec la plateforme Velaris un service de revente.",
         ("Velaris", "launched_on", "2021-03")),
        ("it", "Il gruppo Ferrante ha lanciato nel 2020 insieme alla piattaforma Vetrina Nord un servizio.",
         ("Vetrina Nord", "launched_on", "2020")),
    ],
)
def test_a_platform_launched_alongside_another_thing(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # owned_by: a passive ownership cue, words allowed before the parent; the parent a discovered group
        ("en", "Maison Corvane, the watch brand founded in 1901 and owned since 2015 by the Swiss holding "
               "Groupe Montelin, grew.", {("Maison Corvane", "owned_by", "Groupe Montelin"),
                                          ("Maison Corvane", "founded_in", "1901")}),
        ("en", "Since 2020 the label Brunsell has been controlled by the investment firm Orvane Capital.",
         {("Brunsell", "owned_by", "Orvane Capital")}),
        ("en", "Orvane Capital, which holds 70% of the label Brunsell, is patient.",
         {("Brunsell", "owned_by", "Orvane Capital")}),
        ("fr", "La maison Estrelle, fondée en 1950 et détenue depuis 2019 par le groupe Dauberval, grandit.",
         {("Estrelle", "owned_by", "Dauberval"), ("Estrelle", "founded_in", "1950")}),
        ("fr", "Le maroquinier Noctelle, propriété du groupe familial Dauberval, recrute.",
         {("Noctelle", "owned_by", "Dauberval")}),  # an adjective between keeps "groupe" out of the name
        ("it", "Il gioielliere Casa Vellari, fondato nel 1896 e controllato dal Gruppo Ferrante, cresce.",
         {("Casa Vellari", "owned_by", "Gruppo Ferrante"), ("Casa Vellari", "founded_in", "1896")}),
        ("it", "Il marchio Lumena è di proprietà di Orsenigo Holding.", {("Lumena", "owned_by", "Orsenigo Holding")}),
        # the share held, with no house named in the sentence: the house the article is about
        ("it", "Il marchio Lumena cresce. Lumena apre a Roma. Il restante 60% è detenuto dal 2019 da Orsenigo Holding.",
         {("Lumena", "owned_by", "Orsenigo Holding")}),
        # competes_with
        ("en", "The opening puts the house Corvane in direct competition with Cartier and Chopard.",
         {("Corvane", "competes_with", "Cartier"), ("Corvane", "competes_with", "Chopard")}),
        ("en", "There the label Brunsell competes with Kering-owned Boucheron and with Chopard.",
         {("Brunsell", "competes_with", "Boucheron"), ("Brunsell", "competes_with", "Chopard"),
          ("Boucheron", "owned_by", "Kering")}),
        ("fr", "Face à Chanel et Dior, la maison Estrelle mise sur la recommandation.",
         {("Estrelle", "competes_with", "Chanel"), ("Estrelle", "competes_with", "Dior")}),
        # the list ends with its "et": the name after it is the subject, not one more rival
        ("fr", "La maison Estrelle recrute. La maison Noctelle grandit. Noctelle investit. Noctelle ouvre. Face à "
               "Chanel, Goyard et Dior, Estrelle revendique un luxe accessible.",
         {("Estrelle", "competes_with", "Chanel"), ("Estrelle", "competes_with", "Goyard"),
          ("Estrelle", "competes_with", "Dior")}),
        ("fr", "Sur ce terrain, la maison Noctelle affronte Goyard et Moynat.",
         {("Noctelle", "competes_with", "Goyard"), ("Noctelle", "competes_with", "Moynat")}),
        ("it", "Sul segmento delle perle Casa Vellari si confronta con Mikimoto e con Tasaki.",
         {("Casa Vellari", "competes_with", "Mikimoto"), ("Casa Vellari", "competes_with", "Tasaki")}),
        ("it", "Il marchio Lumena cresce. Lumena apre a Roma. Lo stesso terreno di Brunello Cucinelli, principale "
               "concorrente.", {("Lumena", "competes_with", "Brunello Cucinelli")}),
        # founded_in after "the house": the house spoken of, not a past employer named last
        ("en", "The house Corvane hired Ann Lee, for years a director at Cartier. The house was founded in 1901.",
         {("Corvane", "founded_in", "1901")}),
        ("fr", "La maison Estrelle recrute Paul Roy, ancien directeur chez Dior. La maison a été fondée en 1950.",
         {("Estrelle", "founded_in", "1950")}),
        ("it", "Il marchio Lumena cresce. Lumena apre a Roma. Il marchio era stato fondato nel 1960 da un sarto.",
         {("Lumena", "founded_in", "1960")}),
        # partners_with: the subject of the main clause, not a group inside its apposition
        ("fr", "La maison Estrelle, fondée en 1950 et détenue par le groupe Dauberval, a signé un partenariat avec "
               "Tmall.", {("Estrelle", "partners_with", "Tmall")}),
        ("it", "Il marchio Lumena cresce. Lumena apre a Roma. Il marchio ha rinnovato la partnership con l'istituto "
               "Fiorentia.", {("Lumena", "partners_with", "Fiorentia")}),
        ("en", "The label Brunsell, owned by Orvane Capital, signed a partnership with Tmall.",
         {("Brunsell", "partners_with", "Tmall")}),
        # a platform the article's group runs
        ("en", "Groupe Montelin grew. The brand joined the group's resale platform Montelin Vault.",
         {("Groupe Montelin", "operates", "Montelin Vault"), ("Montelin Vault", "owned_by", "Groupe Montelin")}),
        # sells_on through "the brand's" store on a platform, and after "elle"
        ("en", "Maison Corvane grew. Limited editions are sold only in the brand's WeChat mini-programme.",
         {("Maison Corvane", "sells_on", "WeChat")}),
        ("fr", "La maison Noctelle affronte Goyard et Moynat. Elle vend ses sacs sur Mytheresa.",
         {("Noctelle", "sells_on", "Mytheresa")}),
        ("it", "Il gioielliere Casa Vellari cresce. La maison è presente sul Tmall Luxury Pavilion da maggio 2021.",
         {("Casa Vellari", "sells_on", "Tmall Luxury Pavilion")}),
    ],
)
def test_relations_from_general_cues(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    found = triples(text, lang)
    assert expected <= found, found


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # only the subject of the selling verb sells: brands merely named after it do not
        ("en", "Brunsell began selling on Farfetch and opened a flagship on Tmall; there it competes with Boucheron "
               "and Chopard.", ("Boucheron", "sells_on", "Tmall")),
        ("fr", "Noctelle vend sur Farfetch depuis 2021, où elle affronte Goyard et Moynat.",
         ("Goyard", "sells_on", "Farfetch")),
        ("it", "Lumena vende su Mytheresa, dove si confronta con Brunello Cucinelli.",
         ("Brunello Cucinelli", "sells_on", "Mytheresa")),
        ("en", "The opening puts Corvane in competition with Cartier, which already sells on Tmall.",
         ("Corvane", "sells_on", "Tmall")),
        # the store launched on a platform is not the platform being launched
        ("en", "Maison Corvane grew. Its WeChat mini-programme, which Corvane launched in May 2022, sells watches.",
         ("WeChat", "launched_on", "2022-05")),
        # the founding date of "the house" is not a past employer's
        ("en", "The house Corvane hired Ann Lee, for years a director at Cartier. The house was founded in 1901.",
         ("Cartier", "founded_in", "1901")),
        # the owner of the share is not the competitor written before its brand
        ("en", "There the label Brunsell competes with Kering-owned Boucheron.",
         ("Brunsell", "competes_with", "Kering")),
        # a licence holder does not own the licensed brand
        ("en", "Its perfumes are made by Coty, which holds the Chloé fragrance licence.",
         ("Chloé", "owned_by", "Coty")),
    ],
)
def test_no_relation_for_bystanders(lang: str, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples(text, lang)


@pytest.mark.parametrize("gold, corpus", [("holdout.json", "holdout")])
def test_held_out_relation_scores(gold: str, corpus: str) -> None:
    # measured 0.976 on the held-out set when written; the margin allows for other extractors' changes
    assert evaluate_corpus(DATA / "gold" / gold, DATA / corpus)["scores"]["relations"]["f1"] >= 0.9


@pytest.mark.parametrize(
    ("lang", "text", "person", "former"),
    [
        ("en", "The chairman Marc Dole, formerly at Cartier, signed a deal with Alibaba.", "Marc Dole", "Cartier"),
        ("fr", "Le président Marc Dole, ancien de Cartier, a signé un accord avec Alibaba.", "Marc Dole", "Cartier"),
        ("it", "Il presidente Marco Neri, ex manager di Cartier, ha firmato un accordo con Alibaba.", "Marco Neri",
         "Cartier"),
    ],
)
def test_a_persons_past_employer_is_no_partner(lang: str, text: str, person: str, former: str) -> None:
    start = text.index(person)
    ev = Evidence(0, start, start + len(person), "people.test")
    who = Person(person, ev, roles=(Role("manager", "manager", former, ev, current=False),))
    assert (former, "partners_with", "Alibaba Group") not in triples(text, lang, [who])
    # without knowing the person worked there, the house before the cue is taken for the subject
    assert (former, "partners_with", "Alibaba Group") in triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "distributed on" is a selling cue; "the retailer"/"l'enseigne"/"l'insegna" stands for the brand before
        ("en", "The label Quorrel grew in Asia. The label is now distributed on Zalando.",
         {("Quorrel", "sells_on", "Zalando")}),
        ("it", "Il marchio Tessuti Ardeni cresce. Il marchio è distribuito dal 2024 su Zalando.",
         {("Tessuti Ardeni", "sells_on", "Zalando")}),
        ("fr", "La maison Verlaine Frères grandit. L'enseigne, fondée en 1902 à Lille, détenue par le groupe "
               "Dauberval, compte dix magasins.", {("Verlaine Frères", "founded_in", "1902")}),
        ("it", "La maison Tessuti Ardeni cresce, controllata da Gruppo Orvieto. L'insegna, fondata nel 1931, "
               "ha dieci negozi.", {("Tessuti Ardeni", "founded_in", "1931")}),
        ("en", "The house Quorrel, owned by Orvane Capital, grew. The retailer, founded in 1888, runs six stores.",
         {("Quorrel", "founded_in", "1888")}),
        # "founded" gives founded_in for a platform too; "launched" its launch date
        ("it", "Fondata nel 2017 da due studenti, la piattaforma Rivolta ha chiuso l'anno in crescita.",
         {("Rivolta", "founded_in", "2017")}),
        # a majority share is ownership
        ("en", "Orvane Capital holds 70% of the house Liseron.", {("Liseron", "owned_by", "Orvane Capital")}),
        # the lexicon's parent named in the same sentence as its brands
        ("en", "Rolex drew queues, and Richemont filled a hall with Cartier and Piaget.",
         {("Cartier", "owned_by", "Richemont"), ("Piaget", "owned_by", "Richemont")}),
        ("fr", "Les grandes maisons appartiennent à des groupes, de Kering avec Boucheron à LVMH avec Chaumet.",
         {("Boucheron", "owned_by", "Kering"), ("Chaumet", "owned_by", "LVMH")}),
        ("it", "Richemont ha riempito il padiglione con Cartier e Piaget.",
         {("Cartier", "owned_by", "Richemont"), ("Piaget", "owned_by", "Richemont")}),
        # a list of owned brands with a kind noun repeated
        ("en", "Orvane Group, the owner of the fragrance house Liseron and the skincare label Talvik Lab, grew.",
         {("Liseron", "owned_by", "Orvane Group"), ("Talvik Lab", "owned_by", "Orvane Group")}),
        ("fr", "Le groupe Dauberval, propriétaire de la maison Liseron et de la griffe Talvik, a grandi.",
         {("Liseron", "owned_by", "Dauberval")}),
        # "the group's X storefront": the group the article is about sells there
        ("en", "Orvane Group grew. Orvane Group sells perfume. Rivals such as Coty struggled. Online, the group's "
               "Douyin storefront doubled its sales.", {("Orvane Group", "sells_on", "Douyin")}),
        # "rivals such as A and B" with no subject named: the organisation the article is about
        ("en", "Orvane Group grew. Orvane Group sells perfume. Margins fell under pressure from rivals such "
               "as Coty and L'Oréal.", {("Orvane Group", "competes_with", "Coty"),
                                     ("Orvane Group", "competes_with", "L'Oréal")}),
        ("fr", "La maison Liseron grandit. Liseron ouvre à Lyon. Face à Chanel et à Dior, l'enseigne mise sur le "
               "service.", {("Liseron", "competes_with", "Chanel"), ("Liseron", "competes_with", "Dior")}),
        ("it", "Il marchio Liseron cresce. Liseron apre a Roma. Le vendite calano per colpa di concorrenti come "
               "Prada e Gucci.", {("Liseron", "competes_with", "Prada"), ("Liseron", "competes_with", "Gucci")}),
        # "it" between two subjects: the subject of the sentence competes
        ("en", "Orvane Group will open 40 Liseron boutiques, a push that puts it in direct competition with Chanel.",
         {("Orvane Group", "competes_with", "Chanel")}),
        # "Competition is fierce." then the rivals
        ("en", "Vestiaire Collective raised funds. Vestiaire Collective is an app. Competition is fierce. Vinted and "
               "The RealReal lead the segment.", {("Vestiaire Collective", "competes_with", "Vinted"),
                                                  ("Vestiaire Collective", "competes_with", "The RealReal")}),
        ("fr", "Vestiaire Collective lève des fonds. Vestiaire Collective est une plateforme. La concurrence est "
               "rude. Vinted domine le segment.", {("Vestiaire Collective", "competes_with", "Vinted")}),
        ("it", "Vestiaire Collective raccoglie fondi. Vestiaire Collective è una piattaforma. La concorrenza è "
               "forte. Vinted domina il segmento.", {("Vestiaire Collective", "competes_with", "Vinted")}),
        # partners_with: the subject of the cue first; no subject named, the organisation the article is about
        ("it", "Vestiaire Collective cresce. Vestiaire Collective ha firmato nel 2026 un accordo con Furla.",
         {("Vestiaire Collective", "partners_with", "Furla")}),
        ("fr", "La maison Liseron grandit. Liseron ouvre à Lyon. Ensuite, un partenariat avec Zalando.",
         {("Liseron", "partners_with", "Zalando")}),
        ("en", "The label Liseron grew. Liseron opened in Lyon. Next, a partnership with Zalando.",
         {("Liseron", "partners_with", "Zalando")}),
        ("it", "Il marchio Liseron aprirà un negozio su Tmall.", {("Liseron", "sells_on", "Tmall")}),
        # more cue phrasings
        ("en", "The label Liseron teamed with Zalando last spring.", {("Liseron", "partners_with", "Zalando")}),
        ("fr", "La maison Liseron s'allie à Zalando pour l'Europe.", {("Liseron", "partners_with", "Zalando")}),
        ("it", "Il marchio Liseron si allea con Zalando per l'Europa.", {("Liseron", "partners_with", "Zalando")}),
        ("en", "The label Liseron takes on Chanel and Dior in Asia.",
         {("Liseron", "competes_with", "Chanel"), ("Liseron", "competes_with", "Dior")}),
        ("fr", "La maison Liseron est désormais présente sur Zalando.", {("Liseron", "sells_on", "Zalando")}),
        # "on the platform": the platform named just before
        ("it", "Vestiaire Collective ha firmato un accordo con il marchio Liseron, che rivende sulla piattaforma le "
               "borse usate.", {("Liseron", "sells_on", "Vestiaire Collective")}),
        ("fr", "La maison Liseron grandit. Un partenariat avec Zalando : une sélection de la maison est vendue sur "
               "la plateforme allemande.", {("Liseron", "sells_on", "Zalando")}),
        ("en", "Vestiaire Collective signed a deal with the label Liseron, which resells used bags on the platform.",
         {("Liseron", "sells_on", "Vestiaire Collective")}),
        # selling with no seller named: the brand the article is about
        ("fr", "La maison Liseron grandit. Liseron ouvre à Lyon. Le plan a trois piliers. Enfin, la vente en "
               "direct sur Instagram.", {("Liseron", "sells_on", "Instagram")}),
        ("it", "Il marchio Liseron cresce. Liseron apre a Roma. Il piano ha tre pilastri. Infine, la vendita in "
               "diretta su Instagram.", {("Liseron", "sells_on", "Instagram")}),
        ("en", "The label Liseron grew. Liseron opened in Lyon. The plan has three parts. Finally, live sales "
               "on Instagram.", {("Liseron", "sells_on", "Instagram")}),
    ],
)
def test_relation_cues_in_three_languages(lang: str, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a minority stake, or any share under half, is no ownership
        ("en", "Orvane Capital holds 25% of the house Liseron.", ("Liseron", "owned_by", "Orvane Capital")),
        ("en", "Orvane Capital, which bought 20% of the label Liseron, grew.",
         ("Liseron", "owned_by", "Orvane Capital")),
        ("fr", "Le fonds Dauberval Partenaires détient 25 % de la maison Liseron.",
         ("Liseron", "owned_by", "Fonds Dauberval Partenaires")),
        ("it", "Il fondo Orvane Capital detiene il 30% del marchio Liseron.",
         ("Liseron", "owned_by", "Orvane Capital")),
        ("en", "At the house Liseron, a 30% stake is now held by Orvane Capital.",
         ("Liseron", "owned_by", "Orvane Capital")),
        # "partner di X" after a person is a title, not a partnership
        ("it", "Il marchio Liseron cresce. Secondo Marco Neri, partner di Orvane Capital, il mercato vale molto.",
         ("Liseron", "partners_with", "Orvane Capital")),
        # selling with no seller named in a story about a platform: not one of the brands it listed earlier
        ("en", "Tmall grew fast this year. Tmall now counts Gucci and Prada. Tmall also hosts Gucci watches. Tmall "
               "doubled its revenue. Its staff grew. Elsewhere, live sales on Douyin rose.",
         ("Gucci", "sells_on", "Douyin")),
        # a mere possibility is not a sale (a firm plan is: "aprirà un negozio su X" counts)
        ("en", "The label Liseron is considering a store on Tmall.", ("Liseron", "sells_on", "Tmall")),
        ("fr", "La maison Liseron envisage une boutique sur Tmall.", ("Liseron", "sells_on", "Tmall")),
        ("it", "Il marchio Liseron sta valutando un negozio su Tmall.", ("Liseron", "sells_on", "Tmall")),
        # the group's store on a platform: no rival named before runs that platform
        ("en", "Orvane Group grew. Orvane Group sells perfume. Rivals such as Coty struggled. Online, the group's "
               "Douyin storefront doubled its sales.", ("Coty", "operates", "Douyin")),
    ],
)
def test_stakes_titles_and_possibilities_are_no_relation(lang: str, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "A x B": a product of two brands
        ("en", "The Loewe x Fendi bag sold out in an hour.", ("Loewe", "partners_with", "Fendi")),
        ("fr", "Le sac Loewe x Fendi s'est vendu en une heure.", ("Loewe", "partners_with", "Fendi")),
        ("it", "La borsa Loewe x Fendi è andata esaurita in un'ora.", ("Loewe", "partners_with", "Fendi")),
        # the partner of a participial clause is the sentence's subject, not the object before it
        ("en", "Fendi signed a deal with Loewe, ending a partnership with Kering that began in 2010.",
         ("Fendi", "partners_with", "Kering")),
        ("fr", "Fendi a signé un accord avec Loewe, mettant fin à un partenariat avec Kering commencé en 2010.",
         ("Fendi", "partners_with", "Kering")),
        ("it", "Fendi ha firmato un accordo con Loewe, chiudendo la partnership con Kering iniziata nel 2010.",
         ("Fendi", "partners_with", "Kering")),
        # a kind noun may stand between the partner cue and the partner
        ("en", "Fendi grew. The brand announced a sale in partnership with the specialist platform Farfetch.",
         ("Fendi", "partners_with", "Farfetch")),
        ("fr", "Fendi grandit. La maison annonce une vente en collaboration avec la plateforme spécialisée Farfetch.",
         ("Fendi", "partners_with", "Farfetch")),
        ("it", "Fendi cresce. La maison annuncia un'asta in collaborazione con la piattaforma specializzata Farfetch.",
         ("Fendi", "partners_with", "Farfetch")),
        # "a collaboration between A and B": both partners after the cue
        ("en", "Kering praised the collaboration between Loewe and Fendi.", ("Loewe", "partners_with", "Fendi")),
        ("fr", "Kering salue la collaboration entre Loewe et Fendi.", ("Loewe", "partners_with", "Fendi")),
        ("it", "Kering elogia la collaborazione tra Loewe e Fendi.", ("Loewe", "partners_with", "Fendi")),
        # "born" in an apposition right after the organisation: its founding year
        ("en", "Maison Corvane, born in Geneva in 1974, sells watches.", ("Maison Corvane", "founded_in", "1974")),
        ("fr", "Maison Corvane, née à Genève en 1974, vend des montres.", ("Maison Corvane", "founded_in", "1974")),
        ("it", "Maison Corvane, nata a Ginevra nel 1974, vende orologi.", ("Maison Corvane", "founded_in", "1974")),
        # a retailer's web shop is a venue
        ("en", "The new Fendi scent will be sold on Sephora's website.", ("Fendi", "sells_on", "Sephora")),
        ("fr", "Le parfum de Fendi sera vendu sur le site de Sephora.", ("Fendi", "sells_on", "Sephora")),
        ("it", "Il profumo di Fendi sarà venduto sul sito di Sephora.", ("Fendi", "sells_on", "Sephora")),
        # a brand's own app: it runs it and sells on it
        ("en", "Nike sold the pairs on its app SNKRS. Nike's SNKRS app put them on sale.",
         ("Nike", "operates", "SNKRS")),
        ("fr", "L'application SNKRS de Nike a mis en vente les paires.", ("Nike", "sells_on", "SNKRS")),
        ("it", "L'app SNKRS di Nike ha messo in vendita le scarpe.", ("Nike", "operates", "SNKRS")),
        # "The brand ..., including A, sells on X": the brand spoken of sells there
        ("en", "Fendi grew. The brand is stocked by forty shops, including Harrods, and sells on Farfetch.",
         ("Fendi", "sells_on", "Farfetch")),
        ("fr", "Fendi grandit. La marque est distribuée dans quarante points de vente, dont Harrods, et vend sur "
               "Farfetch.", ("Fendi", "sells_on", "Farfetch")),
        ("it", "Fendi cresce. Il marchio è distribuito in quaranta negozi, tra cui Harrods, e vende su Farfetch.",
         ("Fendi", "sells_on", "Farfetch")),
    ],
)
def test_relations_from_round_four_cues(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(text, lang)
    assert expected in found, found


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # an adjective "licensed" is no licence deal
        ("en", "Kering and Loewe control most of the licensed eyewear segment.", ("Kering", "partners_with", "Loewe")),
        # "a collaboration between A and B": the organisation before the cue is no partner
        ("en", "Kering praised the collaboration between Loewe and Fendi.", ("Kering", "partners_with", "Loewe")),
        ("fr", "Kering salue la collaboration entre Loewe et Fendi.", ("Kering", "partners_with", "Loewe")),
        ("it", "Kering elogia la collaborazione tra Loewe e Fendi.", ("Kering", "partners_with", "Loewe")),
        # an apposition ends at its comma: the organisation after it is no owner
        ("en", "Fendi, owned by LVMH, and Kering now lead the market.", ("Fendi", "owned_by", "Kering")),
        ("fr", "Fendi, détenue par LVMH, et Kering dominent le marché.", ("Fendi", "owned_by", "Kering")),
        ("it", "Fendi, controllata da LVMH, e Kering dominano il mercato.", ("Fendi", "owned_by", "Kering")),
        # a competition cue with a subject of its own that names no organisation
        ("en", "Fendi grew. Analysts say that small independents can still compete with Kering.",
         ("Fendi", "competes_with", "Kering")),
        ("fr", "Fendi grandit. Selon les analystes, les petits indépendants peuvent encore rivaliser avec Kering.",
         ("Fendi", "competes_with", "Kering")),
        ("it", "Fendi cresce. Secondo gli analisti i piccoli indipendenti possono ancora competere con Kering.",
         ("Fendi", "competes_with", "Kering")),
        # "The brand ..., including A, sells on X": A does not
        ("fr", "Fendi grandit. La marque est distribuée dans quarante points de vente, dont Harrods, et vend sur "
               "Farfetch.", ("Harrods", "sells_on", "Farfetch")),
    ],
)
def test_no_relation_from_round_four_traps(lang: str, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples(text, lang)


def test_a_past_employer_is_not_the_seller_spoken_of() -> None:
    role = Role(title="direttore", role="director", org="Loewe", evidence=Evidence(0, 0, 5, "t"), current=False)
    marco = Person(name="Marco Neri", evidence=Evidence(0, 0, 10, "t"), roles=(role,))
    text = "Guida la società Marco Neri, ex direttore di Loewe. I proventi finanzieranno le vendite online su Farfetch."
    assert ("Loewe", "sells_on", "Farfetch") not in triples(text, "it", [marco])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kering has hired Marc Dole, formerly at Cartier, to run the new unit."),
        ("fr", "Kering a recruté Marc Dole, ancien de Cartier, pour diriger la nouvelle unité."),
        ("it", "Kering ha assunto Marc Dole, ex di Cartier, per guidare la nuova unità."),
    ],
)
def test_a_person_hired_without_a_title_works_for_the_employer(lang: str, text: str) -> None:
    past = Role(title="director", role="director", org="Cartier", evidence=Evidence(0, 0, 5, "t"), current=False)
    marc = Person(name="Marc Dole", evidence=Evidence(0, text.index("Marc"), text.index("Marc") + 9, "t"),
                  roles=(past,))
    found = triples(text, lang, [marc])
    assert ("Marc Dole", "works_for", "Kering") in found
    assert ("Marc Dole", "works_for", "Cartier") not in found


# --- datelines, relatives, comparisons ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a creation cue right after a dateline opens the sentence: the name after it was founded
        ("en", "GENEVA — Founded in 1790 by a clockmaker, the house Corvelle opens a store.",
         ("Corvelle", "founded_in", "1790")),
        ("fr", "LYON — Fondée en 1788 au bord du Rhône, la maison Ombrelune ouvre une boutique.",
         ("Ombrelune", "founded_in", "1788")),
        ("it", "VICENZA – Fondata nel 1765 in collina, la maison Ardesi apre un negozio.",
         ("Ardesi", "founded_in", "1765")),
        # "the family-run company" after the article's subject is the subject, not a client named with it
        ("en", "Harlow Threads, the Welsh spinner, supplies Gucci and Prada. Harlow Threads grew. The family-run "
               "company, founded in 1902, employs 300 people.", ("Harlow Threads", "founded_in", "1902")),
        ("fr", "La maison Ombrelune grandit. Ombrelune habille Dior et Chanel. La vieille maison, fondée en 1902, "
               "recrute.",
         ("Ombrelune", "founded_in", "1902")),
        ("it", "La maison Ardesi cresce. Ardesi veste Gucci e Prada. La storica maison, fondata nel 1902, "
               "assume.",
         ("Ardesi", "founded_in", "1902")),
        # the subject of a deal is the unnamed house, not the owner in the apposition between
        ("fr", "La maison Ombrelune grandit. La maison, détenue par le groupe Ferval, a signé un accord "
               "avec Farfetch.",
         ("Ombrelune", "partners_with", "Farfetch")),
        # rivals listed after a colon, past an owner in apposition
        ("it", "Il marchio Ardesi troverà concorrenti agguerriti: Ginori 1735, controllata da Kering, "
               "e la francese Bernardaud.",
         ("Ardesi", "competes_with", "Bernardaud")),
        ("en", "The house Corvelle faces tough rivals here: Cartier, owned by Richemont, "
               "and the Swiss Chopard.",
         ("Corvelle", "competes_with", "Chopard")),
        ("fr", "La maison Ombrelune affronte des concurrents sérieux : Cartier, détenue par Richemont, "
               "et la suisse Chopard.",
         ("Ombrelune", "competes_with", "Chopard")),
        ("en", "Harlow Threads Group competes with Tallis & Pike and Italy's Vellucci.",
         ("Harlow Threads Group", "competes_with", "Vellucci")),
        # a subsidiary named after the short form of a house belongs to the house
        ("it", "Maison Ardesi cresce. La nuova filiale Ardesi USA sarà guidata da un manager.",
         ("Ardesi USA", "owned_by", "Maison Ardesi")),
        ("fr", "Maison Ombrelune grandit. Sa filiale Ombrelune Japan ouvrira à Tokyo.",
         ("Ombrelune Japan", "owned_by", "Maison Ombrelune")),
        ("en", "Maison Corvelle grew. Its new subsidiary Corvelle Korea will open in Seoul.",
         ("Corvelle Korea", "owned_by", "Maison Corvelle")),
        # the rest of the capital in the hands of a fund
        ("it", "La maison Ardesi cresce. Il restante 60% è in mano al fondo Arno Capital Partners.",
         ("Ardesi", "owned_by", "Arno Capital Partners")),
        # a founding year in the 1700s
        ("en", "The house Corvelle, founded in 1735, grew.", ("Corvelle", "founded_in", "1735")),
    ],
)
def test_relations_after_datelines_and_of_the_subject(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # the owner in a rival's apposition is no rival
        ("it", "Il marchio Ardesi troverà concorrenti agguerriti: Ginori 1735, controllata da Kering, "
               "e la francese Bernardaud.",
         ("Ardesi", "competes_with", "Kering")),
        # the client named last is not what "the company" stands for
        ("en", "Harlow Threads, the Welsh spinner, supplies Gucci and Prada. Harlow Threads grew. The family-run "
               "company, founded in 1902, employs 300 people.", ("Prada", "founded_in", "1902")),
        # the owner in an apposition is not the one signing
        ("fr", "La maison Ombrelune grandit. La maison, détenue par le groupe Ferval, a signé un accord "
               "avec Farfetch.",
         ("Ferval", "partners_with", "Farfetch")),
    ],
)
def test_owners_in_an_apposition_are_not_the_party(lang: str, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("it", "Le vendite passeranno da Farfetch, con cui la maison Ardesi ha firmato un accordo di distribuzione.",
         ("Ardesi", "partners_with", "Farfetch")),
        ("en", "Sales will go through Farfetch, with which the house Corvelle signed a distribution agreement.",
         ("Corvelle", "partners_with", "Farfetch")),
        ("fr", "Les ventes passeront par Farfetch, avec laquelle la maison Ombrelune a signé un accord "
               "de distribution.",
         ("Ombrelune", "partners_with", "Farfetch")),
    ],
)
def test_agreement_in_a_relative_clause(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the relative clause says no agreement was signed with X
        ("en", "Sales will go through Farfetch, with which the house Corvelle shares a warehouse."),
        ("fr", "Les ventes passeront par Farfetch, avec laquelle la maison Ombrelune partage un entrepôt."),
        ("it", "Le vendite passeranno da Farfetch, con cui la maison Ardesi condivide un magazzino."),
    ],
)
def test_relative_clause_without_agreement(lang: str, text: str) -> None:
    assert not any(p == "partners_with" for _, p, _ in triples(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "expected", "absent"),
    [
        # the comparison a house must bear is with its rivals; an apposition between rivals and an owner after
        # them are no rivals, and the owner is not the subject
        ("it", "La maison Ardesi cresce. Ardesi apre a Roma. Il confronto obbligato è con Cartier, leader dei "
               "gioielli, e con Chopard, che fa capo a Richemont.",
         {("Ardesi", "competes_with", "Cartier"), ("Ardesi", "competes_with", "Chopard")},
         ("Richemont", "competes_with", "Cartier")),
        ("en", "The house Corvelle grew. Corvelle opens in Rome. The obvious comparison is with Cartier, the jewellery "
               "leader, and with Chopard, which belongs to Richemont.",
         {("Corvelle", "competes_with", "Cartier"), ("Corvelle", "competes_with", "Chopard")},
         ("Richemont", "competes_with", "Cartier")),
        ("fr", "La maison Ombrelune grandit. Ombrelune ouvre à Rome. La comparaison se fait avec Cartier, le leader "
               "du bijou, et avec Chopard, détenue par Richemont.",
         {("Ombrelune", "competes_with", "Cartier"), ("Ombrelune", "competes_with", "Chopard")},
         ("Richemont", "competes_with", "Cartier")),
    ],
)
def test_comparison_names_rivals(lang: str, text: str, expected: set, absent: tuple[str, str, str]) -> None:
    found = triples(text, lang)
    assert expected <= found and absent not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Shoppers like the label Corvelle and the house Ombrelune. Both brands sell heavily on Tmall."),
        ("fr", "Les acheteurs aiment la griffe Corvelle et la maison Ombrelune. Les deux marques vendent sur Tmall."),
        ("it", "I clienti amano il marchio Corvelle e la maison Ombrelune. Entrambi i marchi vendono su Tmall."),
    ],
)
def test_both_brands_sell(lang: str, text: str) -> None:
    found = triples(text, lang)
    assert {("Corvelle", "sells_on", "Tmall"), ("Ombrelune", "sells_on", "Tmall")} <= found


# A sentence opening on "the company" / "l'azienda" speaks of the organisation the article is about, even when
# a brand it licenses was named more recently.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Ottica Varenne SpA renewed its licence. Ottica Varenne makes frames in Belluno and Ottica Varenne "
     "exports them. Its licensed brand Maison Dorvel is sold in Paris. The company was founded in 1971 in Agordo.",
     ("Ottica Varenne", "founded_in", "1971")),
    ("fr", "Ottica Varenne SpA a renouvelé sa licence. Ottica Varenne fabrique des montures et Ottica Varenne les "
     "exporte. Sa marque sous licence Maison Dorvel est vendue à Paris. L'entreprise a été fondée en 1971 à Agordo.",
     ("Ottica Varenne", "founded_in", "1971")),
    ("it", "Ottica Varenne SpA ha rinnovato la licenza. Ottica Varenne produce montature e Ottica Varenne le "
     "esporta. Il suo marchio in licenza Maison Dorvel è venduto a Parigi. L'azienda fu fondata nel 1971 ad Agordo.",
     ("Ottica Varenne", "founded_in", "1971")),
])
def test_a_company_anaphor_is_the_articles_organisation(lang: str, text: str, expected: tuple) -> None:
    found = triples(text, lang)
    assert expected in found
    assert not any(p == "founded_in" and s == "Maison Dorvel" for s, p, _ in found)


def all_triples(text: str, lang: str) -> set[tuple[str, str, str]]:
    from luxcli.extract import extract_all

    return {(r.subject, r.predicate, r.object) for r in extract_all(article(text, lang)).relations}


# A house known only from a title ("amministratore delegato di X") is an organisation the relations see; a past
# employer named on the way is not the house that was founded or is owned.
@pytest.mark.parametrize(("lang", "text", "expected", "wrong"), [
    ("en", "Tom Reyes is chief executive of Vauclair. A former marketing director of Breitling, he runs a "
     "manufacture founded in 1881 and controlled by Alpen Holding.",
     {("Vauclair", "founded_in", "1881"), ("Vauclair", "owned_by", "Alpen Holding")}, "Breitling"),
    ("fr", "Paul Morel est directeur général de Vauclair. Ancien directeur marketing de Breitling, il dirige une "
     "manufacture fondée en 1881 et contrôlée par Alpen Holding.",
     {("Vauclair", "founded_in", "1881"), ("Vauclair", "owned_by", "Alpen Holding")}, "Breitling"),
    ("it", "Marco Bassi è amministratore delegato di Vauclair. Già direttore marketing di Breitling, guida una "
     "manifattura fondata nel 1881 e controllata da Alpen Holding.",
     {("Vauclair", "founded_in", "1881"), ("Vauclair", "owned_by", "Alpen Holding")}, "Breitling"),
])
def test_relations_of_a_house_known_from_a_title(lang: str, text: str, expected: set, wrong: str) -> None:
    found = all_triples(text, lang)
    assert expected <= found
    assert not any(s == wrong and p in ("founded_in", "owned_by") for s, p, _ in found)


# An adverb between the verb of competition and its preposition: "compete soprattutto con", "se battre avec".
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Gucci competes mainly with Prada and Fendi in leather goods.",
     {("Gucci", "competes_with", "Prada"), ("Gucci", "competes_with", "Fendi")}),
    ("fr", "Gucci veut se battre frontalement avec Prada et Fendi sur la maroquinerie.",
     {("Gucci", "competes_with", "Prada"), ("Gucci", "competes_with", "Fendi")}),
    ("it", "Gucci compete soprattutto con Prada e Fendi nella pelletteria.",
     {("Gucci", "competes_with", "Prada"), ("Gucci", "competes_with", "Fendi")}),
])
def test_competition_with_an_adverb(lang: str, text: str, expected: set) -> None:
    assert expected <= triples(text, lang)


# "X, the group's knitwear label": a brand of the group the article is about.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gruppo Corvaldi named a new chief executive. She comes from Aurelia Bassel, the group's knitwear label, "
     "and will run Gruppo Corvaldi."),
    ("fr", "Le groupe Corvaldi a nommé une directrice générale. Elle vient de chez Aurelia Bassel, la marque de maille "
     "du groupe, et dirigera le groupe Corvaldi."),
    ("it", "Gruppo Corvaldi ha nominato un nuovo amministratore delegato. Sellaro arriva da Aurelia Bassel, il marchio "
     "di maglieria del gruppo, e guiderà Gruppo Corvaldi."),
])
def test_a_brand_of_the_group_in_apposition(lang: str, text: str) -> None:
    found = all_triples(text, lang)
    assert any(s == "Aurelia Bassel" and p == "owned_by" for s, p, _ in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an opening participle is said of the house the main clause names by a noun, not of an owner named later
        ("en", "Maison Tréval opened a store. Founded in 1951 by the tailor Anna Brisot, the house is controlled "
               "by the family holding Orvane Holding.", ("Maison Tréval", "founded_in", "1951")),
        ("fr", "La maison Tréval ouvre une boutique. Fondée en 1951 par Anne Brisot, la maison est contrôlée "
               "depuis 2020 par le groupe familial Orvane Participations.", ("Tréval", "founded_in", "1951")),
        ("it", "La maison Tréval apre una boutique. Fondata nel 1951 dalla sarta Anna Brisot, la maison è "
               "controllata dalla holding Orvane Holding.", ("Tréval", "founded_in", "1951")),
        # "l'azienda" after the opening participle: the company the article is about, not the last brand named
        ("it", "Il Maglificio Dovera cresce. Il Maglificio Dovera assume. Il direttore arriva da Gucci. "
               "Fondata nel 1968 a Perugia da Aldo "
               "Dovera, l'azienda produce maglieria.", ("Maglificio Dovera", "founded_in", "1968")),
        # the employer of a founder, inside the opening participle, is not what was founded
        ("en", "The resale platform Quillane grows. Founded in 2019 by two former buyers at Farfetch, Quillane says "
               "it has 2 million members.",
         ("Quillane", "founded_in", "2019")),
        ("fr", "La plateforme Quillane grandit. Fondée en 2019 par un ancien acheteur chez Farfetch, Quillane "
               "revendique 2 millions de membres.",
         ("Quillane", "founded_in", "2019")),
        ("it", "La piattaforma Quillane cresce. Fondata nel 2019 da un ex buyer presso Farfetch, Quillane conta "
               "2 milioni di iscritti.",
         ("Quillane", "founded_in", "2019")),
        # "the group, founded in ...": the article's group
        ("en", "Northwind Group changes its CEO. Northwind Group grew 5%. The group, founded in 1962 in Oslo, "
               "employs 900 people.", ("Northwind Group", "founded_in", "1962")),
        ("fr", "Groupe Sarvel change de directeur. Groupe Sarvel grandit. Le groupe, fondé en 1962 à Lyon, "
               "emploie 900 personnes.", ("Groupe Sarvel", "founded_in", "1962")),
        ("it", "Gruppo Bellandi cambia vertici. Gruppo Bellandi cresce. Il gruppo, fondato nel 1962 a Bologna, "
               "ha chiuso l'anno in crescita.", ("Gruppo Bellandi", "founded_in", "1962")),
        # "sells through X"
        ("en", "The jeweller Quillane already sells through Zalando in Germany.", ("Quillane", "sells_on", "Zalando")),
        ("fr", "Le joaillier Quillane vend déjà via Zalando en Allemagne.", ("Quillane", "sells_on", "Zalando")),
        ("it", "Il marchio Quillane vende già tramite Zalando in Germania.", ("Quillane", "sells_on", "Zalando")),
        # an owner's list whose items are joined by commas, each with its kind noun
        ("en", "Northwind Group, the owner of couture house Ondelle, Milanese shoemaker Brevio and British label "
               "Hartcombe, grew.", ("Brevio", "owned_by", "Northwind Group")),
        ("fr", "Groupe Sarvel, la maison mère de la griffe Ondelle, du chausseur Brevio et du gantier Hartcombe, "
               "grandit.", ("Brevio", "owned_by", "Groupe Sarvel")),
        ("it", "Il marchio Ondelle cresce. Gruppo Varnetti, proprietario di Ondelle, del marchio Brevio e "
               "della griffe Hartcombe, cresce.", ("Brevio", "owned_by", "Gruppo Varnetti")),
        # a company noun anywhere in the clause stands for the article's company
        ("it", "Il Lanificio Varesco presenta un piano. Il Lanificio Varesco ha 300 dipendenti. Il marchio Ardesi "
               "è un cliente. Per la parte tecnologica l'azienda ha stretto un accordo con la start-up Filaro.",
         ("Lanificio Varesco", "partners_with", "Filaro")),
        ("en", "Varesco Group presented a plan. Varesco Group employs 300. The label Ardesi is a client. For the "
               "technology the company has partnered with the start-up Filaro.",
         ("Varesco Group", "partners_with", "Filaro")),
        ("fr", "Le Groupe Varesco présente un plan. Le Groupe Varesco emploie 300 personnes. La marque Ardesi "
               "est cliente. Pour la technologie, l'entreprise a noué un partenariat avec la jeune pousse Filaro.",
         ("Groupe Varesco", "partners_with", "Filaro")),
    ],
)
def test_opening_participles_speak_of_the_house(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("fr", "La maison Tréval ouvre une boutique. Fondée en 1951 par Anne Brisot, la maison est contrôlée "
               "depuis 2020 par le groupe familial Orvane Participations.",
         ("Orvane Participations", "founded_in", "1951")),
        ("en", "The resale platform Quillane grows. Founded in 2019 by two former buyers at Farfetch, Quillane says "
               "it has 2 million members.",
         ("Farfetch", "founded_in", "2019")),
        ("it", "Il Maglificio Dovera cresce. Il Maglificio Dovera assume. Il direttore arriva da Gucci. "
               "Fondata nel 1968 a Perugia da Aldo "
               "Dovera, l'azienda produce maglieria.", ("Gucci", "founded_in", "1968")),
    ],
)
def test_opening_participles_are_not_said_of_the_owner(lang: str, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in triples(text, lang)


# A person's past employer that opens a sentence as its subject is the child of an ownership cue after it;
# and a rival is of the same kind as the one it rivals, not the owner in its apposition.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Tom Hale spent nine years at the label Wexley. Wexley, the jacket specialist controlled by the holding "
           "company Nordane Invest, is the most direct rival of the label Harrowby.",
     ("Wexley", "owned_by", "Nordane Invest")),
    ("fr", "Paul Hale a passé neuf ans chez la marque Wexley. Wexley, la griffe contrôlée par la holding "
           "Nordane Invest, est la concurrente directe de la marque Harrowby.",
     ("Wexley", "owned_by", "Nordane Invest")),
    ("it", "Paolo Hale ha lavorato nove anni presso il marchio Wexley. Wexley, il marchio controllato dalla holding "
           "Nordane Invest, è il rivale diretto del marchio Harrowby.",
     ("Wexley", "owned_by", "Nordane Invest")),
])
def test_a_past_employer_opening_a_sentence_is_the_owned_one(lang: str, text: str,
                                                              expected: tuple[str, str, str]) -> None:
    ev = Evidence(0, 0, 5, "t")
    who = Person("Tom Hale", ev, roles=(Role("manager", "manager", "Wexley", ev, current=False),))
    assert expected in triples(text, lang, [who])


@pytest.mark.parametrize(("lang", "text", "expected", "absent"), [
    ("en", "The label Harrowby grew. The label Wexley, controlled by the holding company Nordane Invest, is the "
           "most direct rival Harrowby has.",
     ("Harrowby", "competes_with", "Wexley"), ("Harrowby", "competes_with", "Nordane Invest")),
    ("fr", "La marque Harrowby grandit. La marque Wexley, contrôlée par la holding Nordane Invest, reste la rivale "
           "Harrowby la plus proche.",
     ("Harrowby", "competes_with", "Wexley"), ("Harrowby", "competes_with", "Nordane Invest")),
    ("it", "Il marchio Harrowby cresce. Il marchio Wexley, controllato dalla holding Nordane Invest, è il rivale "
           "Harrowby più vicino.",
     ("Harrowby", "competes_with", "Wexley"), ("Harrowby", "competes_with", "Nordane Invest")),
])
def test_a_rival_is_of_the_kind_of_the_one_it_rivals(lang: str, text: str, expected: tuple[str, str, str],
                                                     absent: tuple[str, str, str]) -> None:
    found = triples(text, lang)
    assert expected in found and absent not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an owner that "brings together" / "réunit" / "riunisce" houses
    ("en", "Groupe Sarvel, which brings together the houses Ondelle and Brevio, grew.",
     ("Brevio", "owned_by", "Groupe Sarvel")),
    ("fr", "Le conseil de Groupe Sarvel, qui réunit également les maisons Ondelle et Brevio, a voté.",
     ("Brevio", "owned_by", "Groupe Sarvel")),
    ("fr", "La maison Ondelle est une filiale de Groupe Sarvel, le groupe familial qui possède aussi le "
           "chausseur Brevio.", ("Brevio", "owned_by", "Groupe Sarvel")),
    ("it", "Gruppo Bellandi, che riunisce i marchi Ondelle e Brevio, cresce.",
     ("Brevio", "owned_by", "Gruppo Bellandi")),
    # a platform "operated by" a company
    ("en", "The marketplace Quillane, operated by the group Rawlins Holding, grew.",
     ("Rawlins Holding", "operates", "Quillane")),
    ("fr", "La plateforme Quillane grandit. Le site de vente en ligne, lancé en mai 2019 et exploité par le groupe "
           "Rawlins Holding, recrute. Quillane ouvre un bureau.", ("Rawlins Holding", "operates", "Quillane")),
    ("it", "La piattaforma Quillane, gestita dalla holding Rawlins Holding, cresce.",
     ("Rawlins Holding", "operates", "Quillane")),
    # "the site, launched in May 2019": the platform the article is about
    ("fr", "La plateforme Quillane grandit. Le site de vente en ligne, lancé en mai 2019 et exploité par le groupe "
           "Rawlins Holding, recrute. Quillane ouvre un bureau.", ("Quillane", "launched_on", "2019-05")),
    ("en", "The marketplace Quillane grew. The site, launched in May 2019, now hires. Quillane opens an office.",
     ("Quillane", "launched_on", "2019-05")),
    ("it", "La piattaforma Quillane cresce. Il sito, lanciato nel maggio 2019, assume. Quillane apre un ufficio.",
     ("Quillane", "launched_on", "2019-05")),
])
def test_owners_operators_and_launches(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


def test_an_operator_far_from_its_cue_runs_nothing() -> None:
    found = triples("The marketplace Quillane, operated by its founders since 2019 with help from Rawlins Holding, "
                    "grew.", "en")
    assert ("Rawlins Holding", "operates", "Quillane") not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an interviewee's "we are present on X": the house the article is about sells there
    ("en", "The house Brellon grew. The house Brellon opened. In China we are present on Tmall Luxury Pavilion.",
     ("Brellon", "sells_on", "Tmall Luxury Pavilion")),
    ("fr", "La maison Brellon grandit. La maison Brellon ouvre. En Chine, nous sommes présents sur Tmall Luxury "
           "Pavilion.", ("Brellon", "sells_on", "Tmall Luxury Pavilion")),
    ("it", "Il marchio Brellon cresce. Il marchio Brellon apre. In Cina siamo presenti su Tmall Luxury Pavilion.",
     ("Brellon", "sells_on", "Tmall Luxury Pavilion")),
    # a rival list whose last item repeats a preposition and an article: "ou à la C", "o alla C", "or to the C"
    ("fr", "La maison Vauclair grandit. Face à Baccarat, Lalique ou à la Cristallerie Sorlin, propriété d'Hermès, "
           "Vauclair mise sur les créateurs.", ("Vauclair", "competes_with", "Cristallerie Sorlin")),
    ("it", "Il marchio Vauclair cresce. Il marchio Vauclair compete con Baccarat, Lalique o con la Cristallerie "
           "Sorlin.", ("Vauclair", "competes_with", "Cristallerie Sorlin")),
    ("en", "The house Vauclair grew. The house Vauclair competes with Baccarat, Lalique and with the Cristallerie "
           "Sorlin.", ("Vauclair", "competes_with", "Cristallerie Sorlin")),
])
def test_presence_and_rival_lists(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The brand Ortesa opened a WeChat mini-programme, operated by the agency Lianbo Digital."),
    ("fr", "La marque Ortesa a ouvert une boutique WeChat, gérée par l'agence Lianbo Digital."),
    ("it", "Il marchio Ortesa ha aperto un negozio WeChat, gestito dall'agenzia Lianbo Digital."),
])
def test_an_agency_running_a_store_on_a_platform_does_not_run_the_platform(lang: str, text: str) -> None:
    assert ("Lianbo Digital", "operates", "WeChat") not in triples(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the owner named as the majority shareholder
    ("en", "The brand Ortesa, whose majority shareholder since 2021 is the Spanish investment company Almira "
           "Holdings, grew.", ("Ortesa", "owned_by", "Almira Holdings")),
    ("fr", "La marque Ortesa, dont l'actionnaire majoritaire depuis 2021 est la holding Almira Holdings, grandit.",
     ("Ortesa", "owned_by", "Almira Holdings")),
    ("it", "Il marchio Ortesa, il cui azionista di maggioranza dal 2021 è la holding Almira Holdings, cresce.",
     ("Ortesa", "owned_by", "Almira Holdings")),
    # "maison mère des marques A, B et C"
    ("fr", "Le groupe lyonnais Groupe Sarvel, maison mère des marques Ondelle, Brevio et Hartcombe, publie ses "
           "résultats.", ("Hartcombe", "owned_by", "Groupe Sarvel")),
    ("it", "Gruppo Bellandi, capogruppo dei marchi Ondelle, Brevio e Hartcombe, pubblica i conti.",
     ("Hartcombe", "owned_by", "Gruppo Bellandi")),
    ("en", "Northwind Group, the parent of the brands Ondelle, Brevio and Hartcombe, reported results.",
     ("Hartcombe", "owned_by", "Northwind Group")),
])
def test_shareholders_and_parents(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected", "absent"), [
    ("en", "The house Castelle grew. The house Castelle opened. The edition is sold on the platform Mytheresa, a "
           "partner of the house since 2024.", ("Castelle", "partners_with", "Mytheresa"), None),
    ("fr", "La maison Castelle grandit. La maison Castelle ouvre. L'édition sera vendue via la plateforme Mytheresa, "
           "partenaire de la maison depuis 2024.", ("Castelle", "partners_with", "Mytheresa"), None),
    ("it", "La maison Castelle cresce. La maison Castelle apre. L'edizione è venduta sulla piattaforma Mytheresa, "
           "partner della maison dal 2024.", ("Castelle", "partners_with", "Mytheresa"), None),
    # a person's title "partner of a firm" names no partnership of the house
    ("it", "La maison Castelle cresce. Secondo Federica Rossi, partner di Bain & Company, la maison cresce.",
     None, ("Castelle", "partners_with", "Bain & Company")),
    ("en", "The house Castelle grew. According to Jane Rossi, a partner of Bain & Company, the house grew.",
     None, ("Castelle", "partners_with", "Bain & Company")),
    ("fr", "La maison Castelle grandit. Selon Jeanne Rossi, partenaire du cabinet Bain & Company, la maison grandit.",
     None, ("Castelle", "partners_with", "Bain & Company")),
])
def test_a_partner_of_the_house_in_apposition(lang: str, text: str, expected: tuple[str, str, str] | None,
                                              absent: tuple[str, str, str] | None) -> None:
    found = triples(text, lang)
    assert expected is None or expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "with which it signed": the house spoken of signed
    ("en", "The house Vallorbe grew. The brand sells through 14 stores, most of them run by the retailer Hassler & "
           "Kono, with which it signed a new distribution partnership last year.",
     ("Vallorbe", "partners_with", "Hassler & Kono")),
    ("fr", "La maison Vallorbe grandit. Elle vend via le détaillant Hassler & Kono, avec lequel elle a signé un "
           "nouvel accord l'an dernier.", ("Vallorbe", "partners_with", "Hassler & Kono")),
    ("it", "La maison Vallorbe cresce. Vende tramite il rivenditore Hassler & Kono, con cui la maison ha firmato un "
           "nuovo accordo l'anno scorso.", ("Vallorbe", "partners_with", "Hassler & Kono")),
    # a short apposition between the partner and the relative
    ("en", "The house Dorvane grew. Setting is shared with Atelier Rouvel, a Geneva workshop with which Dorvane "
           "signed a partnership last year.", ("Dorvane", "partners_with", "Atelier Rouvel")),
    ("fr", "La maison Dorvane grandit. Le sertissage est confié à Atelier Rouvel, un atelier genevois avec lequel "
           "Dorvane a signé un partenariat.", ("Dorvane", "partners_with", "Atelier Rouvel")),
    ("it", "La maison Dorvane cresce. L'incastonatura è affidata ad Atelier Rouvel, laboratorio ginevrino con cui "
           "Dorvane ha firmato un accordo.", ("Dorvane", "partners_with", "Atelier Rouvel")),
])
def test_agreements_in_relative_clauses(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected", "absent"), [
    ("it", "Il marchio Ardesio cresce. Dal 2024 collabora con Loro Piana, marchio del gruppo LVMH, per i tessuti.",
     ("Ardesio", "partners_with", "Loro Piana"), ("Ardesio", "partners_with", "LVMH")),
    ("fr", "La maison Ardesio grandit. Depuis 2024, elle collabore avec Loro Piana, marque du groupe LVMH, pour les "
           "tissus.", ("Ardesio", "partners_with", "Loro Piana"), ("Ardesio", "partners_with", "LVMH")),
    ("en", "The house Ardesio grew. Since 2024 it has collaborated with Loro Piana, a brand of the LVMH group, on "
           "fabrics.", ("Ardesio", "partners_with", "Loro Piana"), ("Ardesio", "partners_with", "LVMH")),
])
def test_collaborations_and_a_partners_owner(lang: str, text: str, expected: tuple[str, str, str],
                                                   absent: tuple[str, str, str]) -> None:
    found = triples(text, lang)
    assert expected in found and absent not in found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The platform Reliqua grew. Reliqua hires. It has signed take-back partnerships with eight labels, "
           "among them the Parisian house Maison Verlo and the Danish brand Hald & Berg.",
     ("Reliqua", "partners_with", "Hald & Berg")),
    ("fr", "La plateforme Reliqua grandit. Reliqua recrute. Elle a noué des partenariats avec huit marques, dont la "
           "maison parisienne Maison Verlo et la marque danoise Hald & Berg.",
     ("Reliqua", "partners_with", "Hald & Berg")),
    ("it", "La piattaforma Reliqua cresce. Reliqua assume. Ha stretto una partnership con otto marchi, tra cui la "
           "maison parigina Maison Verlo e il marchio danese Hald & Berg.",
     ("Reliqua", "partners_with", "Hald & Berg")),
])
def test_partners_listed_after_a_list_cue(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Lanford Holdings grew. Lanford Holdings opened a pavilion on Tmall in March.",
     ("Lanford Holdings", "sells_on", "Tmall")),
    ("fr", "Lanford Holdings grandit. Lanford Holdings a ouvert en mars un pavillon sur Tmall.",
     ("Lanford Holdings", "sells_on", "Tmall")),
    ("it", "Lanford Holdings cresce. Lanford Holdings ha aperto a marzo un negozio su Tmall.",
     ("Lanford Holdings", "sells_on", "Tmall")),
])
def test_a_group_that_opens_a_store_itself_sells_there(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected", "absent"), [
    ("en", "Vesper Holding, the menswear group controlled by the fund Tessaro Capital Partners, acquired 75% of "
           "Sartoria Ferrel.", ("Sartoria Ferrel", "owned_by", "Vesper Holding"),
     ("Sartoria Ferrel", "owned_by", "Tessaro Capital Partners")),
    ("fr", "Vesper Holding, le pôle contrôlé par le fonds Tessaro Capital Partners, a racheté 75 % de Sartoria "
           "Ferrel.", ("Sartoria Ferrel", "owned_by", "Vesper Holding"),
     ("Sartoria Ferrel", "owned_by", "Tessaro Capital Partners")),
    ("it", "Vesper Holding, il polo controllato dal fondo Tessaro Capital Partners, ha rilevato il 75% di Sartoria "
           "Ferrel.", ("Sartoria Ferrel", "owned_by", "Vesper Holding"),
     ("Sartoria Ferrel", "owned_by", "Tessaro Capital Partners")),
])
def test_an_owner_in_apposition_is_not_the_buyer(lang: str, text: str, expected: tuple[str, str, str],
                                                 absent: tuple[str, str, str]) -> None:
    found = triples(text, lang)
    assert expected in found and absent not in found


@pytest.mark.parametrize(("lang", "text", "absent", "kept"), [
    ("en", "The brand Lunara also sells through JD.com and has 620,000 followers on Douyin and 2.1m on Weibo.",
     ("Lunara", "sells_on", "Douyin"), ("Lunara", "sells_on", "JD.com")),
    ("fr", "La marque Lunara vend aussi via JD.com et compte 620 000 abonnés sur Douyin.",
     ("Lunara", "sells_on", "Douyin"), ("Lunara", "sells_on", "JD.com")),
    ("it", "Il marchio Lunara vende anche tramite JD.com e ha 620.000 follower su Douyin.",
     ("Lunara", "sells_on", "Douyin"), ("Lunara", "sells_on", "JD.com")),
    ("it", "Il marchio Lunara è distribuito dal 2025 su Musinsa e su JD.com.",
     ("Lunara", "sells_on", "Weibo"), ("Lunara", "sells_on", "JD.com")),
])
def test_an_audience_on_a_platform_is_no_sale_there(lang: str, text: str, absent: tuple[str, str, str],
                                                    kept: tuple[str, str, str]) -> None:
    found = triples(text, lang)
    assert absent not in found and kept in found


@pytest.mark.parametrize(("lang", "text", "expected", "owned"), [
    ("en", "Shoppers named Shang Xia, the Exor-controlled house, as well as younger names.",
     ("Shang Xia", "owned_by", "Exor"), True),
    # French and Italian write no owner's suffix: a group after a comma is no owner
    ("fr", "Les clients citent Ondelle, Sarvel Holding et Brevio.", ("Ondelle", "owned_by", "Sarvel Holding"), False),
    ("it", "I clienti citano Ondelle, Sarvel Holding e Brevio.", ("Ondelle", "owned_by", "Sarvel Holding"), False),
])
def test_an_owner_suffix_in_an_apposition_after_the_child(lang: str, text: str, expected: tuple[str, str, str],
                                                          owned: bool) -> None:
    assert (expected in triples(text, lang)) is owned


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The auction house Rieder & Vaux grew. A third of the buying went through the house's own bidding app, "
           "RV Live, which it launched in 2021.", ("Rieder & Vaux", "operates", "RV Live")),
    ("fr", "La maison de ventes Rieder & Vaux grandit. Un tiers des achats passe par sa propre application, RV "
           "Live, lancée en 2021.", ("Rieder & Vaux", "operates", "RV Live")),
    ("it", "La casa d'aste Rieder & Vaux cresce. Un terzo degli acquisti passa dalla sua app, RV Live, lanciata "
           "nel 2021.", ("Rieder & Vaux", "operates", "RV Live")),
])
def test_a_house_runs_its_own_platform(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text, lang)
