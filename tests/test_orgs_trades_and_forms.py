"""Organisations: trade bodies named by their last word, acronym kind nouns, crafts' trade nouns, speaker
initials, double-barrelled names, the publication's own name, legal forms as aliases, a company's brand apart from
the company, rivals' kinds from the house they compete with, sentence adverbs. Names are invented."""

from __future__ import annotations

import pytest

from luxcli.extract.orgs import extract_orgs
from luxcli.model import Article, Entity
from luxcli.text import split_sentences


def article(text: str, lang: str, publication: str | None = None) -> Article:
    a = Article("a.txt", "a.txt", "", lang, text, tuple(split_sentences(text)), "hash")
    return a if publication is None else _with_publication(a, publication)


def _with_publication(a: Article, publication: str) -> Article:
    from dataclasses import replace
    return replace(a, publication=publication)


def entities(text: str, lang: str, publication: str | None = None) -> dict[str, Entity]:
    return {e.name: e for e in extract_orgs(article(text, lang, publication))[0]}


def kinds(text: str, lang: str) -> dict[str, str]:
    return {name: e.kind for name, e in entities(text, lang).items()}


# A trade body is named by its last word ("Alliance", "Association"), in English even in French or Italian text; the
# name keeps the word, and its first word alone ("Alpine") is no short form of it.
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Sales rose 4%, according to the Alpine Leather Tanners Association.",
         "Alpine Leather Tanners Association"),
        ("en", "The brand joined the Responsible Mohair Alliance last spring.", "Responsible Mohair Alliance"),
        ("en", "Apprentices train through the Harbour Row Cutters Guild, which sets the exams.",
         "Harbour Row Cutters Guild"),
        ("fr", "La maison a rejoint la Responsible Mohair Alliance pour certifier ses fermes.",
         "Responsible Mohair Alliance"),
        ("fr", "Selon la Alpine Watch Industry Federation, les exportations reculent.",
         "Alpine Watch Industry Federation"),
        ("it", "L'azienda aderisce alla Better Silk Initiative dal 2022.", "Better Silk Initiative"),
        ("it", "Secondo la Lake Como Weavers Association, la produzione è calata.", "Lake Como Weavers Association"),
    ],
)
def test_a_trade_body_is_a_group_named_in_full(lang: str, text: str, name: str) -> None:
    found = kinds(text, lang)
    assert found.get(name) == "group"
    assert not any(n != name and name.startswith(n) for n in found)  # no "Alpine" or "Responsible Mohair"


# "the NGO X", "l'ONG X": an acronym kind noun is written in capitals wherever it stands.
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "It funds a grazing programme with the NGO Steppe Commons in Mongolia.", "Steppe Commons"),
        ("en", "Half the budget goes to the charity Threads Forward, which trains seamstresses.", "Threads Forward"),
        ("fr", "Elle finance, avec l'ONG Prairies Vivantes, la restauration des pâturages.", "Prairies Vivantes"),
        ("fr", "Le label a été créé avec l'association Mains d'Argent.", "Mains d'Argent"),
        ("it", "Il progetto è gestito con la ONG Pascoli Aperti in Mongolia.", "Pascoli Aperti"),
        ("it", "Il marchio sostiene l'associazione Felce Verde dal 2020.", "Felce Verde"),
    ],
)
def test_an_ngo_or_association_named_by_its_noun_is_a_group(lang: str, text: str, name: str) -> None:
    assert kinds(text, lang).get(name) == "group"


# The nouns of the crafts name houses: a tailor, a glassworks, a shirtmaker are brands; a yarn recycler is a supplier.
@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("en", "He is the founder of Brinley & Marwick, the Mayfair tailor he set up in 2011.", "Brinley & Marwick",
         "brand"),
        ("en", "The investor also backs the shirtmaker Kestrin Brothers in Jermyn Street.", "Kestrin Brothers",
         "brand"),
        ("en", "Lamps were blown by the Venetian glassworks Vetri Corvo for the show.", "Vetri Corvo", "brand"),
        ("en", "Yarn comes from the Italian yarn recycler Rinasce Tessile, a partner since May.", "Rinasce Tessile",
         "group"),
        ("fr", "Les lustres ont été réalisés par la verrerie vénitienne Corvo Murano.", "Corvo Murano", "brand"),
        ("fr", "Un accord avec l'effilocheur toscan Rifilo Scalla assure la laine recyclée.", "Rifilo Scalla", "group"),
        ("fr", "Le tailleur parisien Maison Ostrava ouvre un atelier à Londres.", "Maison Ostrava", "brand"),
        ("it", "Per la scenografia ha lavorato con la vetreria muranese Fornace Blu.", "Fornace Blu", "brand"),
        ("it", "La sartoria napoletana Ago d'Oro ha aperto a Tokyo.", "Ago d'Oro", "brand"),
        ("it", "Le tinture sono affidate alla tintoria biellese Colore Vivo.", "Colore Vivo", "group"),
    ],
)
def test_the_nouns_of_the_crafts_name_houses_and_suppliers(lang: str, text: str, name: str, kind: str) -> None:
    assert kinds(text, lang).get(name) == kind


# "the trading house X": a trading house is a company, not a fashion house.
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The jeweller is a subsidiary of the trading house Hoshizora Corporation.", "Hoshizora"),
        ("en", "Its main shareholder, the trading company Kanemori Shoji, sold a stake.", "Kanemori Shoji"),
        ("fr", "La marque appartient à la maison de négoce Veraldi Import depuis 2010.", "Veraldi Import"),
        ("it", "Il marchio è controllato dalla casa commerciale Kanemori Trading dal 2019.", "Kanemori Trading"),
    ],
)
def test_a_trading_house_is_a_group(lang: str, text: str, name: str) -> None:
    assert kinds(text, lang).get(name) == "group"


# A legal form dropped from the canonical name stays reachable as an alias ("Hoshizora Corporation").
@pytest.mark.parametrize(
    ("lang", "text", "name", "alias"),
    [
        ("en", "The jeweller is a subsidiary of the trading house Hoshizora Corporation.", "Hoshizora",
         "Hoshizora Corporation"),
        ("fr", "Le filateur Brumelle SAS a publié ses comptes.", "Brumelle", "Brumelle SAS"),
        ("it", "Il controllo passa alla holding Ferravalle Srl entro giugno.", "Ferravalle", "Ferravalle Srl"),
    ],
)
def test_the_legal_form_is_kept_as_an_alias(lang: str, text: str, name: str, alias: str) -> None:
    found = entities(text, lang)
    assert name in found and alias in found[name].aliases


# "AP: We never ...": an interviewee's initials before an answer are no brand, even when a brand goes by them.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Q: How many people work here?\nAP: Forty, and most of them cut cloth.\nQ: And online?\nAP: Not yet."),
        ("fr", "Q : Combien de salariés ?\nAP : Quarante, dont trente à l'atelier.\nQ : Et demain ?\nAP : Cinquante."),
        ("it", "D: Quanti dipendenti?\nAP: Quaranta, quasi tutti in laboratorio.\nD: E domani?\nAP: Cinquanta."),
    ],
)
def test_speaker_initials_are_no_organisation(lang: str, text: str) -> None:
    assert "Audemars Piguet" not in kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Collectors still ask for AP first, a dealer said."),
        ("fr", "Les collectionneurs demandent AP, selon un marchand."),
        ("en", "AP: record sales in Asia\n\nThe watchmaker sold more in China."),
    ],
)
def test_initials_inside_a_sentence_still_name_the_brand(lang: str, text: str) -> None:
    assert "Audemars Piguet" in kinds(text, lang)


def test_two_known_names_hyphened_are_both_mentions() -> None:
    assert {"Kering", "Valentino"} <= set(kinds("The Kering-Valentino deal closed in July.", "en"))


# A known name as the second half of a double-barrelled name is part of another house's name.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The cognac house Brevard-Lacoste sold more bottles in Asia."),
        ("fr", "Le négociant Marmont-Chanel a racheté un domaine."),
        ("it", "La casa vinicola Aldini-Lacoste ha aumentato le vendite."),
    ],
)
def test_a_known_name_ending_a_hyphenated_name_is_no_mention(lang: str, text: str) -> None:
    assert not {"Lacoste", "Chanel"} & set(kinds(text, lang))


# The page's publication, whose name holds a kind word ("Maison"), is the publication (a group) in full, not a house.
@pytest.mark.parametrize(
    ("lang", "text", "publication"),
    [
        ("en", "By Jane Roe, correspondent, The Maison Courier\n\nSales rose.\n\n© 2026 The Maison Courier",
         "The Maison Courier"),
        ("fr", "Par Jeanne Calvane, La Maison Hebdo\n\nLes ventes progressent.\n\n© 2026 La Maison Hebdo",
         "La Maison Hebdo"),
        ("it", "Di Anna Selvino, Casa Vitrea Notizie\n\nLe vendite crescono.\n\n© 2026 Casa Vitrea Notizie",
         "Casa Vitrea Notizie"),
    ],
)
def test_the_publication_named_with_a_kind_word_is_the_publication(lang: str, text: str, publication: str) -> None:
    found = {name: e.kind for name, e in entities(text, lang, publication).items()}
    assert found.get(publication) == "group"
    assert not any(name != publication and name in publication for name in found)


def test_a_house_that_publishes_its_own_page_keeps_its_kind() -> None:
    text = "Le joaillier parisien Corrin ouvre une boutique à Dubaï.\n\n© Corrin"
    assert {n: e.kind for n, e in entities(text, "fr", "Corrin").items()}.get("Corrin") == "brand"


# "il marchio Rovena" beside "Calzaturificio Rovena": the company's brand is an organisation of its own; its name is
# no alias of the company.
@pytest.mark.parametrize(
    ("lang", "text", "company", "brand"),
    [
        ("it", "Il Calzaturificio Vernazza ha un nuovo direttore creativo per il marchio Vernazza. Vernazza cresce.",
         "Calzaturificio Vernazza", "Vernazza"),
        ("fr", "Le Groupe Aubrevin a confié à Léa Martin la marque Aubrevin. Aubrevin vise l'Asie.",
         "Groupe Aubrevin", "Aubrevin"),
        ("en", "Maglificio Torre SpA has named a designer for the brand Torre. Torre sells in Japan.",
         "Maglificio Torre", "Torre"),
    ],
)
def test_a_companys_brand_is_apart_from_the_company(lang: str, text: str, company: str, brand: str) -> None:
    found = entities(text, lang)
    assert found[company].kind == "group" and found[brand].kind == "brand"
    assert brand not in found[company].aliases


# A house's rivals are houses, whatever the article names most; the one that competes is named before the cue.
@pytest.mark.parametrize(
    ("lang", "text", "rival"),
    [
        ("en", "Holding group Corvane Holdings owns Corvane Holdings stakes. Corvane Holdings grew. The label Belvaux "
               "competes with Vestra and with Ombria.", "Ombria"),
        ("fr", "Le groupe Darnel Holding a racheté des parts. Darnel Holding grandit. La marque Vireo est en "
               "concurrence avec Vestra et avec Ombria.", "Ombria"),
        ("it", "Il gruppo Sorano Holding cresce. Sorano Holding investe. Il marchio Lisca compete con Vestra e con "
               "Ombria.", "Ombria"),
    ],
)
def test_rivals_take_the_kind_of_the_house_they_compete_with(lang: str, text: str, rival: str) -> None:
    found = kinds(text, lang)
    assert found.get("Vestra") == "brand" and found.get(rival) == "brand"


# A sentence adverb before a comma and a plural kind noun is no organisation ("Still, the big groups ...").
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Still, the big groups are betting on Japan."),
        ("en", "Meanwhile, the smaller houses are cutting prices."),
        ("fr", "Pourtant, les grands groupes misent sur le Japon."),
        ("it", "Eppure, i grandi gruppi puntano sul Giappone."),
    ],
)
def test_a_sentence_adverb_is_no_organisation(lang: str, text: str) -> None:
    assert kinds(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "It sells Velmora and Quintessa, the two houses of the family.", "Quintessa"),
        ("fr", "Il possède Velmora et Quintessa, les deux maisons de la famille.", "Quintessa"),
    ],
)
def test_a_plural_noun_after_a_list_still_names_its_last_item(lang: str, text: str, name: str) -> None:
    assert kinds(text, lang).get(name) == "brand"


# "il marchio milanese di mocassini X": an adjective and what the house makes between the noun and the name.
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "Nel 2021 il gruppo ha acquisito il marchio fiorentino di borse Corallo Piena.", "Corallo Piena"),
        ("fr", "Elle a racheté la marque lyonnaise de gants Main Fine en 2020.", "Main Fine"),
    ],
)
def test_an_adjective_and_a_trade_between_noun_and_name(lang: str, text: str, name: str) -> None:
    assert kinds(text, lang).get(name) == "brand"


# "the group owns three houses: A, B and ...": a colon after a plural kind noun opens a list of that kind, even when the
# list does not close the sentence.
@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "Today the family owns three houses: Corvel Joaillerie, Ysmine and, since 2020, a watch label.",
         {"Corvel Joaillerie", "Ysmine"}),
        ("fr", "Le groupe détient trois maisons : Corvel Joaillerie, Ysmine et la marque d'horlogerie Férande, "
               "rachetée en 2021.", {"Corvel Joaillerie", "Ysmine", "Férande"}),
        ("it", "Il gruppo controlla due marchi: Lanterna Blu, Orsetta e una quota di minoranza in una conceria.",
         {"Lanterna Blu", "Orsetta"}),
    ],
)
def test_a_colon_after_a_plural_kind_noun_opens_a_list(lang: str, text: str, names: set[str]) -> None:
    found = kinds(text, lang)
    assert all(found.get(n) == "brand" for n in names), found


# "the goldsmith Carlo Neri" after "founded by": the craft's noun names the founder, a person.
@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("en", "The house was founded in Turin in 1931 by the goldsmith Paolo Verni. It now has 40 shops.",
         "Paolo Verni"),
        ("fr", "La maison a été fondée en 1920 par l'orfèvre Louis Marand, dont les petits-fils la dirigent.",
         "Louis Marand"),
        ("it", "La bottega fu fondata nel 1950 dall'orafo Olmo Benassi, nonno dell'attuale presidente.",
         "Olmo Benassi"),
    ],
)
def test_a_founder_named_by_his_craft_is_no_organisation(lang: str, text: str, person: str) -> None:
    assert person not in kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("en", "The group bought the London silversmith Hallam Tarsi last year.", "Hallam Tarsi", "brand"),
        ("fr", "Le groupe a racheté l'orfèvre lyonnais Dumerle en mars.", "Dumerle", "brand"),
        ("it", "Il gruppo ha rilevato l'orafo vicentino Aurea Berici.", "Aurea Berici", "brand"),
        ("en", "A made-to-measure line, Dunford Studio, has sold online since May.", "Dunford Studio", "brand"),
        ("fr", "La ligne Ruscello Nacré, créée en 2019, a doublé ses ventes.", "Ruscello Nacré", "brand"),
        ("it", "La linea Sorgente Chiara, lanciata nel 2022, vale ormai un terzo delle vendite.", "Sorgente Chiara",
         "brand"),
        ("en", "He previously led engineering at the Zurich fintech Quanta Pay.", "Quanta Pay", "group"),
        ("fr", "Il dirigeait la fintech genevoise Pendulo avant de rejoindre la maison.", "Pendulo", "group"),
        ("en", "Malls run by Sahra Properties draw the region's shoppers.", "Sahra Properties", "group"),
    ],
)
def test_more_trade_nouns_and_company_words(lang: str, text: str, name: str, kind: str) -> None:
    assert kinds(text, lang).get(name) == kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le vestiaire masculin n'est disponible en ligne qu'aux États-Unis."),
        ("fr", "Les ventes en ligne, Paris compris, ont reculé."),
    ],
)
def test_online_is_no_line_of_products(lang: str, text: str) -> None:
    assert kinds(text, lang) == {}


def test_a_platforms_operating_company_is_not_its_alias() -> None:
    text = "Dalora, la plateforme coréenne de beauté, est exploitée par Dalora Corp., dont un fonds est actionnaire."
    found = entities(text, "fr")
    assert found["Dalora"].kind == "platform" and "Dalora Corp." not in found["Dalora"].aliases


# A number closing a name the cue found is part of it ("Brightline 7", "Zanetti 1961"); a count or a sum after it is
# not.
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "Selon Paul Roy, consultant chez Brightline 7. Il estime que la demande ralentit.", "Brightline 7"),
        ("it", "Il gruppo vende anche con il proprio marchio Zanetti 1961, distribuito in 14 paesi.", "Zanetti 1961"),
        ("en", "Analysts at Brightline 9, the research firm, expect a rebound.", "Brightline 9"),
        ("en", "She founded the brand Morvenne 15 years ago.", "Morvenne"),
        ("fr", "La marque Quillon 2,5 millions d'euros plus tard a changé de mains.", "Quillon"),
    ],
)
def test_a_number_closing_a_cued_name_is_part_of_it(lang: str, text: str, name: str) -> None:
    found = kinds(text, lang)
    assert name in found and not any(n != name and n.startswith(name) for n in found), found


def _facts(text: str, lang: str):  # the whole pipeline: the people extractor decides who is a person
    from luxcli.extract import extract_all
    return extract_all(article(text, lang))


# "the tailor Tom Brodie": a trade noun a person is called by, before a name the people extractor finds as a person,
# names the craftsman; "the label Ilse Serri" names a house even where the founder has the same name.
@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("fr", "Selon le tailleur parisien Marc Olivet, la demande progresse.", "Marc Olivet"),
        ("it", "Secondo il sarto napoletano Gennaro Russo, la domanda cresce.", "Gennaro Russo"),
        ("en", '"It is slow work," said the Mayfair tailor Tom Brodie, who trained for ten years.',
         "Tom Brodie"),
    ],
)
def test_a_craftsman_named_by_his_trade_is_no_organisation(lang: str, text: str, person: str) -> None:
    facts = _facts(text, lang)
    assert person in {p.name for p in facts.people}
    assert person not in {e.name for e in facts.entities}


def test_a_house_named_by_an_impersonal_noun_stays_beside_its_founder() -> None:
    facts = _facts("The label Ilse Serri, founded by the designer Ilse Serri, grew by a third.", "en")
    assert "Ilse Serri" in {e.name for e in facts.entities}


# "the group Saverna" after "Saverna Holding": the group word and the company's short name are the company named
# before; a trade word with the name ("Calzaturificio Saverna") is another company of the family.
@pytest.mark.parametrize(
    ("lang", "text", "company"),
    [
        ("it", "Il marchio è controllato dalla holding Saverna Holding. Il gruppo Saverna possiede anche due negozi.",
         "Saverna Holding"),
        ("fr", "La marque appartient à Morlane Holding. Le groupe Morlane possède aussi une tannerie.",
         "Morlane Holding"),
        ("en", "The label is owned by Tresham Holdings. The group Tresham also owns a mill.", "Tresham Holdings"),
    ],
)
def test_a_group_word_and_a_short_name_are_the_company_named_before(lang: str, text: str, company: str) -> None:
    found = kinds(text, lang)
    assert found.get(company) == "group" and len([n for n in found if n.endswith(company.split()[0])]) == 0, found


# A kind noun with a long complement before the name: "la plateforme parisienne de revente de luxe X".
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "La plateforme parisienne de revente de luxe Ostrane annonce une levée de fonds de 9 millions d'euros.",
         "Ostrane"),
        ("it", "La piattaforma torinese di rivendita di lusso Ostrane annuncia un aumento di capitale di 9 milioni.",
         "Ostrane"),
        ("fr", "Le fabricant breton de sacs de voyage Ker Avel a doublé ses ventes.", "Ker Avel"),
    ],
)
def test_a_kind_noun_with_a_long_complement_names_the_organisation(lang: str, text: str, name: str) -> None:
    assert name in kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le réseau social de recommandations prisé des jeunes Parisiennes a doublé son audience."),
        ("it", "Il social network di consigli amato dalle giovani Milanesi ha raddoppiato il pubblico."),
    ],
)
def test_a_kind_noun_then_a_participle_names_no_organisation(lang: str, text: str) -> None:
    assert kinds(text, lang) == {}


# Trade words that open a company's name: "Officine X", "Ganterie X", "Ricamificio X" (any language's press).
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("it", "A ottobre Officine Brusati ha lanciato un programma di usato garantito.", "Officine Brusati"),
        ("it", "Il Ricamificio Oldani lavora per tre maison parigine.", "Ricamificio Oldani"),
        ("fr", "La Ganterie Morvel exporte la moitié de sa production au Japon.", "Ganterie Morvel"),
        ("en", "Sellerie Dautrand supplies saddle leather to two Paris houses.", "Sellerie Dautrand"),
    ],
)
def test_a_trade_word_opens_a_companys_name(lang: str, text: str, name: str) -> None:
    assert name in kinds(text, lang)


# A trade's plural ends a house's name and stays in it: "Valdor Joailliers", "Harlan Jewellers".
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "She joins from Harlan Jewellers, where she ran the Gulf boutiques.", "Harlan Jewellers"),
        ("fr", "Elle arrive de Valdor Joailliers, où elle dirigeait les boutiques du Golfe.", "Valdor Joailliers"),
        ("it", "Arriva da Bertani Gioiellieri, dove guidava le boutique del Golfo.", "Bertani Gioiellieri"),
    ],
)
def test_a_trades_plural_ends_a_houses_name(lang: str, text: str, name: str) -> None:
    assert name in kinds(text, lang)


# Only an employer employs: "X impiega 480 dipendenti" opening a sentence names an organisation no other cue found;
# a family's house beside the family's holding stays apart from it; a short form of a longer name or a place after
# "de" does not.
@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("it", "La famiglia controlla tutto tramite Valdassi Partecipazioni. Elena Valdassi resta presidente. Valdassi "
               "impiega circa 480 dipendenti a Valenza.", "Valdassi", "brand"),
        ("fr", "Le chiffre d'affaires progresse. Morvane emploie 300 personnes dans la Drôme.", "Morvane", "group"),
        ("en", "Sales rose again. Tressick now employs 240 people in the Borders.", "Tressick", "group"),
    ],
)
def test_an_employer_named_by_its_verb(lang: str, text: str, name: str, kind: str) -> None:
    assert kinds(text, lang).get(name) == kind, kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        ("en", "Glenkirran Mills was sold in May. Glenkirran employs 240 people in the Borders.", "Glenkirran"),
        ("fr", "La maison Verlaine grandit. L'atelier de Villeurbanne emploie 520 artisans.", "Villeurbanne"),
    ],
)
def test_no_employer_from_a_short_form_or_a_place(lang: str, text: str, absent: str) -> None:
    assert absent not in kinds(text, lang), kinds(text, lang)
