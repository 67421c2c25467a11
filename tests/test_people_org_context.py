"""Which organisation a title without one of its own belongs to: never the publication naming itself in the byline
or copyright line; for a relative introduced by a kin noun, the house where the family member named before works.
Invented sentences in en, fr and it."""

from __future__ import annotations

import pytest
from test_people import roles_of

from luxcli import lexicon
from luxcli.extract.orgs import Mention, OrgEntry
from luxcli.extract.people import extract_people
from luxcli.extract.people_masthead import masthead_spans
from luxcli.model import Article
from luxcli.text import split_sentences

# (language, text, fact that must be found, fact that must not)
MASTHEAD = [
    ("en", "By Tessa Hollins, Senior Editor, WWD\n\nBoucheron opened a salon in Osaka this spring.\n\n"
           "Ivo Marquant, who joined as managing director in March, expects more.\n\n© WWD",
     ("Ivo Marquant", "managing_director", "Boucheron", True), ("Ivo Marquant", "managing_director", "WWD", True)),
    ("fr", "Les Echos > Mode > Joaillerie\nPar Margaux Vidal, Les Echos\n\nBoucheron ouvre un salon à Osaka.\n\n"
           "Selon Ivo Marquant, directeur général depuis mars, la demande progresse.",
     ("Ivo Marquant", "ceo", "Boucheron", True), ("Ivo Marquant", "ceo", "Les Echos", True)),
    ("it", "di Carla Mentasti, Pambianco\n\nBoucheron apre un salone a Osaka.\n\n"
           "Secondo Ivo Marquant, amministratore delegato da marzo, la domanda cresce.\n\n© Pambianco",
     ("Ivo Marquant", "ceo", "Boucheron", True), ("Ivo Marquant", "ceo", "Pambianco", True)),
]

RELATIVES = [
    ("en", "Dior and Chanel both opened in Osaka; Dior doubled its space there.\n\nTobias Wrenfield, chief executive "
           "of Harrowgate Looms, spoke first. His sister, Edith Wrenfield, who chairs the board, was more cautious.",
     ("Edith Wrenfield", "Harrowgate Looms")),
    ("fr", "Dior et Chanel ont ouvert à Osaka ; Dior y double sa surface.\n\nArmand Vessière, directeur général de "
           "Boucheron, a parlé le premier. Sa sœur, Lise Vessière, présidente du conseil, s'est montrée plus prudente.",
     ("Lise Vessière", "Boucheron")),
    ("it", "Dior e Chanel hanno aperto a Osaka; Dior vi raddoppia la superficie.\n\nOttavio Brunelli, amministratore "
           "delegato di Boucheron, ha parlato per primo. Sua sorella, Livia Brunelli, presidente del consiglio, è "
           "stata più prudente.",
     ("Livia Brunelli", "Boucheron")),
]

# a sentence opening on a definite noun and a comma speaks of the organisation the sentence before opened on
FOUNDED_BY_NOUN = [
    ("en", "Vestiaire Collective, the resale platform, raised 40 million euros in a round led by Kering. The company, "
           "founded in 2009 by Aldo Ferraciu and Mina Quarvel, will now open in Madrid.",
     ("Aldo Ferraciu", "Vestiaire Collective"), ("Aldo Ferraciu", "Kering")),
    ("fr", "Vestiaire Collective, la plateforme de revente, a levé 40 millions d'euros auprès de Kering. La jeune "
           "société, fondée en 2009 par Aldo Ferraciu et Mina Quarvel, ouvrira à Madrid.",
     ("Aldo Ferraciu", "Vestiaire Collective"), ("Aldo Ferraciu", "Kering")),
    ("it", "Vestiaire Collective, la piattaforma di rivendita, ha raccolto 40 milioni di euro con Kering. L'azienda, "
           "fondata nel 2009 da Aldo Ferraciu e Mina Quarvel, aprirà a Madrid.",
     ("Aldo Ferraciu", "Vestiaire Collective"), ("Aldo Ferraciu", "Kering")),
    # the organisation the sentence before named, not the common noun taken for a name
    ("it", "Nel distretto di Valenza, Boucheron è uno dei nomi che contano. L'azienda, fondata nel 1971 da Aldo "
           "Ferraciu, produce gioielli.", ("Aldo Ferraciu", "Boucheron"), ("Aldo Ferraciu", "L'azienda")),
    ("fr", "Dans le Jura, Boucheron compte parmi les noms qui comptent. L'entreprise, fondée en 1971 par Aldo "
           "Ferraciu, fabrique des bijoux.", ("Aldo Ferraciu", "Boucheron"), ("Aldo Ferraciu", "L'entreprise")),
    ("en", "In the Jura, Boucheron is one of the names that matter. The company, founded in 1971 by Aldo "
           "Ferraciu, makes jewellery.", ("Aldo Ferraciu", "Boucheron"), ("Aldo Ferraciu", "The company")),
]


@pytest.mark.parametrize("lang,text,found,absent", FOUNDED_BY_NOUN)
def test_noun_opening_speaks_of_previous_topic(lang: str, text: str, found: tuple, absent: tuple) -> None:
    pairs = {(name, org) for name, role, org, _ in roles_of(text, lang) if role == "founder"}
    assert found in pairs
    assert absent not in pairs

# a possessive in the title after the person hired speaks of the hirer, not of the first organisation of the clause
HIRER = [
    ("en", "Chanel opened a store in Osaka, and its rival Cartier, a Richemont house, has hired Lena Marsh, 52, as "
           "head of its archive.", ("Lena Marsh", "Cartier")),
    ("fr", "Chanel a ouvert à Osaka, et sa rivale Cartier, une maison de Richemont, a recruté Lena Marsh, 52 ans, "
           "comme directrice de son patrimoine.", ("Lena Marsh", "Cartier")),
    ("it", "Chanel ha aperto a Osaka, e la rivale Cartier, maison di Richemont, ha assunto Lena Marsh, 52 anni, "
           "come responsabile del suo archivio.", ("Lena Marsh", "Cartier")),
]


@pytest.mark.parametrize("lang,text,found", HIRER)
def test_possessive_after_hired_person_speaks_of_hirer(lang: str, text: str, found: tuple) -> None:
    pairs = {(name, org) for name, _, org, current in roles_of(text, lang) if current}
    assert found in pairs
    assert (found[0], "Chanel") not in pairs

# a kin noun inside an organisation's name ("Frères", "Figli", "Sons") makes no title a relative's
KIN_IN_NAME = [
    ("fr", "« Nous voulions un parfum sombre », explique le directeur artistique de Lanvière Frères, Ivo Marquant.",
     "Lanvière Frères"),
    ("it", "«Volevamo un profumo scuro», spiega il direttore creativo di Bassani & Figli, Ivo Marquant.",
     "Bassani & Figli"),
    ("en", "\"We wanted it darker,\" says the creative director of Hale & Sons, Ivo Marquant.", "Hale & Sons"),
]


def _people_with(text: str, lang: str, org: str) -> set[tuple[str, str | None]]:
    """People and organisations of their roles, with `org` given as the one organisation mention."""
    article = Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                      sentences=tuple(split_sentences(text, lexicon.words(lang, "abbreviations"))), content_hash="x")
    entry = OrgEntry(org, "brand", (), False)
    at = text.find(org)
    sent = next(i for i, s in enumerate(article.sentences) if s.start <= at < s.end)
    mentions = [Mention(at, at + len(org), org, entry, sent)]
    return {(p.name, r.org) for p in extract_people(article, mentions) for r in p.roles}


@pytest.mark.parametrize("lang,text,org", KIN_IN_NAME)
def test_kin_noun_inside_an_organisations_name(lang: str, text: str, org: str) -> None:
    assert ("Ivo Marquant", org) in _people_with(text, lang, org)


def _article(text: str, lang: str, publication: str | None = None) -> Article:
    return Article(path="t.txt", file="t.txt", title="", language=lang, text=text, sentences=(), content_hash="x",
                   publication=publication)


@pytest.mark.parametrize("lang,text,found,absent", MASTHEAD)
def test_publication_naming_itself_is_no_employer(lang: str, text: str, found: tuple, absent: tuple) -> None:
    facts = roles_of(text, lang)
    assert found in facts
    assert absent not in facts


@pytest.mark.parametrize("lang,text,found", RELATIVES)
def test_relative_holds_title_at_family_members_house(lang: str, text: str, found: tuple) -> None:
    assert found in {(name, org) for name, _, org, _ in roles_of(text, lang)}


@pytest.mark.parametrize("lang,text,lines", [
    ("en", "The Quire > Retail > Watches\nA headline about watches\nBy Jane Roe\n\nText.\n\n© The Quire",
     ["The Quire > Retail > Watches", "By Jane Roe", "© The Quire"]),
    ("fr", "Par Élise Roux, Le Carillon\n\nLe texte commence ici. Par ailleurs, Dior progresse.",
     ["Par Élise Roux, Le Carillon"]),
    ("it", "Il Foglio\n\ndi Marta Neri\n\nIl testo. Di Marta si parla.", ["Il Foglio", "di Marta Neri"]),
])
def test_masthead_lines(lang: str, text: str, lines: list[str]) -> None:
    article = _article(text, lang, "Il Foglio" if lang == "it" else None)
    assert [text[a:b] for a, b in masthead_spans(article)] == lines

