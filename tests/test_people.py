"""People and roles extraction: hand-written sentences in en, fr and it, and the gold-set thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest

from luxcli import lexicon
from luxcli.evaluate import evaluate_corpus
from luxcli.extract.orgs import find_mentions
from luxcli.extract.people import extract_people
from luxcli.model import Article, Person
from luxcli.text import split_sentences

DATA = Path(__file__).parent / "data"


def people_of(text: str, lang: str) -> list[Person]:
    article = Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                      sentences=tuple(split_sentences(text, lexicon.words(lang, "abbreviations"))),
                      content_hash="x")
    return extract_people(article, find_mentions(article))


def roles_of(text: str, lang: str) -> set[tuple[str, str, str | None, bool]]:
    return {(p.name, r.role, r.org, r.current) for p in people_of(text, lang) for r in p.roles}


# (language, text, expected (person, role, org, current) facts — all must be found)
ROLES = [
    # English
    ("en", "Anna Keller, president and chief executive officer of Boucheron, said sales rose.",
     {("Anna Keller", "ceo", "Boucheron", True)}),
    ("en", "Gucci CEO Tomas Verano opened the store on Monday.", {("Tomas Verano", "ceo", "Gucci", True)}),
    ("en", "Tomas Verano, Gucci’s president and CEO, spoke first.", {("Tomas Verano", "ceo", "Gucci", True)}),
    ("en", "Ruth Bellamy, chief financial officer of Kering, and Omar Haddad, general manager of Tmall, met.",
     {("Ruth Bellamy", "officer", "Kering", True), ("Omar Haddad", "general_manager", "Tmall", True)}),
    ("en", "Paolo Renzi, then chief executive of Yoox, praised the deal.", {("Paolo Renzi", "ceo", "Yoox", False)}),
    ("en", "Ruth Clayton, a former chairman of Burberry, declined to comment.",
     {("Ruth Clayton", "chairman", "Burberry", False)}),
    ("en", "Kering chairman Louis Parrot told investors the plan was on track.",
     {("Louis Parrot", "chairman", "Kering", True)}),
    ("en", "Said Lina Moreau, managing director of Loewe: we are growing.",
     {("Lina Moreau", "managing_director", "Loewe", True)}),
    ("en", "Grace Tan is general manager of Tmall Global and vice president of sales at Alibaba Group.",
     {("Grace Tan", "general_manager", "Tmall Global", True), ("Grace Tan", "vice_president", "Alibaba Group", True)}),
    ("en", "Victor Lam, head of digital at Montblanc, said clients shop on WeChat.",
     {("Victor Lam", "head", "Montblanc", True)}),
    ("en", "Peter Wolff, creative director of Loewe, showed the collection.",
     {("Peter Wolff", "creative_director", "Loewe", True)}),
    ("en", "Nadia Ferrer, chief executive of Verdant Holdings, said the group would expand.",
     {("Nadia Ferrer", "ceo", "Verdant Holdings", True)}),
    ("en", "Sam Ortiz, president of Tmall and Taobao, said so.",
     {("Sam Ortiz", "president", "Tmall", True), ("Sam Ortiz", "president", "Taobao", True)}),
    ("en", "Boutique chain Lumen was founded by Clara Voss in 1990.", set()),
    ("en", "Hermès, which Jean Dupuis had founded decades earlier, grew fast.",
     {("Jean Dupuis", "founder", "Hermès", True)}),
    ("en", "Mira Patel, partner at Bain & Company, expects growth.",
     {("Mira Patel", "consultant", "Bain & Company", True)}),
    # French
    ("fr", "Le PDG de Cartier, Julien Marchal, a présenté les résultats.",
     {("Julien Marchal", "ceo", "Cartier", True)}),
    ("fr", "Julien Marchal, président-directeur général de Chaumet, a déclaré que la demande restait forte.",
     {("Julien Marchal", "ceo", "Chaumet", True)}),
    ("fr", "Selon Claire Bonnet, directrice artistique de Chloé, la collection est prête.",
     {("Claire Bonnet", "creative_director", "Chloé", True)}),
    ("fr", "Marc Aubry, ancien PDG de Fendi, a rejoint le groupe.", {("Marc Aubry", "ceo", "Fendi", False)}),
    ("fr", "Hugo Lenoir, directeur général de Kering, et Sophie Marin, présidente de Chanel, étaient présents.",
     {("Hugo Lenoir", "ceo", "Kering", True), ("Sophie Marin", "president", "Chanel", True)}),
    ("fr", "Paul Vernet, président du conseil d'administration de Richemont, a salué l'accord.",
     {("Paul Vernet", "chairman", "Richemont", True)}),
    ("fr", "La maison, fondée par Louise Aubert, vend désormais en ligne sur Tmall.", set()),
    ("fr", "Lancée en 2001, Delvaux, fondée par Louise Aubert, vend en ligne.",
     {("Louise Aubert", "founder", "Delvaux", True)}),
    ("fr", "Pour Étienne Roux, responsable du numérique chez Dior, le live-shopping est essentiel.",
     {("Étienne Roux", "head", "Dior", True)}),
    ("fr", "Le directeur marketing de Lancôme, Yves Morel, mise sur WeChat.",
     {("Yves Morel", "marketing_director", "Lancôme", True)}),
    ("fr", "Nathalie Blanc, directrice de la création de Givenchy, a dévoilé sa collection.",
     {("Nathalie Blanc", "creative_director", "Givenchy", True)}),
    ("fr", "Alice Perrin, PDG de Dior de 2001 à 2012, a quitté le groupe.", {("Alice Perrin", "ceo", "Dior", False)}),
    ("fr", "José Ramos, fondateur et président de Farfetch, a commenté l'opération.",
     {("José Ramos", "president", "Farfetch", True)}),  # a combined title is one role, the most senior
    ("fr", "Interrogé par la presse, Louis Garnier, vice-président de Kering, n'a rien dit.",
     {("Louis Garnier", "vice_president", "Kering", True)}),
    ("fr", "Élodie Ferrand, analyste chez Exane BNP Paribas, reste prudente.",
     {("Élodie Ferrand", "analyst", "Exane BNP Paribas", True)}),
    ("fr", "Mme Camille Durand, gérante d'Hermès International, a répondu.",
     {("Camille Durand", "ceo", "Hermès International", True)}),
    # Italian
    ("it", "Per l'amministratore delegato di Bulgari, Marco Fontana, la Cina è decisiva.",
     {("Marco Fontana", "ceo", "Bulgari", True)}),
    ("it", "Il direttore dell'area Nord Europa di Cartier, Luca Ferri, ha spiegato la strategia.",
     {("Luca Ferri", "director", "Cartier", True)}),
    ("it", "Giulia Neri, amministratrice delegata di Furla, ha spiegato che le vendite crescono.",
     {("Giulia Neri", "ceo", "Furla", True)}),
    ("it", "L'allora amministratore delegato di Prada, Sergio Bassi, aprì il negozio.",
     {("Sergio Bassi", "ceo", "Prada", False)}),
    ("it", "Secondo Paola Conti, presidente di Altagamma, il settore tiene.",
     {("Paola Conti", "president", "Altagamma", True)}),
    ("it", "Il presidente della Camera, Andrea Galli, ha ricordato i numeri della Camera Nazionale della Moda "
     "Italiana.", set()),
    ("it", "Anna Rizzo, direttrice creativa di Etro, e Pietro Sala, direttore generale di Tod's, erano presenti.",
     {("Anna Rizzo", "creative_director", "Etro", True), ("Pietro Sala", "general_manager", "Tod's", True)}),
    ("it", "La maison Missoni, fondata nel 1953 da Carlo Biondi, apre su Tmall.",
     {("Carlo Biondi", "founder", "Missoni", True)}),
    ("it", "Fabio Greco, ex amministratore delegato di Moncler, guida ora il gruppo.",
     {("Fabio Greco", "ceo", "Moncler", False)}),
    # a first name that folds to a cue word ("Sara" / "sarà") is still a first name
    ("it", "Per Sara Conti, analista presso Orsi Ricerche, il mercato crescerà.",
     {("Sara Conti", "analyst", "Orsi Ricerche", True)}),
    ("it", "Il gruppo Zegna, guidato dall'amministratore delegato Dario Serra, cresce.",
     {("Dario Serra", "ceo", "Ermenegildo Zegna", True)}),
    ("it", "Laura Bassani, presidente del consiglio di amministrazione di Salvatore Ferragamo, ha parlato.",
     {("Laura Bassani", "chairman", "Salvatore Ferragamo", True)}),
    ("it", "Lo stilista Enzo Valli ha presentato la sua collezione.", {("Enzo Valli", "designer", None, True)}),
    ("it", "Mario Russo, responsabile marketing di Pinko, ha detto che il digitale conta.",
     {("Mario Russo", "marketing_director", "Pinko", True)}),
    ("it", "Sofia Marini, vicepresidente di Moncler, ha aggiunto che la domanda è forte.",
     {("Sofia Marini", "vice_president", "Moncler", True)}),
    ("it", "Matteo Villa, analista di Bernstein, ha stimato una crescita del 5%.",
     {("Matteo Villa", "analyst", "Bernstein", True)}),
    ("it", "Il volto della maison in Giappone è l'attrice Aiko Tanabe.", {("Aiko Tanabe", "artist", None, True)}),
    ("it", "La capsule firmata dal fotografo tedesco Jonas Weber è online.", {("Jonas Weber", "artist", None, True)}),
    ("fr", "Gucci a confirmé que Lucie Bertin deviendra directrice générale en mai.",
     {("Lucie Bertin", "ceo", "Gucci", True)}),
    ("fr", "La collection signée par le photographe italien Marco Galli sort en mai.",
     {("Marco Galli", "artist", None, True)}),
    ("en", "Loewe said that Hannah Brooks will become chief executive in June.",
     {("Hannah Brooks", "ceo", "Loewe", True)}),
    ("en", "Ivan Petrov joined Chanel in 2015. In 2019 he was named head of retail at Chanel.",
     {("Ivan Petrov", "head", "Chanel", True)}),
    ("en", "Nina Park is president of Tmall and, since 2021, also head of marketing at Alibaba Group.",
     {("Nina Park", "president", "Tmall", True), ("Nina Park", "head", "Alibaba Group", True)}),
    ("en", "Rui Costa spoke to analysts. The Portuguese, a former president of Farfetch, knows the market.",
     {("Rui Costa", "president", "Farfetch", False)}),
    ("fr", "Léa Martin a ouvert la boutique. Arrivée en 2019, la Lyonnaise, ancienne PDG de Chloé, vise la Chine.",
     {("Léa Martin", "ceo", "Chloé", False)}),
    ("it", "Paolo Rossi ha aperto il negozio. Il manager, ex amministratore delegato di Fendi, punta sulla Cina.",
     {("Paolo Rossi", "ceo", "Fendi", False)}),
    ("en", "Tom Hale met his successor, his brother and the group's chief executive, Ben Hale, in Milan.", set()),
    ("en", "He works with Ada Lin, his wife and the company's chief executive, at Loewe.",
     {("Ada Lin", "ceo", "Loewe", True)}),
    # a short unit between the title and its organisation ("direttore retail di A")
    ("it", "Prada ha scelto Paolo Neri, ex direttore retail di Gucci e oggi direttore generale di Etro.",
     {("Paolo Neri", "director", "Gucci", False), ("Paolo Neri", "general_manager", "Etro", True)}),
    ("fr", "Chanel recrute Marc Aubry, directeur retail de Dior.", {("Marc Aubry", "director", "Dior", True)}),
    ("en", "Prada hired Tessa Lund, vice president retail at Chanel.",
     {("Tessa Lund", "vice_president", "Chanel", True)}),
    # "finance chief" and other "<area> chief" titles
    ("en", "Finance chief Ella Moss said Chanel expects higher margins.", {("Ella Moss", "officer", "Chanel", True)}),
    # a present marker in an apposition: ", now president", ", aujourd'hui président", ", oggi presidente"
    ("en", "Lia Tran, now president of Chanel, recalled the launch.", {("Lia Tran", "president", "Chanel", True)}),
    ("fr", "Jean Roy, aujourd'hui président de Chanel, se souvient du lancement.",
     {("Jean Roy", "president", "Chanel", True)}),
    ("it", "Lo ricorda Gino Sala, oggi presidente di Etro, che c'era.", {("Gino Sala", "president", "Etro", True)}),
    # past positions written as a career step
    ("en", "Ian Cole joined Prada in 2020 after six years as a vice president at Burberry.",
     {("Ian Cole", "vice_president", "Burberry", False)}),
    ("fr", "Iris Blanc a rejoint Chanel en 2020 après six ans comme directrice marketing chez Dior.",
     {("Iris Blanc", "marketing_director", "Dior", False)}),
    ("it", "Ugo Riva è arrivato da Etro nel 2020, dopo sei anni come direttore creativo di Fendi.",
     {("Ugo Riva", "creative_director", "Fendi", False)}),
    # "ex X of A, now Y": the second title is the present one
    ("en", "Paul Rey, a former finance chief of Kering, now a consultant at Bain & Company, agrees.",
     {("Paul Rey", "officer", "Kering", False), ("Paul Rey", "consultant", "Bain & Company", True)}),
    ("fr", "Une idée que défend Paul Rey, ancien directeur financier de Kering, aujourd'hui consultant chez Bain & "
     "Company.", {("Paul Rey", "officer", "Kering", False), ("Paul Rey", "consultant", "Bain & Company", True)}),
    ("it", "Lo conferma Paolo Re, ex direttore finanziario di Kering, oggi consulente di Bain & Company.",
     {("Paolo Re", "officer", "Kering", False), ("Paolo Re", "consultant", "Bain & Company", True)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ROLES)
def test_roles_are_read_from_titles(lang: str, text: str, expected: set) -> None:
    assert expected <= roles_of(text, lang)


# (language, text, names that must be people, names that must not)
PEOPLE = [
    ("en", "Michael Kors opened a flagship on Tmall last week.", [], ["Michael Kors"]),
    ("en", "The label created by Sir Paul Smith opened a store.", ["Paul Smith"], []),
    ("en", "Paul Smith and Jimmy Choo both sell on Tmall.", [], ["Paul Smith", "Jimmy Choo"]),
    ("en", "Dana Whitfield said the market was recovering.", ["Dana Whitfield"], []),
    ("en", "According to Marcus Bell, shoppers are younger.", ["Marcus Bell"], []),
    ("en", "Interview with Mr. Kenji Mori about watches.", ["Kenji Mori"], []),
    ("en", "Juste Un Clou and Santos Dumont are watch lines.", [], ["Juste Un", "Santos Dumont"]),
    ("fr", "Selon Marie Lefort, la demande est forte.", ["Marie Lefort"], []),
    ("fr", "Stella McCartney a ouvert une boutique à Paris.", [], ["Stella McCartney"]),
    ("fr", "Entretien avec Bruno Laval, à Paris.", ["Bruno Laval"], []),
    ("fr", "Morgan Stanley estime que les ventes progressent.", [], ["Morgan Stanley"]),
    ("it", "Secondo Franco Bellini il mercato tiene.", ["Franco Bellini"], []),
    ("it", "Max Mara ha aperto un negozio a Milano.", [], ["Max Mara"]),
    ("it", "Intervista a Dott. Enrico Sala sul lusso.", ["Enrico Sala"], []),
    ("it", "Giorgio Armani e Paul Smith vendono su Tmall.", [], ["Giorgio Armani", "Paul Smith"]),
    ("it", "Il marchio è guidato da Franco Neri dal 2019.", ["Franco Neri"], []),
    ("it", "Elena Costa succede a Paolo Gatti alla guida del gruppo.", ["Paolo Gatti"], []),
    ("fr", "Il succède à Victor Hamel, parti chez Dior.", ["Victor Hamel"], []),
    ("en", "The company said Tom Reyes was replacing Ann Vale.", ["Ann Vale"], []),
    ("en", "Digital Luxury Group said the market was growing.", [], ["Digital Luxury Group"]),
    ("fr", "Morgan Stanley Research et Bain Capital ont été cités.", [], ["Morgan Stanley Research", "Bain Capital"]),
    # a company noun ending the name: a firm, even with a title next to it
    ("it", "Lumen Editori, partner della copertura video, ha parlato di 50 sfilate.", [], ["Lumen Editori"]),
    ("en", "Northwind Research, a partner of the show, said viewers doubled.", [], ["Northwind Research"]),
    ("fr", "Orvel Conseil, partenaire de l'opération, a confirmé les chiffres.", [], ["Orvel Conseil"]),
]


@pytest.mark.parametrize(("lang", "text", "people", "not_people"), PEOPLE)
def test_people_need_a_cue(lang: str, text: str, people: list[str], not_people: list[str]) -> None:
    names = {p.name for p in people_of(text, lang)}
    assert set(people) <= names
    assert not names & set(not_people)


def test_one_person_per_article_with_aliases() -> None:
    text = ("Nora Vance, general manager of Tmall Luxury Pavilion, met us in Paris.\n"
            "Q: How big is the platform?\nNV: Bigger every year.\nQ2: And next year?\nVance: Even bigger.")
    people = people_of(text, "en")
    assert [p.name for p in people] == ["Nora Vance"]
    assert {"NV", "Vance"} <= set(people[0].aliases)


@pytest.mark.parametrize(("lang", "text", "role", "org"), [
    ("en", "Interview with Kai Berg of Tmall.\nQ: Your background?\nKB: At Chanel I worked as a store manager.",
     "manager", "Chanel"),
    ("fr", "Entretien avec Inès Roy.\nQ : Votre parcours ?\nIR: Chez Dior, j'ai été nommée directrice marketing.",
     "marketing_director", "Dior"),
])
def test_first_person_answer_belongs_to_the_speaker(lang: str, text: str, role: str, org: str) -> None:
    people = people_of(text, lang)
    assert len(people) == 1
    assert (role, org) in {(r.role, r.org) for r in people[0].roles}


def test_single_letter_label_resolves_to_interviewee() -> None:
    text = ("Interview with Oscar Lind, director of Cartier.\n"
            "Mia Holt: What is new?\nO: A new movement.\nMia Holt: And China?\nO: Growing.")
    people = {p.name: p for p in people_of(text, "en")}
    assert "O" in people["Oscar Lind"].aliases
    assert "Q" not in people and "O" not in people


def test_surname_shared_by_two_people_goes_to_the_subject() -> None:
    text = ("Elena Rossi, the daughter of Marco Rossi, joined Gucci in 2015. "
            "Rossi became marketing director of Gucci in 2019.")
    people = {p.name: p for p in people_of(text, "en")}
    assert ("marketing_director", "Gucci") in {(r.role, r.org) for r in people["Elena Rossi"].roles}
    assert not any(r.role == "marketing_director" for r in people.get("Marco Rossi", people["Elena Rossi"]).roles
                   if people.get("Marco Rossi"))


@pytest.mark.parametrize(("gold", "corpus"), [("dev.json", "dev"), ("seeds.json", "seeds")])
def test_gold_thresholds(gold: str, corpus: str) -> None:
    result = evaluate_corpus(DATA / "gold" / gold, DATA / corpus)
    assert result["scores"]["people"]["f1"] >= 0.92
    assert result["scores"]["person_org"]["f1"] >= 0.85
    assert result["role_accuracy"] >= 0.90


def facts(text: str, lang: str) -> set[tuple[str, str, str | None, bool]]:
    return roles_of(text, lang)


# A title opening a sentence with only "the former"/"l'ancienne"/"l'ex" before it describes the person just named.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Mia Ford, chief executive of Loewe, opened the show. The former creative director of Celine wants "
     "fewer collections.", ("Mia Ford", "creative_director", "Celine", False)),
    ("fr", "Anne Roy, présidente de Chloé, ouvre le salon. L'ex-PDG de Fendi veut moins de collections.",
     ("Anne Roy", "ceo", "Fendi", False)),
    ("it", "Luca Riva, amministratore delegato di Etro, apre la sfilata. L'ex direttore creativo di Fendi vuole "
     "meno collezioni.", ("Luca Riva", "creative_director", "Fendi", False)),
])
def test_former_title_opening_a_sentence_is_the_last_subject(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


# A region after "for/pour/per" is the scope of the title, never its organisation; "Its"/"Son"/"Il suo" is the
# organisation of the paragraph.
@pytest.mark.parametrize(("lang", "text", "person", "org", "region"), [
    ("en", "Gucci opened ten stores in Japan. Its general manager for Southeast Asia, Lena Ho, expects more.",
     "Lena Ho", "Gucci", "Southeast Asia"),
    ("fr", "Chanel a ouvert dix boutiques au Japon. Sa directrice générale pour le Moyen-Orient, Léa Wu, en prévoit "
     "d'autres.", "Léa Wu", "Chanel", "Moyen-Orient"),
    ("it", "Prada ha aperto dieci negozi in Giappone. Il suo direttore generale per il Nord America, Marco Lin, ne "
     "prevede altri.", "Marco Lin", "Prada", "Nord America"),
])
def test_region_after_title_is_a_scope(lang: str, text: str, person: str, org: str, region: str) -> None:
    roles = [r for p in people_of(text, lang) if p.name == person for r in p.roles]
    assert {r.org for r in roles} == {org}
    assert any(r.scope == region for r in roles)


# An unknown capitalised pair right after "at/chez/presso" is the organisation, not a second person.
@pytest.mark.parametrize(("lang", "text", "person", "org"), [
    ("en", "Nora Blake, an analyst at Quillon Research, expects growth.", "Nora Blake", "Quillon Research"),
    ("fr", "Selon Hugo Perrin, analyste chez Barral Conseil, la demande ralentit.", "Hugo Perrin", "Barral Conseil"),
    ("it", "Secondo Carla Monti, analista presso Vessi Ricerche, il mercato tiene.", "Carla Monti", "Vessi Ricerche"),
])
def test_unknown_organisation_after_connector(lang: str, text: str, person: str, org: str) -> None:
    people = {p.name: p for p in people_of(text, lang)}
    assert set(people) == {person}
    assert ("analyst", org) in {(r.role, r.org) for r in people[person].roles}


# An anaphor's noun chooses the kind: "du groupe" the group named in the paragraph even when a brand comes first
# in the sentence; "de la maison" a brand, not the platform the sentence names.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le groupe Kering ne veut pas vendre. « Gucci reste à nous », a dit Anne Vidal, présidente du conseil "
     "d'administration du groupe.", ("Anne Vidal", "chairman", "Kering", True)),
    ("en", "The Kering group will not sell. \"Gucci stays with us,\" said Anne Vidal, chairwoman of the group.",
     ("Anne Vidal", "chairman", "Kering", True)),
    ("it", "Il gruppo Kering non vende. «Gucci resta nostro», ha detto Anna Vidali, presidente del gruppo.",
     ("Anna Vidali", "president", "Kering", True)),
    ("fr", "Chloé a ouvert une boutique.\nLa vente sur Tmall a été animée par l'actrice Léa Sun, ambassadrice de "
     "la maison.", ("Léa Sun", "ambassador", "Chloé", True)),
    ("en", "Loewe opened a store.\nThe sale on Tmall was hosted by the actress Mei Lam, ambassador of the house.",
     ("Mei Lam", "ambassador", "Loewe", True)),
    ("it", "Fendi ha aperto un negozio.\nLa diretta su Tmall è stata condotta dall'attrice Zoe Lin, ambasciatrice "
     "del marchio.", ("Zoe Lin", "ambassador", "Fendi", True)),
])
def test_anaphor_kind_picks_the_organisation(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


# A bare title whose sentence names no organisation belongs to the article's subject, not to a rival named in
# passing earlier in the paragraph.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Etro closed the year with higher sales. Etro will open three stores.\nIts quiet style is the one "
     "Prada also chose. Much is owed to Piero Sala, then creative director, who removed the logos.",
     ("Piero Sala", "creative_director", "Etro", False)),
    ("fr", "Etro termine l'année en hausse. Etro ouvrira trois boutiques.\nSon style discret est celui que Prada "
     "a aussi choisi. On le doit à Piero Sala, alors directeur artistique, qui a supprimé les logos.",
     ("Piero Sala", "creative_director", "Etro", False)),
    ("it", "Etro chiude l'anno in crescita. Etro aprirà tre negozi.\nLo stile sobrio è lo stesso scelto anche da "
     "Prada. Molto si deve a Piero Sala, allora direttore creativo, che eliminò i loghi.",
     ("Piero Sala", "creative_director", "Etro", False)),
])
def test_bare_title_belongs_to_the_article_subject(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)
    assert not any(org == "Prada" for _, _, org, _ in facts(text, lang))


# Founders described before their name ("by the jeweller X"); the house founded is the one "the house" stands for.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Gucci opened a store.\nSales rose.\nThe house was founded in Rome in 1920 by the jeweller Aldo Serra.",
     ("Aldo Serra", "founder", "Gucci", True)),
    ("fr", "Chaumet ouvre une boutique.\nLes ventes montent.\nLa maison a été fondée en 1920 par l'orfèvre Jules "
     "Marin.", ("Jules Marin", "founder", "Chaumet", True)),
    ("it", "Bulgari apre un negozio.\nLe vendite salgono.\nIl marchio era stato fondato nel 1920 dall'orafo Aldo "
     "Serra, oggi presidente.", ("Aldo Serra", "founder", "Bulgari", True)),
])
def test_described_founder_of_the_house(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


# "who joined last year from B", "arrivé de chez B", "arrivata da B": a past position at B, role "other".
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Ana Ruiz, head of digital at Loewe, who joined last year from Burberry, said clients are younger.",
     ("Ana Ruiz", "other", "Burberry", False)),
    ("fr", "Paul Martin, directeur digital de Dior, arrivé en 2021 de chez Chanel, a confirmé la tendance.",
     ("Paul Martin", "other", "Chanel", False)),
    ("it", "Marta Gallo, responsabile digitale di Prada, arrivata lo scorso anno da Gucci, ha detto che cresce.",
     ("Marta Gallo", "other", "Gucci", False)),
])
def test_earlier_employer(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


# Years spent at an earlier employer, also when a pronoun stands for the person of the previous sentence.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Lara Voss is president of Loewe. A former editor, she joined Dior in 2004 and later spent six years at "
     "Burberry.", ("Lara Voss", "other", "Burberry", False)),
    ("fr", "Lara Voss est présidente de Loewe. Ancienne journaliste, elle a rejoint Dior en 2004, puis a passé six "
     "ans chez Burberry.", ("Lara Voss", "other", "Burberry", False)),
    ("fr", "Lara Voss, arrivée chez Loewe après dix ans chez Burberry, vise l'Asie.",
     ("Lara Voss", "other", "Burberry", False)),
    ("it", "Lara Voss, arrivata a Loewe dopo dieci anni presso Burberry, punta sull'Asia.",
     ("Lara Voss", "other", "Burberry", False)),
])
def test_years_at_an_earlier_employer(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


# An opening participle clause ("Arrived from B in 2020, X ..."), or a subject-less sentence after the one naming
# the person ("Ha trascorso ... presso B"), gives the earlier employer to that person.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Nina Holt runs Loewe in Asia. Poached from Burberry in 2020, she has tripled online sales.",
     ("Nina Holt", "other", "Burberry", False)),
    ("fr", "Pour Chloé, le directeur général Paul Brun mise sur Douyin. Arrivé de chez Dior en 2020, il a triplé "
     "les ventes.", ("Paul Brun", "other", "Dior", False)),
    ("fr", "Arrivée de chez Dior en 2020, Julie Roux dirige Chloé en Chine.", ("Julie Roux", "other", "Dior", False)),
    ("it", "In casa Fendi, il direttore generale Paolo Bruni punta su Douyin. Arrivato da Gucci nel 2020, ha "
     "triplicato le vendite.", ("Paolo Bruni", "other", "Gucci", False)),
    ("it", "Per Etro, la responsabile digitale Giulia Riva segue il progetto. Ha trascorso otto anni presso Prada.",
     ("Giulia Riva", "other", "Prada", False)),
])
def test_earlier_employer_of_the_clause_subject(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)
    assert "Arrivato da Gucci" not in {p.name for p in people_of(text, lang)}


# "The former CEO of A" two sentences after the last named person is someone else, unnamed.
@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Julie Roux runs Chloé in Asia. She spent eight years at Sephora. The former chief executive of Lancel, "
     "now an adviser, likes the idea.", "Lancel"),
    ("fr", "Chez Chloé, c'est Julie Roux qui pilote le projet. Elle a passé huit ans chez Sephora. L'ancien PDG de "
     "Lancel, aujourd'hui consultant, salue l'initiative.", "Lancel"),
    ("it", "Per Etro, Giulia Riva segue il progetto. Ha trascorso otto anni presso Prada. L'ex amministratore "
     "delegato di Pinko, oggi consulente, approva la scelta.", "Pinko"),
])
def test_former_title_far_from_a_name_is_nobody_named(lang: str, text: str, org: str) -> None:
    assert not any(o == org for _, _, o, _ in facts(text, lang))


# "The house was founded by ..." at the start of a paragraph: the organisation the previous paragraph opened with.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Loewe and Chloé opened stores on Douyin.\nAt Chloé, the chief executive Paul Brun sees growth. He came "
     "from Dior.\nThe house was created in 1952 by the designer Nora Blum.", ("Nora Blum", "founder", "Chloé", True)),
    ("fr", "Loewe et Chloé ouvrent sur Douyin. Loewe vise la Chine.\nPour Chloé, le directeur général Paul Brun est "
     "confiant. Il vient de chez Dior.\nLa griffe a été créée en 1952 par la styliste Nora Blum.",
     ("Nora Blum", "founder", "Chloé", True)),
    ("it", "Etro e Fendi aprono su Douyin. Etro punta sulla Cina.\nIn casa Fendi, il direttore generale Paolo Bruni "
     "è fiducioso. Arrivato da Gucci, ha triplicato le vendite.\nLa maison era stata fondata nel 1925 da Nora "
     "Blum.", ("Nora Blum", "founder", "Fendi", True)),
])
def test_founded_house_is_the_previous_paragraph_topic(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lara Voss, president of Loewe, has worked at Burberry with many suppliers."),
    ("en", "Lara Voss joined Loewe in 2019 after six years as a vice president at Burberry."),
    ("en", "Lara Voss moved the brand from Tmall to JD.com last year."),
    ("fr", "Lara Voss estime que les clientes venues de Tmall achètent plus."),
])
def test_no_untitled_past_role_twice_or_for_the_present(lang: str, text: str) -> None:
    assert not any(role == "other" for _, role, _, _ in facts(text, lang))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Anna Rossi, after joining as chief executive of Gucci in 2019, doubled sales.",
     ("Anna Rossi", "ceo", "Gucci", True)),
    ("fr", "Anna Rossi, après avoir rejoint Gucci comme directrice générale en 2019, a doublé les ventes.",
     ("Anna Rossi", "ceo", "Gucci", True)),
    ("it", "Anna Rossi, dopo essere entrata in Gucci come amministratrice delegata nel 2019, ha raddoppiato i ricavi.",
     ("Anna Rossi", "ceo", "Gucci", True)),
])
def test_after_without_a_duration_is_not_past(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)



@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Ana Ruiz said that most clients came from Tmall.", "Tmall"),
    ("fr", "Paul Martin a expliqué que les clientes arrivées de Tmall achètent plus.", "Tmall"),
    ("it", "Marta Gallo ha detto che i clienti arrivati da Tmall comprano di più.", "Tmall"),
])
def test_what_a_person_says_is_not_their_career(lang: str, text: str, org: str) -> None:
    assert not any(o == org for _, _, o, _ in facts(text, lang))


def test_held_out_threshold() -> None:
    # reached 1.0 / 1.0 on the held-out set; kept a little lower since it also moves with organisation discovery
    result = evaluate_corpus(DATA / "gold" / "holdout.json", DATA / "holdout")
    assert result["scores"]["people"]["f1"] >= 0.95
    assert result["scores"]["person_org"]["f1"] >= 0.9


# Leading an organisation ("at the helm of A since 2019, X", "numero uno di A"): the person and the organisation;
# such a phrase yields to a real title at the same organisation.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "At the helm of Gucci since 2019, Anna Rossi has doubled sales.", {("Anna Rossi", "head", "Gucci", True)}),
    ("en", "Gucci boss Anna Rossi said sales rose.", {("Anna Rossi", "ceo", "Gucci", True)}),
    ("fr", "À la tête de Chanel depuis 2016, Léa Morin vise l'Asie.", {("Léa Morin", "head", "Chanel", True)}),
    ("fr", "Le numéro un de Kering, Paul Morin, a parlé.", {("Paul Morin", "ceo", "Kering", True)}),
    ("it", "Alla guida di Fendi dal 2020, Serge Brunel punta sull'Asia.", {("Serge Brunel", "head", "Fendi", True)}),
    ("it", "Il numero uno di Prada, Marco Lenti, ha parlato.", {("Marco Lenti", "ceo", "Prada", True)}),
    ("it", "Etro cresce. Da gennaio alla guida del gruppo c'è Marco Neri, amministratore delegato.",
     {("Marco Neri", "ceo", "Etro", True)}),
    ("fr", "Etro grandit. Depuis janvier, à la tête du groupe, Marc Noir, directeur général.",
     {("Marc Noir", "ceo", "Etro", True)}),
])
def test_leading_an_organisation(lang: str, text: str, expected: set) -> None:
    found = facts(text, lang)
    assert expected <= found
    person = next(iter(expected))[0]
    assert len([f for f in found if f[0] == person]) == len([e for e in expected if e[0] == person])


def people_with_orgs(text: str, lang: str) -> list[Person]:
    """People read with the organisations the text's cues discover (short forms included)."""
    from luxcli.extract.orgs import extract_orgs

    article = Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                      sentences=tuple(split_sentences(text, lexicon.words(lang, "abbreviations"))),
                      content_hash="x")
    return extract_people(article, extract_orgs(article)[1])


def roles_with_orgs(text: str, lang: str) -> set[tuple[str, str, str | None, bool]]:
    return {(p.name, r.role, r.org, r.current) for p in people_with_orgs(text, lang) for r in p.roles}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Brisk Cosmetics lifts sales\n\nBrisk Cosmetics Group, the owner of the perfume house Lunelle, grew 5%. "
           "Lunelle sold well and Lunelle scents led.\n\nChief executive Tove Ahlgren said the year was good. "
           "Brisk confirmed its outlook.", ("Tove Ahlgren", "ceo", "Brisk Cosmetics Group", True)),
    ("fr", "Talvane Beauté progresse\n\nTalvane Beauté Groupe, propriétaire de la maison Orlane Sud, publie ses "
           "ventes. Orlane Sud a porté la croissance et Orlane Sud recrute.\n\nLe directeur financier Marc Vidry a "
           "détaillé les comptes. Talvane confirme ses objectifs.", ("Marc Vidry", "officer", "Talvane Beauté Groupe",
                                                                     True)),
    ("it", "Corvo Tessile cresce\n\nCorvo Tessile Gruppo, proprietario del marchio Lanaria, chiude il semestre. "
           "Lanaria vende bene e Lanaria apre a Roma.\n\nL'amministratore delegato Sara Colli ha commentato i "
           "conti. Corvo conferma la guida.", ("Sara Colli", "ceo", "Corvo Tessile Gruppo", True)),
])
def test_bare_title_goes_to_the_group_named_by_its_short_forms(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_with_orgs(text, lang)
    names = {p.name for p in people_with_orgs(text, lang)}
    assert not {n for n in names if n.split()[0] in text.split("\n")[0].split()[:1]}, names  # headline is no person


@pytest.mark.parametrize(("lang", "text", "person", "not_role"), [
    ("en", "\"We keep going,\" said Ebba Lund, the chairwoman and the granddaughter of its founder.", "Ebba Lund",
     "founder"),
    ("fr", "« Nous continuons », a déclaré Ines Morvan, présidente et petite-fille du fondateur.", "Ines Morvan",
     "founder"),
    ("it", "«Andiamo avanti», ha detto Lia Bordoni, presidente e nipote del fondatore.", "Lia Bordoni", "founder"),
])
def test_a_relative_s_title_is_not_the_person_s(lang: str, text: str, person: str, not_role: str) -> None:
    roles = {r.role for p in people_of(text, lang) if p.name == person for r in p.roles}
    assert roles and not_role not in roles, roles


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The head of sales for Korea Park Ji-won said demand rose.", "Park Ji-won"),
    ("fr", "Le directeur pour la Corée, Lee Seo-yeon, a déclaré que la demande progresse.", "Lee Seo-yeon"),
    ("it", "Lo ha detto il responsabile per la Corea Choi Min-jun, che prevede una crescita.", "Choi Min-jun"),
    ("it", "Lo ha detto Paolo Dell'Orso, direttore tecnico della società.", "Paolo Dell'Orso"),
    ("fr", "« C'est une étape », a déclaré Luc Sant'Elmo, directeur de la boutique.", "Luc Sant'Elmo"),
])
def test_romanised_and_elided_names(lang: str, text: str, person: str) -> None:
    names = {p.name for p in people_of(text, lang)}
    assert person in names, names


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Velora, the resale platform, is growing. Founded in 2018 by Ana Ruiz and Leo Marsh, Velora raised "
           "new funds.",
     {("Ana Ruiz", "founder", "Velora", True), ("Leo Marsh", "founder", "Velora", True)}),
    ("fr", "Revendo, la plateforme lyonnaise, grandit. Fondée en 2015 par Julie Arnaud et Hugo Besse, Revendo lève "
           "des fonds.",
     {("Julie Arnaud", "founder", "Revendo", True), ("Hugo Besse", "founder", "Revendo", True)}),
    ("it", "Secondamano, la piattaforma torinese, cresce. Fondata nel 2017 da Marta Greco e Luca Ferri, Secondamano "
           "ha chiuso un round.",
     {("Marta Greco", "founder", "Secondamano", True), ("Luca Ferri", "founder", "Secondamano", True)}),
])
def test_coordinated_founders_of_the_main_clause_subject(lang: str, text: str, expected: set) -> None:
    assert expected <= roles_with_orgs(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The fair opened in Milan. Casa Brunetti showed knitwear, said Gaia Brunetti, granddaughter of "
           "founder Ugo Brunetti.", ("Ugo Brunetti", "founder", "Casa Brunetti", True)),
    ("fr", "Le salon a ouvert à Paris. Maison Arnel présente sa collection, a dit Léa Arnel, nièce du fondateur "
           "Jules Arnel.", ("Jules Arnel", "founder", "Maison Arnel", True)),
    ("it", "La fiera ha aperto a Milano. Casa Vellori ha sfilato, ha detto Anna Vellori, nipote del fondatore "
           "Piero Vellori.", ("Piero Vellori", "founder", "Casa Vellori", True)),
])
def test_a_bare_family_title_goes_to_the_house_bearing_the_surname(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_with_orgs(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Gucci opened a store, while Prada, its chief executive Ken Sato said, grew fast.",
     ("Ken Sato", "ceo", "Prada", True)),
    ("fr", "Gucci a ouvert une boutique, tandis que Prada, selon son directeur pour le Japon Ken Sato, progresse.",
     ("Ken Sato", "director", "Prada", True)),
    ("it", "Gucci ha aperto un negozio, mentre Prada, secondo il responsabile per il Giappone Ken Sato, cresce.",
     ("Ken Sato", "head", "Prada", True)),
])
def test_a_bare_title_belongs_to_its_own_clause_s_organisation(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "At Loewe, the new managing director, Omar Haddad, a veteran of Cartier, starts in May.",
     ("Omar Haddad", "other", "Cartier", False)),
    ("fr", "Chez Loewe, le nouveau directeur général, Omar Haddad, ancien de Cartier, arrive en mai.",
     ("Omar Haddad", "other", "Cartier", False)),
    ("it", "Da Loewe, il nuovo direttore generale, Omar Haddad, ex di Cartier, arriva a maggio.",
     ("Omar Haddad", "other", "Cartier", False)),
])
def test_an_alumnus_of_a_house_held_a_past_position_there(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hermès grew. Nadia Solte, who holds the position of creative director, leads the project.",
     ("Nadia Solte", "creative_director", "Hermès", True)),
    ("fr", "Hermès progresse. Nadia Solte, qui occupe le poste de directrice technique, pilote le projet.",
     ("Nadia Solte", "director", "Hermès", True)),
    ("it", "Hermès cresce. Nadia Solte, che ricopre il ruolo di direttrice tecnica, guiderà il progetto.",
     ("Nadia Solte", "director", "Hermès", True)),
])
def test_holding_a_position_is_a_copula(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hermès grew. She succeeds Ola Berg, the division's president since 2019, who retires.",
     ("Ola Berg", "president", "Hermès", True)),
    ("fr", "Hermès progresse. Elle succède à Ola Berg, président de la division depuis 2019, qui part.",
     ("Ola Berg", "president", "Hermès", True)),
    ("it", "Hermès cresce. Succede a Ola Berg, presidente della divisione dal 2019, che va in pensione.",
     ("Ola Berg", "president", "Hermès", True)),
])
def test_a_unit_s_title_in_apposition_is_at_the_article_s_organisation(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "\"We must move,\" said Rita Vance, president of Loewe, who arrived in May after six years spent at Dior.",
     ("Rita Vance", "other", "Dior", False)),
    ("fr", "« Il faut bouger », a déclaré Rita Vance, présidente de Loewe, arrivée en mai après six années passées "
           "chez Dior.", ("Rita Vance", "other", "Dior", False)),
    ("it", "«Dobbiamo muoverci», ha detto Rita Vance, presidente di Loewe, arrivata a maggio dopo sei anni trascorsi "
           "presso Dior.", ("Rita Vance", "other", "Dior", False)),
])
def test_years_spent_at_a_house_are_a_past_position(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "\"Prices will rise,\" said Ivo Grant, senior partner at the firm Bain & Company.",
     ("Ivo Grant", "consultant", "Bain & Company", True)),
    ("fr", "« Les prix vont monter », estime Ivo Grant, consultant associé au cabinet Bain & Company.",
     ("Ivo Grant", "consultant", "Bain & Company", True)),
    ("it", "«I prezzi saliranno», ha detto Ivo Grant, consulente socio di Bain & Company.",
     ("Ivo Grant", "consultant", "Bain & Company", True)),
])
def test_two_title_words_side_by_side_and_the_firm_after(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Ivo Lane, a former sales director at Dior, said demand rose.", ("Ivo Lane", "director", "Dior", False)),
    ("en", "Ivo Lane, the retail director at Dior, said demand rose.", ("Ivo Lane", "director", "Dior", True)),
    ("fr", "Ivo Lane, un ancien directeur commercial de Dior, a déclaré que la demande progresse.",
     ("Ivo Lane", "director", "Dior", False)),
    ("it", "Ivo Lane, un ex direttore commerciale di Dior, ha detto che la domanda cresce.",
     ("Ivo Lane", "director", "Dior", False)),
])
def test_a_unit_word_between_article_and_title(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Lunelle scents lift sales\n\nBrisk Cosmetics Group, the owner of the perfume house Lunelle, grew 5%. "
           "Lunelle sold well and Lunelle led the year.\n\nChief executive Tove Ahlgren said group sales would rise.",
     ("Tove Ahlgren", "ceo", "Brisk Cosmetics Group", True)),
    ("fr", "Lunelle porte les ventes\n\nTalvane Holding, propriétaire de la maison Lunelle, progresse. Lunelle "
           "recrute et Lunelle ouvre à Lyon.\n\nLe directeur financier Marc Vidry a détaillé les ventes du groupe.",
     ("Marc Vidry", "officer", "Talvane Holding", True)),
    ("it", "Lunelle spinge le vendite\n\nCorvo Tessile Group, proprietario del marchio Lunelle, cresce. Lunelle "
           "vende bene e Lunelle apre a Roma.\n\nL'amministratore delegato Sara Colli ha commentato i conti del "
           "gruppo.", ("Sara Colli", "ceo", "Corvo Tessile Group", True)),
])
def test_executives_speak_for_the_owner_group_of_the_main_house(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_with_orgs(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "At 70, Hugo Lamberti hands over the chair of Loewe to his son. He keeps a board seat. "
           "\"I did not want to wait,\" said the former chief executive, who ran the house for years.",
     ("Hugo Lamberti", "ceo", "Loewe", False)),
    ("fr", "À 70 ans, Hugo Lamberti cède la présidence de Loewe à son fils. Il garde un siège au conseil. "
           "« Je ne voulais pas attendre », a confié l'ancien PDG, qui dirigeait la maison.",
     ("Hugo Lamberti", "ceo", "Loewe", False)),
    ("it", "A 70 anni, Hugo Lamberti cede la presidenza di Loewe al figlio. Resta nel consiglio. "
           "«Non volevo aspettare», ha detto l'ex amministratore delegato, che guidava la maison.",
     ("Hugo Lamberti", "ceo", "Loewe", False)),
])
def test_a_title_after_a_speech_verb_is_the_recent_subject(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


# A workplace named right after "at/chez/presso" is the title's organisation even when unknown, not the known
# organisation of the next, past title; ", formerly plant manager at A" is an apposition with a unit word.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "For Nora Vance, consultant at Quillon Lab and former sales director of Chloé, the bet is risky.",
     {("Nora Vance", "consultant", "Quillon Lab", True), ("Nora Vance", "director", "Chloé", False)}),
    ("fr", "Pour Lise Marchal, consultante chez Orbe Conseil et ancienne directrice commerciale de Celine, le pari "
     "est risqué.", {("Lise Marchal", "consultant", "Orbe Conseil", True),
                     ("Lise Marchal", "director", "Celine", False)}),
    ("it", "Per Sara Landi, consulente presso Studio Vetta e ex direttrice commerciale di Fendi, è una scommessa.",
     {("Sara Landi", "consultant", "Studio Vetta", True), ("Sara Landi", "director", "Fendi", False)}),
])
def test_an_unknown_workplace_before_a_past_title_is_the_current_one(lang: str, text: str, expected: set) -> None:
    assert expected <= facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The plant is run by Paul Darnel, formerly plant manager at Dior, now chief operating officer of "
     "Chanel.", {("Paul Darnel", "manager", "Dior", False), ("Paul Darnel", "officer", "Chanel", True)}),
    ("fr", "Le site est dirigé par Paul Darnel, ancien styliste chez Lanvin, aujourd'hui directeur "
     "artistique de Chloé.", {("Paul Darnel", "designer", "Lanvin", False)}),
    ("it", "Lo stabilimento è guidato da Paolo Darni, ex responsabile logistica di Prada, ora direttore "
     "operativo di Etro.", {("Paolo Darni", "head", "Prada", False)}),
])
def test_a_past_then_present_title_in_apposition(lang: str, text: str, expected: set) -> None:
    assert expected <= facts(text, lang)


# "founder and creative director, former designer at B": the past title is the same person's.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Behind Chloé stands Rafa Mendes, its founder and creative director, former designer at Lanvin.",
     ("Rafa Mendes", "designer", "Lanvin", False)),
    ("fr", "Chez Chloé, on trouve Rafa Mendes, sa fondatrice et directrice artistique, ancienne styliste chez "
     "Lanvin.", ("Rafa Mendes", "designer", "Lanvin", False)),
    ("it", "Dietro Etro c'è Rafa Mendes, fondatore e direttore creativo, ex stilista di Lanvin.",
     ("Rafa Mendes", "designer", "Lanvin", False)),
])
def test_a_past_title_after_a_comma_belongs_to_the_same_person(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


# A region with its qualifier ("l'Europe de l'Ouest") between a title and the name after it.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The marketing director of Nike for Western Europe, Lena Brandt, defends the scarcity.",
     ("Lena Brandt", "marketing_director", "Nike", True)),
    ("fr", "La directrice du marketing de Nike pour l'Europe de l'Ouest, Lena Brandt, défend la rareté.",
     ("Lena Brandt", "marketing_director", "Nike", True)),
    ("it", "La direttrice marketing di Nike per l'Europa del Sud, Lena Brandt, difende la scarsità.",
     ("Lena Brandt", "marketing_director", "Nike", True)),
])
def test_a_region_between_title_and_name(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


# "per" (for) is no speech verb: a house named after it is no person.
def test_a_name_after_per_is_no_person() -> None:
    names = {p.name for p in people_of("Primo giorno di Borsa brillante per Corallo Verdi, quotata a Milano.", "it")}
    assert "Corallo Verdi" not in names


# "Behind the label, X, its founder": the label is the organisation the article described as a label, not
# the article's most named one.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Nike and Jacquemus, a young Paris label, sold out. Nike said demand was high. Nike will restock. "
     "Behind the label is Rafa Mendes, its founder.", ("Rafa Mendes", "founder", "Jacquemus", True)),
    ("fr", "Nike et Jacquemus, jeune label parisien, ont tout vendu. Nike parle d'un record. Nike "
     "réassortira. Derrière le label, il y a Rafa Mendes, son fondateur.",
     ("Rafa Mendes", "founder", "Jacquemus", True)),
    ("it", "Nike e Jacquemus, giovane marchio milanese, hanno esaurito tutto. Nike parla di record. Nike "
     "rifornirà. Dietro il marchio c'è Rafa Mendes, il suo fondatore.",
     ("Rafa Mendes", "founder", "Jacquemus", True)),
])
def test_a_kind_noun_stands_for_the_organisation_it_described(lang: str, text: str, expected: tuple) -> None:
    assert expected in facts(text, lang)


# "who previously led the watch department of B": a past position at B, not the current house's.
@pytest.mark.parametrize(("lang", "text", "org"), [
    ("en", "Mara Velli, chief executive of Loewe, who previously led the menswear studio of Prada, spoke.", "Prada"),
    ("fr", "Mara Velli, directrice générale de Loewe, qui a auparavant dirigé le studio homme de Prada, parle.",
     "Prada"),
    ("it", "Mara Velli, amministratrice delegata di Loewe, che in passato ha guidato lo studio uomo di Prada, "
     "parla.", "Prada"),
])
def test_a_previously_led_unit_is_a_past_position(lang: str, text: str, org: str) -> None:
    past = {(name, o) for name, _, o, current in facts(text, lang) if not current}
    assert ("Mara Velli", org) in past


# "has led the growth of B" without a past marker is no past position at B.
def test_led_without_a_past_marker_is_no_past_position() -> None:
    text = "Mara Velli, amministratrice delegata di Loewe, ha guidato la crescita di Prada in Asia."
    assert ("Mara Velli", "Prada") not in {(n, o) for n, _, o, current in facts(text, "it") if not current}


# A collector named after the word is a person, whatever their nationality word.
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Among the buyers was the Taiwanese collector Lin Mei-hua, who took six lots.", "Lin Mei-hua"),
    ("fr", "Parmi les acheteurs, le collectionneur taïwanais Lin Mei-hua a emporté six lots.", "Lin Mei-hua"),
    ("it", "Tra gli acquirenti figura il collezionista taiwanese Lin Mei-hua, che ha vinto sei lotti.", "Lin Mei-hua"),
])
def test_a_collector_is_a_person(lang: str, text: str, name: str) -> None:
    assert name in {p.name for p in people_of(text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Mara Quint, 52 years old, formerly director of Loewe, will join in May.", ("Mara Quint", "Loewe", False)),
    ("fr", "Léa Brunet, 44 ans, ancienne directrice de Celine, arrivera en mai.", ("Léa Brunet", "Celine", False)),
    ("it", "Sara Conti, 47 anni, finora direttrice di Prada, arriverà a maggio.", ("Sara Conti", "Prada", False)),
])
def test_an_age_between_name_and_title(lang: str, text: str, expected: tuple) -> None:
    assert expected in {(n, o, c) for n, _, o, c in roles_of(text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Mara Quint, the sales director for Europe at Loewe, spoke first.", ("Mara Quint", "Loewe")),
    ("fr", "Léa Brunet, directrice commerciale pour l'Europe de Celine, a parlé.", ("Léa Brunet", "Celine")),
    ("it", "Sara Conti, direttrice commerciale per l'Europa di Prada, ha parlato.", ("Sara Conti", "Prada")),
])
def test_a_region_inside_the_unit_keeps_the_organisation(lang: str, text: str, expected: tuple) -> None:
    assert expected in {(n, o) for n, _, o, _ in roles_of(text, lang)}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "La collection a été confiée à l'artiste lyonnaise Inès Forto cette année.", "Inès Forto"),
    ("it", "La collezione è stata affidata all'artista torinese Nina Borsa quest'anno.", "Nina Borsa"),
    ("en", "The collection was entrusted to the artist Nina Borsa this year.", "Nina Borsa"),
])
def test_an_adjective_of_origin_between_title_and_name(lang: str, text: str, name: str) -> None:
    assert (name, "artist") in {(p.name, r.role) for p in people_of(text, lang) for r in p.roles}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Loewe hired Mara Quint, formerly director of Celine, named director for Asia in May.",
     {("Mara Quint", "director", "Celine", False), ("Mara Quint", "director", "Loewe", True)}),
    ("fr", "Hermès a recruté Léa Brunet, ancienne directrice de Celine, nommée directrice pour l'Asie en mai.",
     {("Léa Brunet", "director", "Celine", False), ("Léa Brunet", "director", "Hermès", True)}),
    ("it", "Prada ha scelto Sara Conti, ex direttrice di Gucci, nominata direttrice per l'Asia a maggio.",
     {("Sara Conti", "director", "Gucci", False), ("Sara Conti", "director", "Prada", True)}),
])
def test_a_new_title_chained_after_a_past_one(lang: str, text: str, expected: set) -> None:
    assert expected <= roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Loewe names Mara Quint new chief executive\n\nThe house confirmed it on Monday.",
     ("Mara Quint", "ceo", "Loewe", True)),
    ("fr", "Celine : Léa Brunet nouvelle directrice générale\n\nLa maison l'a confirmé lundi.",
     ("Léa Brunet", "ceo", "Celine", True)),
    ("it", "Prada sceglie Sara Conti nuova amministratrice delegata\n\nIl marchio lo ha confermato lunedì.",
     ("Sara Conti", "ceo", "Prada", True)),
])
def test_a_headline_title_without_a_comma(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Mara Quint worked at Gucci for years and had been a buyer for Prada.", ("Mara Quint", "Prada")),
    ("fr", "Léa Brunet a travaillé chez Gucci et avait été acheteuse pour Prada.", ("Léa Brunet", "Prada")),
    ("it", "Sara Conti ha lavorato da Gucci per anni e in precedenza era stata buyer per Prada.",
     ("Sara Conti", "Prada")),
])
def test_the_subject_keeps_a_later_title_past_an_organisation(lang: str, text: str, expected: tuple) -> None:
    assert expected in {(n, o) for n, _, o, _ in roles_of(text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Jean Morel, the outgoing chief executive of Loewe, thanked the staff.", ("Jean Morel", "Loewe", False)),
    ("fr", "Jean Morel, directeur général sortant de Celine, a remercié les équipes.", ("Jean Morel", "Celine", False)),
    ("it", "Marco Vena, amministratore delegato uscente di Prada, ha ringraziato tutti.",
     ("Marco Vena", "Prada", False)),
])
def test_an_outgoing_title_is_a_past_position(lang: str, text: str, expected: tuple) -> None:
    assert expected in {(n, o, c) for n, _, o, c in roles_of(text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Bain & Company surveyed 500 buyers in May.\n\nMost shoppers preferred Gucci and Prada. "
           "Dan Ikeme, the firm's head of research, noted the trend.", ("Dan Ikeme", "Bain & Company")),
    ("fr", "Bain & Company a interrogé 500 clients en mai.\n\nLa plupart préfèrent Gucci et Prada. "
           "Jean Morel, associé du cabinet, a noté la tendance.", ("Jean Morel", "Bain & Company")),
    ("it", "Bain & Company ha intervistato 500 clienti a maggio.\n\nI più preferiscono Gucci e Prada. "
           "Marco Vena, responsabile della società di consulenza, ha notato la tendenza.",
     ("Marco Vena", "Bain & Company")),
])
def test_a_firm_anaphor_is_never_a_brand_nearby(lang: str, text: str, expected: tuple) -> None:
    assert expected in {(n, o) for n, _, o, _ in roles_of(text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Mara Quint, sales director of Loewe, spoke first.", ("Mara Quint", "director", "Loewe", True)),
    # "responsable marketing" is a marketing director (SCHEMA.md's own value), not a "head of"
    ("fr", "Léa Brunet, responsable marketing de Celine, a parlé.",
     ("Léa Brunet", "marketing_director", "Celine", True)),
    ("it", "Sara Conti, responsabile vendite di Prada, ha parlato.", ("Sara Conti", "head", "Prada", True)),
])
def test_a_unit_word_before_the_title_in_apposition(lang: str, text: str, expected: tuple) -> None:
    assert expected in roles_of(text, lang)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Tara Lindqvist, a 29-year-old lawyer in Oslo, buys one bag a year.", "Tara Lindqvist"),
    ("fr", "Inès Forto, une avocate de 35 ans installée à Lyon, achète un sac par an.", "Inès Forto"),
    ("it", "Nina Borsa, avvocata milanese, compra una borsa all'anno.", "Nina Borsa"),
])
def test_a_lawyer_described_by_age_is_a_person(lang: str, text: str, name: str) -> None:
    assert name in {p.name for p in people_of(text, lang)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hennessy will release a new blend.\n\nHennessy says the work fell to the cellar master Paul Givry, "
           "who chose old eaux-de-vie.", ("Paul Givry", "Hennessy")),
    ("fr", "Hennessy lancera un nouvel assemblage.\n\nHennessy a confié le travail au maître de chai Paul Givry, "
           "qui a choisi de vieilles eaux-de-vie.", ("Paul Givry", "Hennessy")),
    ("it", "Hennessy lancerà un nuovo assemblaggio.\n\nHennessy ha affidato il lavoro al maestro di cantina "
           "Paolo Givri, che ha scelto acquaviti antiche.", ("Paolo Givri", "Hennessy")),
])
def test_an_in_house_title_belongs_to_the_organisation_in_context(lang: str, text: str, expected: tuple) -> None:
    assert expected in {(n, o) for n, _, o, _ in roles_of(text, lang)}


def _page(text: str, name: str = "page.txt") -> Article:
    from luxcli.ingest import parse_article

    return parse_article(text.encode(), path=Path(name), kind="text")


@pytest.mark.parametrize(
    ("page", "author", "title_role", "publication"),
    [
        ("Home › Retail\n\nBy Marion Keller, retail editor | 4 March 2026 | 3 min read\n\n"
         "The house of Ostrava opened a store in Lyon, its director said on Monday.\n\n"
         "© 2026 Watch Trade Weekly. All rights reserved.", "Marion Keller", "journalist", "Watch Trade Weekly"),
        ("Par Aurore Vidal — 2 mai 2024 — 4 min de lecture\n\n"
         "La maison Ostrava a ouvert une boutique à Lyon, a indiqué sa directrice lundi.\n\n"
         "© Le Courrier du Luxe — Tous droits réservés", "Aurore Vidal", "journalist", "Le Courrier du Luxe"),
        ("di Giulia De Santis, inviata a Parigi | 12 marzo 2025 | Tempo di lettura: 4 min\n\n"
         "Il marchio Ostrava ha aperto un negozio a Lione, ha spiegato la direttrice lunedì.\n\n"
         "© 2025 Gazzetta della Moda - Riproduzione riservata", "Giulia De Santis", "journalist",
         "Gazzetta della Moda"),
    ],
)
def test_the_byline_author_is_a_journalist_at_the_publication(page: str, author: str, title_role: str,
                                                              publication: str) -> None:
    found = _people_by_name(page)
    assert author in found
    assert [(r.role, r.org) for r in found[author].roles] == [(title_role, publication)]


@pytest.mark.parametrize("page", [
    "di Marta Pellucci\n\nIl marchio Ostrava ha aperto un negozio a Lione, ha spiegato la direttrice lunedì.\n\n"
    "Iscriviti alla newsletter di Moda & Tavalle",
    "By Nora Lindqvale, senior correspondent, Tavalle Ledger · 8 May 2026\n\nThe house of Ostrava opened a store in "
    "Lyon, its director said on Monday.",
])
def test_a_publication_the_body_never_names_employs_the_author(page: str) -> None:
    from luxcli.extract import extract_all

    facts = extract_all(_page(page))
    author = next(p for p in facts.people if p.roles and p.roles[0].evidence.rule == "people.byline")
    publication = author.roles[0].org
    assert author.roles[0].role == "journalist" and publication and "Tavalle" in publication
    assert (publication, "group") in [(e.name, e.kind) for e in facts.entities]


def test_a_byline_without_a_copyright_line_has_no_organisation() -> None:
    article = _page("By Marion Keller | 4 March 2026\n\nThe house of Ostrava opened a store in Lyon on Monday.")
    found = {p.name: p for p in extract_people(article, _mentions(article))}
    assert [(r.role, r.org) for r in found["Marion Keller"].roles] == [("journalist", None)]


def _people_by_name(page: str) -> dict[str, Person]:
    article = _page(page)
    return {p.name: p for p in extract_people(article, _mentions(article))}


def _mentions(article: Article) -> list:
    from luxcli.extract.orgs import extract_orgs

    return extract_orgs(article)[1]


# "CEO of Vauclair" in an article about the Vauclair family: after a title's connector the surname is the house.
@pytest.mark.parametrize(("lang", "text", "person", "org"), [
    ("en", "Anna Vauclair sits on the board. Tom Reyes is chief executive of Vauclair, the family said.",
     "Tom Reyes", "Vauclair"),
    ("fr", "Anne Vauclair siège au conseil. Paul Morel est directeur général de Vauclair depuis 2021, a-t-il dit.",
     "Paul Morel", "Vauclair"),
    ("it", "Anna Vauclair siede nel consiglio. Marco Bassi è amministratore delegato di Vauclair dal 2022.",
     "Marco Bassi", "Vauclair"),
])
def test_a_family_name_after_a_titles_connector_is_the_house(lang: str, text: str, person: str, org: str) -> None:
    roles = [r for p in people_of(text, lang) if p.name == person for r in p.roles]
    assert [r.org for r in roles] == [org]


# A unit between the title and its connector ("direttore commerciale di X") does not hide an unknown organisation.
@pytest.mark.parametrize(("lang", "text", "person", "org"), [
    ("en", "Lena Ho, head of sales at Brellon, said demand held up.", "Lena Ho", "Brellon"),
    ("fr", "Léa Wu, directrice commerciale de Brellon, a déclaré que la demande tenait.", "Léa Wu", "Brellon"),
    ("it", "Marco Lin, direttore commerciale di Brellon, ha detto che la domanda regge.", "Marco Lin", "Brellon"),
])
def test_a_unit_before_an_unknown_organisation(lang: str, text: str, person: str, org: str) -> None:
    roles = [r for p in people_of(text, lang) if p.name == person for r in p.roles]
    assert [r.org for r in roles] == [org]


# "Milanese, già direttore di X": a word about the person before a past title still points back to the subject.
@pytest.mark.parametrize(("lang", "text", "person", "org"), [
    ("en", "Tom Reyes now runs Vauclair. Londoner, the former chief executive of Brellon joined in May.",
     "Tom Reyes", "Brellon"),
    ("fr", "Paul Morel dirige Vauclair. Lyonnais, ancien directeur général de Brellon, il est arrivé en mai.",
     "Paul Morel", "Brellon"),
    ("it", "Marco Bassi guida Vauclair. Milanese, già amministratore delegato di Brellon fino al 2020, è arrivato "
     "a maggio.", "Marco Bassi", "Brellon"),
])
def test_a_past_title_after_a_descriptor_is_the_last_subjects(lang: str, text: str, person: str, org: str) -> None:
    roles = [r for p in people_of(text, lang) if p.name == person for r in p.roles]
    assert any(r.org == org and not r.current for r in roles)


# A short form of an organisation the article names in full is that organisation.
def test_a_short_form_after_a_title_is_the_full_name() -> None:
    article = _page("Ottica Brellon SpA ha firmato un accordo. Marco Lin, amministratore delegato di Brellon, è "
                    "soddisfatto del risultato e della crescita.")
    roles = [r for p in extract_people(article, _mentions(article)) if p.name == "Marco Lin" for r in p.roles]
    assert [r.org for r in roles] == ["Ottica Brellon"]


# A relative named with a kin word is a person even without a title: "his daughter, X", "sua figlia X".
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The founder retired in May. His daughter, Maud Ferral, sits on the board.", "Maud Ferral"),
    ("fr", "Le fondateur s'est retiré en mai. Sa fille Maud Ferral siège au conseil.", "Maud Ferral"),
    ("it", "Il fondatore si è ritirato a maggio. Sua figlia Maud Ferral siede nel consiglio.", "Maud Ferral"),
])
def test_a_relative_is_a_person(lang: str, text: str, person: str) -> None:
    assert person in {p.name for p in people_of(text, lang)}


# A title described by a few lower-case words after the article: ", a luxury goods analyst at X".
@pytest.mark.parametrize(("lang", "text", "person", "role"), [
    ("en", "Nora Blake, a senior luxury goods analyst at Quillon Research, expects growth.", "Nora Blake", "analyst"),
    ("fr", "Hugo Perrin, un jeune styliste lyonnais, présente sa collection.", "Hugo Perrin", "designer"),
    ("it", "Carla Monti, la giovane stilista torinese, presenta la collezione.", "Carla Monti", "designer"),
])
def test_a_described_title_in_apposition(lang: str, text: str, person: str, role: str) -> None:
    assert [r.role for p in people_of(text, lang) if p.name == person for r in p.roles] == [role]


# Perfumers and presenters are people with a title (role "other").
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The evening was hosted by the presenter Mia Lorne, who answered questions.", "Mia Lorne"),
    ("fr", "La séance est animée par le parfumeur Hugo Dessanges, qui compose chaque flacon.", "Hugo Dessanges"),
    ("it", "La serata è condotta dalla conduttrice Anna Bellini, volto noto della televisione.", "Anna Bellini"),
])
def test_perfumers_and_presenters(lang: str, text: str, person: str) -> None:
    assert [r.role for p in people_of(text, lang) if p.name == person for r in p.roles] == ["other"]


# Right after a title's connector (and a unit), a capitalised name is the workplace, even one that looks like a
# person's name or comes before a known organisation.
@pytest.mark.parametrize(("lang", "text", "person", "org"), [
    ("en", "According to Nora Blake, head of sustainability at Consortium Tanners Alliance, demand is flat.",
     "Nora Blake", "Consortium Tanners Alliance"),
    ("fr", "Selon Léa Wu, responsable durabilité du Consortium Tanneurs Réunis, la demande est stable.", "Léa Wu",
     "Consortium Tanneurs Réunis"),
    ("it", "Secondo Elena Moro, responsabile sostenibilità del Consorzio Conciatori Riuniti, la domanda tiene.",
     "Elena Moro", "Consorzio Conciatori Riuniti"),
])
def test_a_name_right_after_a_titles_connector_is_the_workplace(lang: str, text: str, person: str, org: str) -> None:
    assert [r.org for p in people_of(text, lang) if p.name == person for r in p.roles] == [org]


def test_an_unknown_past_employer_before_a_known_one() -> None:
    text = ("Secondo Giorgio Valli, ex direttore commerciale di Benvelo e oggi consulente del fondo Arca Capital, "
            "il settore cresce.")
    roles = {(r.org, r.current) for p in people_of(text, "it") if p.name == "Giorgio Valli" for r in p.roles}
    assert ("Benvelo", False) in roles


# "who will remain chairwoman": a future or continuing copula in a relative clause gives its antecedent the title.
@pytest.mark.parametrize(("lang", "text", "person", "role"), [
    ("en", "The house named a new chief. He succeeds Anna Berg, who will remain chairwoman of the board.",
     "Anna Berg", "chairman"),
    ("fr", "La maison a nommé un directeur. Il succède à Anna Berg, qui restera présidente du conseil.",
     "Anna Berg", "president"),
    ("it", "La maison ha nominato un direttore. Succede ad Anna Berg, che rimarrà presidente del consiglio.",
     "Anna Berg", "president"),
])
def test_a_continuing_copula_in_a_relative_clause(lang: str, text: str, person: str, role: str) -> None:
    assert role in [r.role for p in people_of(text, lang) if p.name == person for r in p.roles]


# "Founded in 1908 by X, the house ...": an opening participle clause whose main clause opens on an anaphor.
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The perfume house Vautrin opened a store in Lyon and has sold its scents online for two years. "
     "Founded in 1908 by Auguste Vautrin, the house had sales of 85 million euros last year.", "Auguste Vautrin"),
    ("fr", "La maison Vautrin ouvre une boutique à Lyon et vend ses parfums en ligne depuis deux ans. "
     "Fondée en 1908 par Auguste Vautrin, la maison a réalisé un chiffre d'affaires de 85 millions.",
     "Auguste Vautrin"),
    ("it", "La maison Vautrin apre un negozio a Lione e vende i suoi profumi online da due anni. "
     "Fondata nel 1908 da Auguste Vautrin, la maison ha registrato un fatturato di 85 milioni.", "Auguste Vautrin"),
])
def test_a_founder_in_an_opening_clause_before_an_anaphor(lang: str, text: str, person: str) -> None:
    found = _people_by_name(text)
    assert [(r.role, r.org) for r in found[person].roles] == [("founder", "Vautrin")]


# "founded by the businessman X": a two-word description after the agent preposition is skipped.
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "Verdal Holdings runs seven malls in China and listed in 2019. The group was founded in 2004 by the "
     "property developer Lin Guoqiang, who still chairs it.", "Lin Guoqiang"),
    ("fr", "Verdal Holdings exploite sept centres commerciaux en Chine depuis vingt ans. Le groupe a été fondé en "
     "2004 par l'homme d'affaires Lin Guoqiang, qui le préside toujours.", "Lin Guoqiang"),
    ("it", "Verdal Holdings gestisce sette centri commerciali in Cina da vent'anni. Il gruppo è stato fondato nel "
     "2004 dall'uomo d'affari Lin Guoqiang, che lo presiede ancora.", "Lin Guoqiang"),
])
def test_a_founder_after_a_two_word_description(lang: str, text: str, person: str) -> None:
    article = _page(text)
    found = {p.name: p for p in extract_people(article, _mentions(article))}
    assert ("founder", "Verdal Holdings") in [(r.role, r.org) for r in found[person].roles]


# A seat on a board: the person named right before, at the organisation in or after the phrase, else the article's.
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The perfume house Brellon opened a store in Lyon and has sold scents since 1990. His daughter, "
     "Lea Brell, sits on Brellon's board and handled the negotiation.", "Lea Brell"),
    ("fr", "La maison Brellon ouvre une boutique à Lyon. Brellon vend des parfums depuis 1990. Sa fille, Anna Brell, "
     "siège au conseil d'administration et a négocié la vente.", "Anna Brell"),
    ("it", "Il marchio Brellon apre un negozio a Lione e vende profumi dal 1990. Jean Brell siede nel consiglio di "
     "amministrazione e segue la produzione.", "Jean Brell"),
])
def test_a_seat_on_the_board(lang: str, text: str, person: str) -> None:
    found = _people_by_name(text)
    assert [(r.role, r.org, r.scope) for r in found[person].roles] == [("other", "Brellon", "board")]


def test_the_board_approving_something_is_no_seat() -> None:
    article = _page("The perfume house Brellon opened a store in Lyon and has sold scents since 1990. Anna Brell "
                    "said the board approved the plan on Monday.")
    assert all(r.scope != "board" for p in extract_people(article, _mentions(article)) for r in p.roles)


# A speech verb written before the name, after a quote, in each language's common forms.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", '"We stay cautious," commented Paul Morel.'),
    ("fr", "« Nous restons prudents », a indiqué Paul Morel."),
    ("it", "«Restiamo prudenti», ha dichiarato Paul Morel."),
])
def test_a_speech_verb_before_the_name(lang: str, text: str) -> None:
    assert [p.name for p in people_of(text, lang)] == ["Paul Morel"]


# Occupations before a name make a person: architects, chefs, make-up artists, tailors.
@pytest.mark.parametrize(("lang", "text", "person", "role"), [
    ("en", "The brand was founded in 2021 by make-up artist Nadia Berg.", "Nadia Berg", "artist"),
    ("fr", "L'architecte milanais Paolo Verdi a conservé les fresques d'origine.", "Paolo Verdi", "designer"),
    ("it", "Il sarto Mario Bianchi ha cucito la giacca a mano.", "Mario Bianchi", "other"),
])
def test_occupations_before_a_name(lang: str, text: str, person: str, role: str) -> None:
    assert [r.role for p in people_of(text, lang) if p.name == person for r in p.roles] == [role]


# A brand written as a first name does not hide a person with a cue: "the designer Chloe Berg".
def test_a_first_name_that_is_also_a_brand() -> None:
    from luxcli.extract import extract_all

    text = "The designer Chloe Berg-Lund said the collection sold out. Chloe Berg-Lund grew up in Oslo."
    article = Article("t.txt", "t.txt", "", "en", text, tuple(split_sentences(text)), "x")
    facts = extract_all(article)
    assert [p.name for p in facts.people] == ["Chloe Berg-Lund"]
    assert not facts.entities  # "Chloe" is her first name here, not the brand


# An opening "Founded by X, a former buyer at A, B says ...": B was founded, A is X's past workplace.
def test_a_workplace_in_an_apposition_is_not_what_was_founded() -> None:
    article = _page("The London resale marketplace Relica sells bags and watches to young buyers. Founded in 2019 by "
                    "Priya Anand and Tomas Ferro, a former buyer at Net-a-Porter, Relica says it now has two million "
                    "users.")
    found = {p.name: p for p in extract_people(article, _mentions(article))}
    assert ("founder", "Relica") in [(r.role, r.org) for r in found["Tomas Ferro"].roles]
    assert ("founder", "Net-a-Porter") not in [(r.role, r.org) for p in found.values() for r in p.roles]


# "its chief marketing officer" after a platform was named: the house the article is about, not the platform.
def test_a_kindless_anaphor_prefers_a_house_to_a_platform() -> None:
    article = _page("The London skincare brand Lumoria grew fast this year and now sells in forty countries. "
                    "Lumoria doubled its TikTok following. We spoke to Jade Whit, its chief marketing officer, "
                    "about the plan.")
    found = {p.name: p for p in extract_people(article, _mentions(article))}
    assert [(r.role, r.org) for r in found["Jade Whit"].roles] == [("officer", "Lumoria")]


# "A, of which she was chief executive": the antecedent is the organisation; having come from A, the role is past.
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The group named Irene Valdo chief executive on Monday, after a long search. Valdo comes from Gucci, "
     "the group's knitwear label, of which she was chief executive from 2020.", "Irene Valdo"),
    ("fr", "Le groupe a nommé Irene Valdo directrice générale lundi, après une longue recherche. Valdo, arrivée de "
     "chez Gucci, dont elle a été directrice générale depuis 2020, prendra ses fonctions en mars.", "Irene Valdo"),
    ("it", "Il gruppo ha nominato Irene Valdo amministratrice delegata lunedì, dopo una lunga ricerca. Valdo arriva "
     "da Gucci, il marchio di maglieria del gruppo, di cui è stata amministratore delegato dal 2020.", "Irene Valdo"),
])
def test_a_title_of_the_organisation_she_comes_from(lang: str, text: str, person: str) -> None:
    found = _people_by_name(text)
    assert ("ceo", "Gucci", False) in [(r.role, r.org, r.current) for r in found[person].roles]


# "The label, led by X": the person a passive of leading names leads the organisation the clause is about.
@pytest.mark.parametrize(("lang", "text", "person", "role"), [
    ("en", "The London label Orvane opened two stores in Paris this spring and plans a third. The label, led by "
     "Anna Kowal since 2019, doubled its sales.", "Anna Kowal", "ceo"),
    ("fr", "La maison Orvane ouvre une boutique à Lyon et vend en ligne depuis deux ans. La maison est dirigée par "
     "Paul Morel depuis 2020.", "Paul Morel", "ceo"),
    ("it", "Il marchio Orvane apre un negozio a Lione e vende online da due anni. Il marchio è guidato da Marco "
     "Bassi dal 2020.", "Marco Bassi", "ceo"),
])
def test_a_leader_named_by_a_passive(lang: str, text: str, person: str, role: str) -> None:
    found = _people_by_name(text)
    assert [(r.role, r.org) for r in found[person].roles] == [(role, "Orvane")]


def test_a_leader_with_a_title_of_their_own_keeps_it() -> None:
    article = _page("The London label Orvane opened two stores in Paris this spring and plans a third. The China push "
                    "is led by Dan Kwok, Orvane's head of retail for Greater China.")
    found = {p.name: p for p in extract_people(article, _mentions(article))}
    assert [r.role for r in found["Dan Kwok"].roles] == ["head"]


# "who joined from A, where she was head of X": the title is at A, and past.
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The London label Orvane opened two stores in Paris this spring and plans more. Its marketing chief, "
     "Jade Whit, joined in 2023 from Glossia, where she was head of community.", "Jade Whit"),
    ("fr", "La maison Orvane ouvre une boutique à Lyon et vend en ligne depuis deux ans. Jeanne Blanc, arrivée de "
     "chez Glossia, où elle était directrice marketing, pilote le projet.", "Jeanne Blanc"),
    ("it", "Il marchio Orvane apre un negozio a Lione e vende online da due anni. Giulia Neri, arrivata da "
     "Glossia, dove era direttrice marketing, guida il progetto.", "Giulia Neri"),
])
def test_a_title_where_someone_came_from(lang: str, text: str, person: str) -> None:
    found = _people_by_name(text)
    assert any(r.org == "Glossia" and not r.current and r.role != "other" for r in found[person].roles)


# A title with its unit, a comma, then the name: "il direttore commerciale, Marco Rossi, ...".
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The finance director, Paul Moss, confirmed the figures on Monday.", "Paul Moss"),
    ("fr", "Le directeur financier, Paul Morel, a confirmé les chiffres lundi.", "Paul Morel"),
    ("it", "Il direttore commerciale, Marco Rossi, sta rivedendo le quantità con i rivenditori.", "Marco Rossi"),
])
def test_a_title_with_its_unit_then_a_comma_and_the_name(lang: str, text: str, person: str) -> None:
    assert [p.roles != () for p in people_of(text, lang) if p.name == person] == [True]


# "X joined A in May as chief financial officer": the title is at the organisation joined.
@pytest.mark.parametrize(("lang", "text", "person", "role"), [
    ("en", "The London label Orvane opened two stores in Paris this spring. Anna Kowal joined Orvane in May as "
     "chief financial officer.", "Anna Kowal", "officer"),
    ("fr", "La maison Orvane ouvre une boutique à Lyon et vend en ligne depuis deux ans. Yann Rive, ancien "
     "directeur de Guerlain, a rejoint Orvane en novembre comme directeur de la distribution.", "Yann Rive",
     "director"),
    ("it", "Il marchio Orvane apre un negozio a Lione e vende online da due anni. Marco Bassi è entrato in Orvane "
     "nel 2021 come direttore finanziario.", "Marco Bassi", "officer"),
])
def test_a_title_at_the_organisation_joined(lang: str, text: str, person: str, role: str) -> None:
    found = _people_by_name(text)
    assert (role, "Orvane", True) in [(r.role, r.org, r.current) for r in found[person].roles]


# The same with a time, and a description of the house, between the verb and the organisation joined; the title
# is not at the group the person leaves.
@pytest.mark.parametrize(("lang", "text", "person", "role"), [
    ("en", "The Terrazi Group reshuffles. Anna Kowal, head of retail at the Terrazi Group, will join the jeweller "
     "Orvane in March as chief executive.", "Anna Kowal", "ceo"),
    ("fr", "Le groupe Terrazi se réorganise. Yann Rive, directeur de la division cuir du groupe Terrazi, rejoindra "
     "le 1er septembre prochain la maison Orvane comme directeur général.", "Yann Rive", "ceo"),
    ("it", "Il gruppo Terrazi si riorganizza. Marco Bassi, direttore commerciale del gruppo Terrazi, entrerà a "
     "giugno nella maison Orvane come amministratore delegato.", "Marco Bassi", "ceo"),
])
def test_a_title_at_the_organisation_joined_after_a_time(lang: str, text: str, person: str, role: str) -> None:
    found = _people_by_name(text)
    roles = [(r.role, r.org, r.current) for r in found[person].roles]
    assert (role, "Orvane", True) in roles
    assert not any(r == role and org and "Terrazi" in org for r, org, _ in roles)


# "X, the grandson of its founder, Y": the founder's title belongs to Y, named right after it.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Paris house Maison Vervel sells scarves in forty stores. 'We sell more,' said Marc Vervel, its "
     "managing director and the grandson of its founder, Henriette Vervel."),
    ("fr", "La maison Vervel vend des foulards dans quarante boutiques. « Nous vendons plus », a déclaré Marc Vervel, "
     "son directeur général et le petit-fils de sa fondatrice, Henriette Vervel."),
    ("it", "Il marchio Vervel vende foulard in quaranta negozi. «Vendiamo di più», ha detto Marc Vervel, il suo "
     "amministratore delegato e nipote della fondatrice, Henriette Vervel."),
])
def test_the_founder_named_after_a_relative(lang: str, text: str) -> None:
    found = _people_by_name(text)
    assert [r.role for r in found["Henriette Vervel"].roles] == ["founder"]
    assert "founder" not in [r.role for r in found["Marc Vervel"].roles]


# "She is now A's creative director", "Elle est aujourd'hui ...", "Oggi è ...": the person the last sentences
# named, also by surname after an honorific ("Ms Orvan"), which names the founder, not her eponymous house.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orvane, the Paris jewellery maison founded by Sol Orvan, opened its first salon in May. Ms Orvan spent "
     "14 years at Cartier. She is now Orvane's creative director."),
    ("fr", "La maison Orvane, fondée par Sol Orvan, a ouvert son premier salon en mai. Mme Orvan a passé 14 ans chez "
     "Cartier. Elle est aujourd'hui directrice artistique d'Orvane."),
    ("it", "La maison Orvane, fondata da Sol Orvan, ha aperto il primo salone a maggio. Sol Orvan ha lavorato 14 "
     "anni da Cartier. Oggi è direttrice creativa di Orvane."),
])
def test_a_pronoun_or_no_subject_before_a_copula_and_a_title(lang: str, text: str) -> None:
    found = _people_by_name(text)
    assert ("creative_director", "Orvane") in [(r.role, r.org) for r in found["Sol Orvan"].roles]


# "spent 14 years at A, latterly as director of ...": a title of the stint at A, past; "arrived from A with the role
# of chief executive" is a new title elsewhere.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Orvane, the Paris jewellery maison founded by Sol Orvan, opened its first salon in May. Ms Orvan spent "
     "14 years at Cartier, the Richemont-owned jeweller, latterly as director of stone procurement."),
    ("fr", "La maison Orvane, fondée par Sol Orvan, a ouvert son premier salon en mai. Sol Orvan a passé 14 ans chez "
     "Cartier, en dernier lieu comme directrice des achats de pierres."),
    ("it", "La maison Orvane, fondata da Sol Orvan, ha aperto il primo salone a maggio. Sol Orvan ha trascorso 14 "
     "anni da Cartier, da ultimo come direttrice degli acquisti di pietre."),
])
def test_a_title_of_a_stint_at_an_earlier_employer(lang: str, text: str) -> None:
    found = _people_by_name(text)
    assert ("director", "Cartier", False) in [(r.role, r.org, r.current) for r in found["Sol Orvan"].roles]


def test_a_title_after_arriving_from_an_employer_is_the_new_one() -> None:
    article = _page("Il gruppo fiorentino Orvane ha chiuso il 2025 in crescita e apre due negozi a Parigi. Da gennaio "
                    "alla guida del gruppo c'è Marco Gobbi, arrivato da Burberry con il ruolo di amministratore "
                    "delegato.")
    found = {p.name: p for p in extract_people(article, _mentions(article))}
    assert ("ceo", "Burberry", False) not in [(r.role, r.org, r.current) for r in found["Marco Gobbi"].roles]


# "X, formerly of A, becomes chief executive": A is X's past employer, the new title is at the article's house.
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "The Paris house Vauclair is changing its leadership and opening two stores this year. Karim Bell, "
     "formerly of Boucheron, becomes chief executive.", "Karim Bell"),
    ("fr", "La maison Vauclair change de direction et ouvre deux boutiques à Paris cette année. Le directeur général "
     "délégué, Karim Belhadj, ancien de Boucheron, devient directeur général.", "Karim Belhadj"),
    ("it", "La maison Vauclair cambia vertici e apre due negozi a Parigi questanno. Karim Belli, ex di Boucheron, "
     "diventa amministratore delegato.", "Karim Belli"),
])
def test_a_new_title_after_a_former_employer_in_apposition(lang: str, text: str, person: str) -> None:
    found = _people_by_name(text)
    roles = [(r.role, r.org, r.current) for r in found[person].roles]
    assert ("ceo", "Vauclair", True) in roles
    assert ("other", "Boucheron", False) in roles


# "our sales director, X" in an interview: the organisation the person speaking leads.
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "Tom Reyes has been chief executive of Vauclair since 2022. Q: Who sells? TR: Our sales director, Anna "
     "Berg, is meeting the dealers.", "Anna Berg"),
    ("fr", "Paul Morel est directeur général de Vauclair depuis 2022. Q : Qui vend ? PM : Notre directrice "
     "commerciale, Anna Berg, rencontre les revendeurs.", "Anna Berg"),
    ("it", "Marco Bassi è amministratore delegato di Vauclair dal 2022. D: Chi vende? MB: Il nostro direttore "
     "commerciale, Luca Berti, sta incontrando i rivenditori.", "Luca Berti"),
])
def test_our_title_in_an_interview_is_at_the_speakers_house(lang: str, text: str, person: str) -> None:
    found = _people_by_name(text)
    assert [r.org for r in found[person].roles] == ["Vauclair"]


# "X left A to become chief executive of B", "pour devenir", "per diventare": the title is X's, at B; after a stint
# told in the same sentence it is the next position, not one held during the stint.
@pytest.mark.parametrize(("lang", "text", "person", "expected", "absent"), [
    ("en", "The Orvane label grows. Tom Reed left Terrazi last year to become chief executive of Orvane.",
     "Tom Reed", ("ceo", "Orvane", True), None),
    ("en", "The Orvane label grows. Orvane is led by Tom Reed, who spent nine years at Terrazi, most recently as head "
     "of retail, before leaving in May to become managing director of Orvane.",
     "Tom Reed", ("managing_director", "Orvane", True), ("managing_director", "Terrazi", False)),
    ("fr", "La maison Orvane grandit. Yann Rive a quitté Chanel en juin pour devenir directeur général d'Orvane.",
     "Yann Rive", ("ceo", "Orvane", True), None),
    ("it", "Il marchio Orvane cresce. Marco Bassi lascia Chanel per diventare amministratore delegato di Orvane.",
     "Marco Bassi", ("ceo", "Orvane", True), None),
])
def test_a_title_after_to_become(lang: str, text: str, person: str, expected: tuple, absent: tuple | None) -> None:
    found = _people_by_name(text)
    roles = [(r.role, r.org, r.current) for r in found[person].roles]
    assert expected in roles
    if absent:
        assert absent not in roles


# "X, until 2024 vice president of sales at A, ...": the end of a position written before its title makes an
# apposition, and the position past.
@pytest.mark.parametrize(("lang", "text", "person", "expected"), [
    ("en", "The Orvane label grows. Tom Reed, until 2024 vice president of sales at Chanel, will run the studio.",
     "Tom Reed", ("vice_president", "Chanel", False)),
    ("en", "The Orvane label grows. Tom Reed, until last summer head of retail at Chanel, will run the studio.",
     "Tom Reed", ("head", "Chanel", False)),
    ("fr", "La maison Orvane grandit. Yann Rive, jusqu'en juin 2024 directeur commercial de Chanel, dirigera "
     "l'atelier.", "Yann Rive", ("director", "Chanel", False)),
    ("it", "Il marchio Orvane cresce e apre negozi in Italia con la sua collezione. Marco Bassi, fino allo scorso "
     "anno vicepresidente di Chanel, guiderà l'atelier della società.", "Marco Bassi",
     ("vice_president", "Chanel", False)),
])
def test_a_title_after_the_end_of_its_position(lang: str, text: str, person: str, expected: tuple) -> None:
    found = _people_by_name(text)
    assert expected in [(r.role, r.org, r.current) for r in found[person].roles]
