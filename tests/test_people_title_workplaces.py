"""The workplace a title's own phrase names, however it is written: after a unit and a region, with its trade noun
("at property consultancy A", "della società di consulenza A"); after two coordinated regions ("for the Middle East
and Africa at A"); joined under a description ("joined the Italian house A as president"); a relative clause's
antecedent, not the owner in apposition after it ("chez A, filiale de B, dont elle a été directrice"). The article's
subject named earlier must not take it. Invented sentences in en, fr and it."""

from __future__ import annotations

import pytest
from test_people_family_houses import pairs_of

from luxcli import lexicon
from luxcli.extract.orgs import extract_orgs
from luxcli.extract.people import extract_people
from luxcli.model import Article
from luxcli.text import split_sentences

TRADE_NOUN = [
    ("en", "Quellmar Group opened a mall in Bangkok last year, and Quellmar Group now plans two more. \"Rents are "
           "falling,\" said Tobin Reed, head of retail for Northern Europe at property consultancy Brisco Lane "
           "Partners.",
     "Tobin Reed"),
    ("en", "Quellmar Group opened a mall in Bangkok, and Quellmar Group plans two more. Tobin Reed, head of leasing "
           "for Asia at the consultancy Brisco Lane Partners, disagreed.", "Tobin Reed"),
    ("fr", "Quellmar Group a ouvert un centre à Bangkok et Quellmar Group en prévoit deux autres. Selon Lise "
           "Aubron, responsable du retail pour l'Asie du Sud-Est au cabinet de conseil Brisco Lane Partners, les "
           "loyers baissent.", "Lise Aubron"),
    ("it", "Quellmar Group ha aperto un centro a Bangkok e Quellmar Group ne prevede altri due. Secondo Lisa Aubri, "
           "responsabile retail per il Sud-Est asiatico della società di consulenza Brisco Lane Partners, i canoni "
           "scendono.", "Lisa Aubri"),
    ("it", "Quellmar Group ha aperto un centro a Bangkok e Quellmar Group ne prevede altri due. Secondo Lisa Aubri, "
           "responsabile retail della società di consulenza Brisco Lane Partners, i canoni scendono.", "Lisa Aubri"),
]


@pytest.mark.parametrize("lang,text,person", TRADE_NOUN)
def test_workplace_written_with_its_trade_noun(lang: str, text: str, person: str) -> None:
    pairs = pairs_of(text, lang)
    assert (person, "Brisco Lane Partners") in pairs
    assert (person, "Quellmar Group") not in pairs


TWO_REGIONS = [
    ("en", "Quellmar Group opened in Dubai. \"The market is growing,\" said Lisa Aubri, sales director for the Middle "
           "East and Africa at Guerlain, formerly head of retail at Chanel.", "Lisa Aubri"),
    ("fr", "Quellmar Group a ouvert à Dubaï. « Le marché progresse », a dit Lise Aubron, directrice commerciale pour "
           "le Moyen-Orient et l'Afrique de Guerlain, ancienne responsable retail de Chanel.", "Lise Aubron"),
    ("it", "Quellmar Group ha aperto a Dubai. «Il mercato cresce», ha detto Lisa Aubri, direttrice commerciale per "
           "il Medio Oriente e l'Africa di Guerlain, già responsabile retail di Chanel.", "Lisa Aubri"),
]


@pytest.mark.parametrize("lang,text,person", TWO_REGIONS)
def test_workplace_after_two_coordinated_regions(lang: str, text: str, person: str) -> None:
    pairs = pairs_of(text, lang)
    assert (person, "Guerlain") in pairs
    assert (person, "Quellmar Group") not in pairs


JOINED_DESCRIBED = [
    ("en", "Kering named a new head of retail on Monday. Kering said she replaces Lia Morten, who left in May to join "
           "the Italian house Bottega Veneta as president for Europe."),
    ("en", "Kering named a new head of retail on Monday. Kering said she replaces Lia Morten, who in May joined the "
           "Italian leather goods house Bottega Veneta as president for Europe."),
    ("fr", "Kering a nommé lundi une nouvelle directrice du retail. Kering précise qu'elle remplace Lia Morten, partie "
           "en mai pour rejoindre la maison italienne Bottega Veneta comme présidente pour l'Europe."),
    ("it", "Kering ha nominato lunedì una nuova responsabile retail. Kering precisa che sostituisce Lia Morten, che a "
           "maggio ha raggiunto la maison italiana Bottega Veneta come presidente per l'Europa."),
]


@pytest.mark.parametrize("lang,text", JOINED_DESCRIBED)
def test_title_at_the_organisation_joined_under_a_description(lang: str, text: str) -> None:
    pairs = pairs_of(text, lang)
    assert ("Lia Morten", "Bottega Veneta") in pairs
    assert ("Lia Morten", "Kering") not in pairs


# a relative clause after an organisation and its owner in apposition speaks of the organisation, not the owner
OWNER_IN_APPOSITION = [
    ("fr", "Le groupe Morvane a nommé Ilse Brandvik. Ilse Brandvik connaît l'Asie : elle a passé neuf ans chez "
           "Boucheron, filiale de Kering, dont trois comme directrice régionale pour l'Asie."),
    ("it", "Il gruppo Morvane ha nominato Ilse Brandvik. Ilse Brandvik conosce l'Asia: ha lavorato nove anni da "
           "Boucheron, controllata da Kering, di cui tre come direttrice regionale per l'Asia."),
    ("en", "Morvane Group hired Ilse Brandvik. Ilse Brandvik knows Asia: she spent nine years at Boucheron, owned by "
           "Kering, where she was regional director for Asia."),
]


@pytest.mark.parametrize("lang,text", OWNER_IN_APPOSITION)
def test_relative_clause_skips_the_owner_in_apposition(lang: str, text: str) -> None:
    pairs = pairs_of(text, lang)
    assert ("Ilse Brandvik", "Boucheron") in pairs
    assert ("Ilse Brandvik", "Kering") not in pairs


# a past title, a region written like a name ("Corée" after "Corée du Sud"), then the present title: the same person
PRESENT_AFTER_REGION = [
    ("fr", "En Corée du Sud, le commerce en direct a doublé en deux ans.\n\nPour Lise Aubron, ancienne directrice "
           "marketing de Chanel en Corée et aujourd'hui associée chez Corvex Partners, le risque est réel.",
     "Lise Aubron"),
    ("en", "In South Korea, live commerce has doubled in two years.\n\nFor Lisa Aubri, a former marketing director of "
           "Chanel in Korea and now a partner at Corvex Partners, the risk is real.", "Lisa Aubri"),
    ("it", "In Corea del Sud il commercio in diretta è raddoppiato in due anni.\n\nPer Lisa Aubri, ex direttrice "
           "marketing di Chanel in Corea e oggi partner di Corvex Partners, il rischio è reale.", "Lisa Aubri"),
]


@pytest.mark.parametrize("lang,text,person", PRESENT_AFTER_REGION)
def test_present_title_after_a_region_is_the_same_persons(lang: str, text: str, person: str) -> None:
    pairs = pairs_of(text, lang)
    assert (person, "Corvex Partners") in pairs
    assert (person, "Chanel") in pairs


# "joined A in September as its commercial director": a possessive and a unit word between the copula and the title
JOINED_AS_ITS_UNIT = [
    ("en", "Ottica Quaranta, the eyewear maker from Belluno, is growing fast.\n\nLia Morten, who until June was head "
           "of licensing at Safilo, joined Quaranta in September as its commercial director for Europe.", "Lia Morten"),
    ("fr", "Ottica Quaranta, le lunetier de Belluno, grandit vite.\n\nLise Aubron, jusqu'en juin responsable des "
           "licences chez Safilo, a rejoint Quaranta en septembre comme sa directrice commerciale pour l'Europe.",
     "Lise Aubron"),
    ("it", "Ottica Quaranta, l'occhialeria di Belluno, cresce in fretta.\n\nLisa Aubri, fino a giugno responsabile "
           "licenze di Safilo, è entrata in Quaranta a settembre come direttrice commerciale per l'Europa.",
     "Lisa Aubri"),
]


@pytest.mark.parametrize("lang,text,person", JOINED_AS_ITS_UNIT)
def test_title_after_joined_as_its_unit(lang: str, text: str, person: str) -> None:
    assert (person, "Ottica Quaranta") in pairs_of(text, lang)


# "joins Quaranta as industrial director": the family's surname after "joined" is its house, not a relative
JOINED_FAMILY_HOUSE = [
    ("en", "Quaranta Paris hires outside the family\n\nQuaranta Paris, the leather house founded by Ugolino Quaranta "
           "in 1951, is hiring. His son, Ottone Quaranta, became chief executive in May. Brice Telvin, formerly head "
           "of operations at Moynat, joins Quaranta as industrial director.", "Quaranta Paris"),
    ("fr", "Maison Quaranta recrute hors de la famille\n\nMaison Quaranta, maroquinier fondé par Ugolino Quaranta en "
           "1951, recrute. Son fils, Ottone Quaranta, est devenu directeur général en mai. Brice Telvin, ancien "
           "directeur des opérations chez Moynat, rejoint Quaranta comme directeur industriel.", "Maison Quaranta"),
    ("it", "Pelletteria Quaranta assume fuori dalla famiglia\n\nPelletteria Quaranta, fondata da Ugolino Quaranta nel "
           "1951, assume. Il figlio, Ottone Quaranta, è diventato amministratore delegato a maggio. Brice Telvin, già "
           "direttore operativo di Moynat, è entrato in Quaranta come direttore industriale.", "Pelletteria Quaranta"),
]


@pytest.mark.parametrize("lang,text,house", JOINED_FAMILY_HOUSE)
def test_surname_after_joined_is_the_house(lang: str, text: str, house: str) -> None:
    people = people_roles(text, lang)
    assert ("Brice Telvin", "director", house) in people
    assert not any(name == "Ottone Quaranta" and role == "director" for name, role, _ in people)


def people_roles(text: str, lang: str) -> set[tuple[str, str, str | None]]:
    article = Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                      sentences=tuple(split_sentences(text, lexicon.words(lang, "abbreviations"))), content_hash="x")
    _, mentions = extract_orgs(article)
    return {(p.name, r.role, r.org) for p in extract_people(article, mentions) for r in p.roles}


# a region of several words qualifying the unit ("Europe du Sud", "Europa del Sud") does not part title and workplace
REGION_OF_WORDS = [
    ("fr", "Chopard a recruté Lise Aubron, ancienne directrice commerciale Europe du Sud de Safilo.", "Lise Aubron"),
    ("it", "Chopard ha assunto Lisa Aubri, ex direttrice commerciale Europa del Sud di Safilo.", "Lisa Aubri"),
    ("en", "Chopard hired Lisa Aubri, formerly sales director Southern Europe at Safilo.", "Lisa Aubri"),
]


@pytest.mark.parametrize("lang,text,person", REGION_OF_WORDS)
def test_region_of_several_words_in_the_unit(lang: str, text: str, person: str) -> None:
    pairs = pairs_of(text, lang)
    assert (person, "Safilo") in pairs
    assert (person, "Chopard") not in pairs
