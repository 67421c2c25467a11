"""Heads of a group's divisions hold their position at the group, not at a house the division holds or a house the
sentence names later. Invented sentences in en, fr and it."""

from __future__ import annotations

import pytest
from test_people_family_houses import pairs_of

from luxcli import lexicon
from luxcli.extract.people_divisions import division_noun_in

# a sentence opening on a division hands it to a person: a passive lead cue (with a time inside) or a hand-over verb
HANDED = [
    ("en", "Morvane Group reshuffles its divisions\n\nMorvane Group, the Lyon-based owner of three fashion houses, "
           "reorganised its brands on Monday.\n\nThe leather division, which includes the house Castrelle and the "
           "label Odile Rancy, will be headed by Brice Telvin, formerly of Hermès. The fragrance division, with the "
           "brands Solwen and Ambrine, goes to Mira Ferrasco, until now marketing director of Solwen.",
     "Morvane Group"),
    ("fr", "Le groupe Morvane réorganise ses divisions\n\nLe groupe Morvane, propriétaire lyonnais de trois maisons "
           "de mode, a réorganisé ses marques lundi.\n\nLa division maroquinerie, qui réunit la maison Castrelle et la "
           "marque Odile Rancy, sera dirigée dès mars par Brice Telvin, ancien de Hermès. La division parfums, avec "
           "les marques Solwen et Ambrine, est confiée à Mira Ferrasco, jusqu'ici directrice marketing de Solwen.",
     "Morvane"),
    ("it", "Il gruppo Morvane riorganizza le divisioni\n\nIl gruppo Morvane, proprietario lionese di tre maison di "
           "moda, ha riorganizzato lunedì i suoi marchi.\n\nLa divisione pelletteria, che comprende la maison "
           "Castrelle e il marchio Odile Rancy, sarà guidata da Brice Telvin, già in Hermès. La divisione profumi, con "
           "i marchi Solwen e Ambrine, passa a Mira Ferrasco, finora direttrice marketing di Solwen.", "Morvane"),
]


@pytest.mark.parametrize("lang,text,group", HANDED)
def test_division_handed_to_a_person_is_a_position_at_the_group(lang: str, text: str, group: str) -> None:
    pairs = pairs_of(text, lang)
    assert ("Brice Telvin", group) in pairs
    assert ("Mira Ferrasco", group) in pairs
    assert ("Brice Telvin", "Castrelle") not in pairs
    assert ("Brice Telvin", "Odile Rancy") not in pairs


# a title whose unit is a division and names no owner: the group, not the house the clause names afterwards
TITLED = [
    ("en", "Morvane Group bought the Italian glove maker Pellani in 2022. Sveva Quint joined the group in May as head "
           "of the accessories division and will merge Pellani with two smaller workshops.", "Morvane Group"),
    ("fr", "Le groupe Morvane a racheté le gantier italien Pellani en 2022. Sveva Quint a rejoint le groupe en mai "
           "comme responsable de la division accessoires et devra intégrer Pellani à deux ateliers plus petits.",
     "Morvane"),
    ("it", "Il gruppo Morvane ha rilevato nel 2022 il guantaio Pellani. Sveva Quint è entrata nel gruppo a maggio come "
           "responsabile della divisione accessori e dovrà integrare Pellani con due laboratori più piccoli.",
     "Morvane"),
]


@pytest.mark.parametrize("lang,text,group", TITLED)
def test_title_over_a_division_is_at_the_group(lang: str, text: str, group: str) -> None:
    pairs = pairs_of(text, lang)
    assert ("Sveva Quint", group) in pairs
    assert ("Sveva Quint", "Pellani") not in pairs


# an owner written after the division keeps its place: "the watch division of A", "la division montres de A"
OWNER_WRITTEN = [
    ("en", "Morvane Group hired Ilse Brandvik in May. She was head of the watch division of Cartier for six years.",
     "Cartier"),
    ("fr", "Le groupe Morvane a recruté Ilse Brandvik en mai. Elle a été directrice de la division montres de Cartier "
           "pendant six ans.", "Cartier"),
    ("it", "Il gruppo Morvane ha assunto Ilse Brandvik a maggio. È stata direttrice della divisione orologi di Cartier "
           "per sei anni.", "Cartier"),
]


@pytest.mark.parametrize("lang,text,owner", OWNER_WRITTEN)
def test_division_owner_written_after_it_stays(lang: str, text: str, owner: str) -> None:
    assert ("Ilse Brandvik", owner) in pairs_of(text, lang)


@pytest.mark.parametrize("lang,text,found", [
    ("en", "the watch division", True), ("fr", "la division joaillerie", True), ("it", "la divisione uomo", True),
    ("en", "the individual buyer", False), ("fr", "une subdivision", False), ("it", "le divisioni", True),
])
def test_division_nouns(lang: str, text: str, found: bool) -> None:
    assert division_noun_in(lang, text) is found
    assert lexicon.lookup(lang, "people.divisions.handed_to")


# a division named after an organisation ("la division Bulgari Living") is that organisation's, not the main group's
NAMED_AFTER_ITS_OWNER = [
    ("en", "Bulgari, the Roman jeweller, is expanding into homes. Brisco Holding, its owner since 2015, reported "
           "growth, and Brisco Holding plans more. Bulgari hired Ilse Brandvik as director of the division Bulgari "
           "Living."),
    ("fr", "Bulgari, le joaillier romain, se lance dans l'immobilier. Brisco Holding, son propriétaire depuis 2015, a "
           "publié ses résultats, et Brisco Holding prévoit d'autres projets. Bulgari a nommé Ilse Brandvik "
           "directrice de la division Bulgari Living."),
    ("it", "Bulgari, la gioielleria romana, entra nel settore residenziale. Brisco Holding, proprietaria dal 2015, ha "
           "pubblicato i risultati, e Brisco Holding prevede altri progetti. Bulgari ha nominato Ilse Brandvik "
           "direttrice della divisione Bulgari Living."),
]


@pytest.mark.parametrize("lang,text", NAMED_AFTER_ITS_OWNER)
def test_division_named_after_its_owner(lang: str, text: str) -> None:
    pairs = pairs_of(text, lang)
    assert ("Ilse Brandvik", "Bulgari") in pairs
    assert ("Ilse Brandvik", "Brisco Holding") not in pairs


# a sentence set in a division ("In the fragrance division, ...") gives a bare title of it to the group
SET_IN_A_DIVISION = [
    ("en", "Morvane Group reshuffles its divisions\n\nMorvane Group reorganised its brands on Monday, and "
           "Morvane Group named new heads.\n\nIn the fragrance division, Brice Telvin will work alongside the "
           "perfumers of Guerlain and its archive team, and with Lia Morten, head of retail for Greater China, who "
           "oversees 30 boutiques.", "Lia Morten", "Morvane Group"),
    ("fr", "Le groupe Morvane réorganise ses divisions\n\nLe groupe Morvane a réorganisé ses marques lundi, et le "
           "groupe Morvane a nommé de nouveaux dirigeants.\n\nDans la division parfums, Brice Telvin travaillera "
           "avec les parfumeurs de Guerlain et son équipe d'archives, et avec Lise Aubron, directrice du retail pour "
           "la Chine, qui supervise 30 boutiques.", "Lise Aubron", "Morvane"),
    ("it", "Il gruppo Morvane riorganizza le divisioni\n\nIl gruppo Morvane ha riorganizzato lunedì i suoi marchi, "
           "e il gruppo Morvane ha nominato nuovi vertici.\n\nNella divisione profumi, Brice Telvin lavorerà con i "
           "profumieri di Guerlain e il suo archivio, e con Lisa Aubri, responsabile retail per la Cina, che "
           "supervisiona 30 boutique.", "Lisa Aubri", "Morvane"),
]


@pytest.mark.parametrize("lang,text,person,group", SET_IN_A_DIVISION)
def test_bare_title_in_a_sentence_set_in_a_division(lang: str, text: str, person: str, group: str) -> None:
    pairs = pairs_of(text, lang)
    assert (person, group) in pairs
    assert (person, "Guerlain") not in pairs
