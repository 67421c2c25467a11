"""Houses named after people, and people who are not houses.

- a founding year closes a house's name ("Ferlani 1921"), where a punctuation mark or a list's joining word follows;
- a lower-case plural house noun lists the group's houses: "le groupe X, propriétaire des maisons X et Y" names the
  group and its brand X, two organisations (a singular "la maison X" is the company itself);
- a relative or a title between a kind noun and a name makes the name a person's ("la società della sorella X");
- the second founder of a pair after a passive's agent is a person ("fondée par A et B, la jeune pousse");
- "brand.com" is the trade's word for a house's own site, no organisation;
- a namesake cue ("her eponymous label", "la marque qui porte son nom") makes the full name before it a brand too.
"""

from __future__ import annotations

import pytest
from test_orgs_company_words import orgs

from luxcli.extract.org_discovery import discover


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Marvesi 1908, the Neapolitan tailoring label, was sold to a fund last week.", "Marvesi 1908"),
        ("en", "The group owns the label Marvesi 1908 and a tannery near Pisa.", "Marvesi 1908"),
        ("fr", "Le fonds a investi dans Lodrani 1924, la marque de gants de Millau, en mars.", "Lodrani 1924"),
        ("fr", "Il détient la marque Lodrani 1924 et deux ateliers dans l'Aveyron.", "Lodrani 1924"),
        ("it", "Il gruppo riunisce il marchio storico Quintavalle 1896 e una conceria toscana.", "Quintavalle 1896"),
        ("it", "La crescita viene da Quintavalle 1896, il marchio veneziano di vetro, che esporta il 70%.",
         "Quintavalle 1896"),
    ],
)
def test_a_founding_year_closes_a_house_name(lang: str, text: str, name: str) -> None:
    found = orgs(text, lang)
    assert found.get(name) == "brand", found


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a noun after the year: the year is the sales', not the name's
        ("en", "The label Marvesi 2025 sales rose by 8%.", "Marvesi"),
        ("fr", "La marque Lodrani 2024 chiffre d'affaires a progressé.", "Lodrani"),
        ("it", "Il marchio Quintavalle 2023 fatturato è salito.", "Quintavalle"),
    ],
)
def test_a_year_before_a_noun_stays_out_of_the_name(lang: str, text: str, name: str) -> None:
    found = orgs(text, lang)
    assert name in found and not any(n.startswith(name + " ") for n in found), found


@pytest.mark.parametrize(
    ("lang", "text", "group", "brand"),
    [
        ("en", "Tessandier Group, owner of the houses Tessandier and Serenza, hired Anne Tessandier as chair.",
         "Tessandier Group", "Tessandier"),
        ("fr", "Le groupe Castelmare, propriétaire des maisons de joaillerie Castelmare et Virelle, a nommé Paul "
               "Castelmare directeur.", "Groupe Castelmare", "Castelmare"),
        ("it", "Il gruppo Bellorio, che controlla i marchi Bellorio e Ruvello, è guidato da Marta Bellorio.",
         "Gruppo Bellorio", "Bellorio"),
    ],
)
def test_houses_listed_after_a_plural_noun_are_the_group_brands(lang: str, text: str, group: str, brand: str) -> None:
    found = orgs(text, lang)
    assert found.get(group) == "group", found
    assert found.get(brand) == "brand", found


def test_a_plural_house_noun_keeps_the_group_and_its_namesake_brand_apart() -> None:
    found = orgs("Le groupe Castelmare, propriétaire des maisons de joaillerie Castelmare et Virelle, a nommé Paul "
                 "Castelmare directeur.", "fr")
    assert found.get("Groupe Castelmare") == "group" and found.get("Castelmare") == "brand", found


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("it", "Il resto è in mano a Tessilnova, la società della sorella Beatrice Lodrani, che guida la produzione.",
         "Beatrice Lodrani"),
        ("it", "La quota passa all'azienda del fondatore Mario Quintavalle, che resta presidente.",
         "Mario Quintavalle"),
        ("fr", "Le solde revient à la société du frère aîné Hugo Tessandier, qui siège au conseil.", "Hugo Tessandier"),
    ],
)
def test_a_relative_between_a_kind_noun_and_a_name_is_a_person(lang: str, text: str, person: str) -> None:
    assert person not in {f.name for f in discover(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("en", "Founded in Leeds in 2019 by Ruth Halvane and Omar Bellorio, the start-up rents out evening wear.",
         "Omar Bellorio"),
        ("fr", "Fondée en 2021 à Lyon par Camille Ruvello et Inès Marvesi, la jeune pousse loue des sacs.",
         "Inès Marvesi"),
        ("it", "Fondata nel 2018 a Torino da Luca Tessandier e Sara Castelmare, la start-up noleggia abiti da sera.",
         "Sara Castelmare"),
        ("it", "Fondata negli anni Settanta da Giovanni Lodrani, la holding è oggi presieduta dal figlio.",
         "Giovanni Lodrani"),
    ],
)
def test_founders_after_a_passive_are_people(lang: str, text: str, person: str) -> None:
    assert person not in {f.name for f in discover(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "site"),
    [
        ("en", "Sales in its own stores and on its brand.com site rose, and velmora.com doubled.", "velmora.com"),
        ("fr", "Les ventes sur marque.fr et sur velmora.fr ont doublé.", "velmora.fr"),
        ("it", "Marketplace e brand.com: le vendite di velmora.it sono raddoppiate.", "velmora.it"),
    ],
)
def test_a_kind_noun_as_a_domain_is_no_site_name(lang: str, text: str, site: str) -> None:
    found = {f.name for f in discover(text, lang)}
    assert site in found and not any(n.split(".")[0] in ("brand", "marque") for n in found), found


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Designer Marta Lodrani staged a show in Milan for her eponymous label.", "Marta Lodrani"),
        ("en", "The group added Ada Halvane, the leather label founded by the designer of the same name in 1987.",
         "Ada Halvane"),
        ("fr", "Fondée en 2011 par la créatrice **Claire Tessandier**, la marque de souliers qui porte son nom vend "
               "40 000 paires par an.", "Claire Tessandier"),
        ("it", "La stilista Giulia Bellorio ha presentato a Milano la collezione del marchio omonimo.",
         "Giulia Bellorio"),
    ],
)
def test_a_namesake_cue_makes_the_name_a_brand(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


@pytest.mark.parametrize(
    ("lang", "text", "not_name"),
    [
        # the house's own name follows the cue
        ("en", "Tom Quintavalle launched the eponymous brand Velmora in 2015.", "Tom Quintavalle"),
        # the surname is a house the lexicon knows: the namesake label is that house
        ("en", "Ottavia Prada showed her namesake label in Milan.", "Ottavia Prada"),
        ("fr", "Jean Ruvello a lancé sa marque éponyme, Velmora, en 2015.", "Jean Ruvello"),
        ("it", "Carla Marvesi ha fondato il marchio omonimo Velmora nel 2015.", "Carla Marvesi"),
    ],
)
def test_a_namesake_cue_before_a_name_or_a_known_house_adds_nothing(lang: str, text: str, not_name: str) -> None:
    assert not_name not in orgs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        # messaging apps, marketplaces' luxury sections, mall operators, perfume houses: the trade's well-known names
        ("en", "Clients in Riyadh order through WhatsApp and collect in store.", "WhatsApp", "platform"),
        ("fr", "La marque vend désormais sur LazMall et sur Shopee Mall en Malaisie.", "LazMall", "platform"),
        ("fr", "La marque vend désormais sur LazMall et sur Shopee Mall en Malaisie.", "Shopee Mall", "platform"),
        ("it", "A Bangkok il marchio aprirà negli spazi di Siam Piwat e di Central Pattana.", "Siam Piwat", "group"),
        ("it", "Il gruppo ha ceduto la licenza a un distributore che lavora anche per Acqua di Parma.",
         "Acqua di Parma", "brand"),
    ],
)
def test_well_known_names_of_the_trade(lang: str, text: str, name: str, kind: str) -> None:
    assert orgs(text, lang).get(name) == kind


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a street word before a name: the name is a street's
        ("en", "The studio, on boulevard Ruvello in the old town, employs twelve people.", "Ruvello"),
        ("fr", "La maison a rouvert son espace homme du boulevard Marvesi après huit mois de travaux.", "Marvesi"),
        ("it", "Lo abbiamo incontrato nel suo studio di via Lodrani, tra bozzetti e campioni di tessuto.", "Lodrani"),
    ],
)
def test_a_name_after_a_street_word_is_a_place(lang: str, text: str, place: str) -> None:
    assert place not in orgs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name", "not_name"),
    [
        # a place's possessive before a company's name of its own is no part of it
        ("en", "The label signed a franchise deal with Qatar's Ruvello Holding last month.", "Ruvello Holding",
         "Qatar's Ruvello Holding"),
        ("en", "Distribution goes to Dubai's Marvesi Group, which runs 40 stores.", "Marvesi Group",
         "Dubai's Marvesi Group"),
        # a possessive inside a name stays ("Tod's Group")
        ("en", "The label competes with Tod's Group in loafers.", "Tod's Group", "Group"),
    ],
)
def test_a_possessive_place_before_a_company_name_is_dropped(lang: str, text: str, name: str, not_name: str) -> None:
    found = orgs(text, lang)
    assert name in found and not_name not in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Online, the label already sells through Farfetch."),
        ("fr", "Online, la marque vend déjà sur Farfetch et sur son propre site."),
        ("it", "Online, il marchio vende già su Farfetch e sul proprio sito."),
    ],
)
def test_online_opening_a_sentence_is_no_name(lang: str, text: str) -> None:
    assert "Online" not in orgs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "not_name"),
    [
        # a kind word after a capitalised word and "de"/"of" continues a longer name: a prize's, a museum's
        ("en", "She won the Grand Prix d'Horlogerie de Ruvello last autumn.", "Horlogerie de Ruvello"),
        ("fr", "Elle a reçu le Grand Prix d'Horlogerie de Lodrani en novembre.", "Horlogerie de Lodrani"),
        ("it", "Ha vinto il Premio Speciale di Manifattura di Bellorio a Milano.", "Manifattura di Bellorio"),
    ],
)
def test_a_kind_word_inside_a_longer_name_starts_no_organisation(lang: str, text: str, not_name: str) -> None:
    assert not_name not in {f.name for f in discover(text, lang)}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("fr", "La Cristallerie de Lodrani a ouvert un atelier à Nancy.", "Cristallerie de Lodrani"),
        ("it", "La Manifattura di Bellorio ha assunto venti tessitori.", "Manifattura di Bellorio"),
    ],
)
def test_a_kind_word_opening_a_name_still_names_the_house(lang: str, text: str, name: str) -> None:
    assert name in {f.name for f in discover(text, lang)}
