"""Organisations: discovery from the text's cues (en, fr, it), per-article kinds, canonical names."""

from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.evaluate import evaluate_corpus
from luxcli.extract.orgs import employers, extract_orgs
from luxcli.model import Article, Evidence, Person, Role
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
        ("en", "Velaris, the Berlin fashion platform, raised money.", {"Velaris": "platform"}),
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


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind", "short"),
    [
        # a capitalised kind word written as part of the name is part of it; the rest is its short form
        ("en", "GENEVA — Maison Corvane, the watch brand, grew. Sales of Corvane rose 9%.",
         "Maison Corvane", "brand", "Corvane"),
        ("en", "Atelier Brunsell opened in Leeds. Brunsell now has 40 staff.", "Atelier Brunsell", "brand", "Brunsell"),
        ("fr", "La maison de couture Maison Estrelle ouvre à Lyon. Estrelle recrute.", "Maison Estrelle", "brand",
         "Estrelle"),
        ("it", "Il gioielliere Casa Vellari apre a Roma. Vellari cresce.", "Casa Vellari", "brand", "Vellari"),
        ("it", "Il Gruppo Ferlisi investe. Ferlisi assume.", "Gruppo Ferlisi", "group", "Ferlisi"),
        # a lower-case group word before a family group's name, a member of the family named: "Groupe X"
        # (tests/test_orgs_family_groups.py)
        ("fr", "La griffe Noctelle, propriété du groupe familial Dauberval, grandit. Le groupe Dauberval, que préside "
               "Marc Dauberval, recrute.", "Groupe Dauberval", "group", "Dauberval"),
        ("it", "Il marchio Lumena fa parte del Gruppo Ferlisi. Ferlisi assume.", "Gruppo Ferlisi", "group",
         "Ferlisi"),
    ],
)
def test_a_kind_word_in_the_name_and_its_short_form_are_one_organisation(
        lang: str, text: str, name: str, kind: str, short: str) -> None:
    entities, mentions = extract_orgs(article(text, lang))
    by_name = {e.name: e for e in entities}
    assert by_name[name].kind == kind
    assert short not in by_name, by_name
    assert all(m.entry.name == name for m in mentions if m.surface == short)


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "The Florentine house Velluto Nero opened.", "Velluto Nero"),
        ("fr", "La maison Ombrelune ouvre à Lyon.", "Ombrelune"),
        ("it", "La maison Ventaglio apre a Roma.", "Ventaglio"),
    ],
)
def test_a_lower_case_brand_word_stays_outside_the_name(lang: str, text: str, kept: str) -> None:
    assert kept in orgs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Maison Corvane grew, said Jeanne Corvane, who founded Corvane Vault."),
        ("fr", "Maison Estrelle grandit, dit Paul Estrelle."),
        ("it", "Casa Vellari cresce, ha detto Marco Vellari."),
    ],
)
def test_a_short_form_inside_a_longer_capitalised_name_is_no_mention(lang: str, text: str) -> None:
    _, mentions = extract_orgs(article(text, lang))
    assert len(mentions) == 1, [m.surface for m in mentions]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # research firms, schools and investors named by a cue or a company word
        ("en", "Priya Nair, an analyst at Brackwell Research, expects growth.", "Brackwell Research"),
        ("en", "The fund Orvane Capital bought a stake.", "Orvane Capital"),
        ("en", "She studied at the fashion school Ravenmoor before joining.", "Ravenmoor"),
        ("fr", "Les étudiants de l'école Ravencourt ont dessiné la collection.", "Ravencourt"),
        ("fr", "Selon le cabinet d'études Marbeuf Conseil, le marché croît.", "Marbeuf Conseil"),
        ("it", "La partnership con l'istituto Fiorentia continua.", "Fiorentia"),
        ("it", "Il 70% è detenuto da Orsenigo Holding.", "Orsenigo Holding"),
    ],
)
def test_research_firms_schools_and_investors_are_groups(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "group"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Delaunay affronte Goyard et Moynat.", {"Goyard": "brand", "Moynat": "brand"}),
        ("it", "Si confronta con Mikimoto e con Tasaki.", {"Mikimoto": "brand", "Tasaki": "brand"}),
        ("en", "Messika, Repossi and Chaumet all grew; Dewu and SSENSE sell them.",
         {"Messika": "brand", "Repossi": "brand", "Chaumet": "brand", "Dewu": "platform", "SSENSE": "platform"}),
    ],
)
def test_well_known_houses_and_platforms_are_in_the_lexicon(lang: str, text: str, expected: dict[str, str]) -> None:
    found = orgs(text, lang)
    assert {k: found.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brands court shoppers on Xiaohongshu, where Xiaohongshu users post reviews.", "Xiaohongshu"),
        ("Brands court shoppers on Little Red Book, also known as Xiaohongshu.", "Little Red Book"),
    ],
)
def test_a_platform_with_two_full_names_goes_by_the_articles_first(text: str, name: str) -> None:
    entities, mentions = extract_orgs(article(text, "en"))
    assert [e.name for e in entities] == [name]
    assert {m.entry.name for m in mentions} == {name}
    # the other full name stays an alias, so a search for either finds it
    assert {"Xiaohongshu", "Little Red Book"} - {name} <= set(entities[0].aliases)


@pytest.mark.parametrize("gold, corpus", [("holdout.json", "holdout")])
def test_held_out_organisation_scores(gold: str, corpus: str) -> None:
    # measured 1.0 on the held-out set when written; the margin allows for other extractors' changes
    assert evaluate_corpus(DATA / "gold" / gold, DATA / corpus)["scores"]["orgs"]["f1"] >= 0.95


@pytest.mark.parametrize(
    ("lang", "text", "name", "shorts"),
    [
        ("en", "Brisk Cosmetics lifts sales\n\nBrisk Cosmetics Group, the Danish owner of two labels, grew 5%. "
               "Shares in Brisk rose.", "Brisk Cosmetics Group", {"Brisk Cosmetics", "Brisk"}),
        ("fr", "Les ventes de Talvane Holding progressent. Talvane confirme ses objectifs.",
         "Talvane Holding", {"Talvane"}),
        ("it", "Corvo Tessile Group chiude il semestre in crescita. Corvo Tessile conferma la guida.",
         "Corvo Tessile Group", {"Corvo Tessile"}),
    ],
)
def test_a_company_named_with_a_suffix_is_also_named_by_its_short_forms(
        lang: str, text: str, name: str, shorts: set[str]) -> None:
    entities, mentions = extract_orgs(article(text, lang))
    assert name in {e.name for e in entities}
    assert not shorts & {e.name for e in entities}
    assert shorts <= {m.surface for m in mentions if m.entry.name == name}


@pytest.mark.parametrize(
    ("lang", "text", "house", "founder"),
    [
        ("en", "Atelier Dinant, founded in 2011 by the watchmaker Aurel Dinant, sold out.", "Atelier Dinant",
         "Aurel Dinant"),
        ("fr", "Maison Ferlac, fondée en 1990 par le joaillier Paul Ferlac, ouvre à Lyon.", "Maison Ferlac",
         "Paul Ferlac"),
        ("it", "Casa Orvieta, fondata nel 1960 dal sarto Bruno Orvieta, apre a Roma.", "Casa Orvieta",
         "Bruno Orvieta"),
    ],
)
def test_a_kind_noun_before_the_founder_of_an_eponymous_house_is_no_second_house(
        lang: str, text: str, house: str, founder: str) -> None:
    names = orgs(text, lang)
    assert house in names
    assert founder not in names


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "At the fair, Horlogerie Brassard showed its first ladies' watch.", "Horlogerie Brassard"),
        ("fr", "Les Galeries Sorlin ouvrent un nouveau magasin à Nantes.", "Galeries Sorlin"),
        ("it", "La Horlogerie Varenne ha presentato a Ginevra la sua prima collezione.", "Horlogerie Varenne"),
    ],
)
def test_a_capitalised_trade_word_starts_a_house_name(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The round was led by Harbor Capital, with Fondo Lario Crescita also in.", "Fondo Lario Crescita"),
        ("fr", "Le Fonds Vaudelune Avenir prend une participation dans la maison.", "Fonds Vaudelune Avenir"),
        ("it", "Hanno partecipato Vetta Capital e Fondo Adige Sviluppo.", "Fondo Adige Sviluppo"),
    ],
)
def test_a_capitalised_fund_word_starts_a_group_name(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "group"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Bonhams and Sotheby's trail Christie's; Marriott International runs the Ritz-Carlton.",
         {"Bonhams": "brand", "Sotheby's": "brand", "Christie's": "brand", "Marriott International": "group"}),
        ("fr", "Kering Eyewear et EssilorLuxottica se disputent la licence, L'Oréal Luxe observe.",
         {"Kering Eyewear": "group", "EssilorLuxottica": "group", "L'Oréal Luxe": "group"}),
        ("it", "Mandarin Oriental e Cheval Blanc si vendono anche su Mr & Mrs Smith.",
         {"Mandarin Oriental": "brand", "Cheval Blanc": "brand", "Mr & Mrs Smith": "platform"}),
    ],
)
def test_auction_houses_hotels_and_eyewear_groups_are_in_the_lexicon(
        lang: str, text: str, expected: dict[str, str]) -> None:
    found = orgs(text, lang)
    assert {k: found.get(k) for k in expected} == expected


# Trade nouns of makers, auction houses and resale platforms; a name joined by "&" is one name.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The holding also owns the glove maker Sorrel & Finch.", {"Sorrel & Finch": "brand"}),
        ("en", "The licence went to Vetreria Lusso, a family-owned manufacturer near Treviso.",
         {"Vetreria Lusso": "group"}),
        ("en", "Sellers moved to the resale platform Swapvault last year.", {"Swapvault": "platform"}),
        ("fr", "La maison de ventes Dumarest & Vial a vendu 300 lots.", {"Dumarest & Vial": "brand"}),
        ("fr", "Les paires se revendent sur la plateforme de revente Kickbox.", {"Kickbox": "platform"}),
        ("fr", "La commande est confiée au fabricant Verrerie Lamotte.", {"Verrerie Lamotte": "group"}),
        ("it", "La casa d'aste Bellandi & Rossi ha chiuso l'anno in crescita.", {"Bellandi & Rossi": "brand"}),
        ("it", "Le scarpe passano sulla piattaforma di rivendita Scambio.", {"Scambio": "platform"}),
        ("it", "Il marchio ha scelto il produttore Vetri Cadore per le montature.", {"Vetri Cadore": "group"}),
    ],
)
def test_makers_auction_houses_and_resale_platforms_are_cues(lang: str, text: str, expected: dict[str, str]) -> None:
    found = orgs(text, lang)
    assert {k: found.get(k) for k in expected} == expected


# A place after "the brand in/à/a" is no organisation.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("fr", "Les foulards sortent des ateliers de la marque à Rodez.", "Rodez"),
        ("it", "Le borse escono dai laboratori del marchio a Scandicci.", "Scandicci"),
        ("it", "Le borse escono dai laboratori del marchio in Toscana.", "Toscana"),
    ],
)
def test_a_place_after_a_kind_noun_is_no_organisation(lang: str, text: str, place: str) -> None:
    assert place not in orgs(text, lang)


# A kind noun said of a name ("a manufacturer") decides its kind over a trade word it starts with.
@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("en", "Occhialeria Dolomia signed the deal. The licence went to Occhialeria Dolomia, a family-owned "
         "manufacturer.", "Occhialeria Dolomia", "group"),
        ("fr", "Occhialeria Vanoi signe l'accord. Le contrat revient à Occhialeria Vanoi, un fabricant familial.",
         "Occhialeria Vanoi", "group"),
        ("it", "Occhialeria Primiero firma l'accordo. La licenza va a Occhialeria Primiero, il produttore "
         "bellunese.", "Occhialeria Primiero", "group"),
    ],
)
def test_a_kind_noun_beats_the_kind_of_a_trade_word_prefix(lang: str, text: str, name: str, kind: str) -> None:
    assert orgs(text, lang).get(name) == kind


# Only a company reports results or lists its shares: the name before such words is an organisation.
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Corallo Verdi went public in Milan. In 2025 Corallo Verdi reported revenue of €40 million.",
         "Corallo Verdi"),
        ("fr", "Perles Aubier entre en Bourse. L'an dernier, Perles Aubier a réalisé un chiffre d'affaires de 30 "
         "millions d'euros.", "Perles Aubier"),
        ("it", "Ambra Loredan debutta in Borsa. Nel 2025 Ambra Loredan ha registrato ricavi per 50 milioni.",
         "Ambra Loredan"),
    ],
)
def test_a_name_reporting_results_or_listing_is_a_company(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Analysts said Marta Velli expects revenue to grow."),
        ("it", "Secondo Marta Velli i ricavi cresceranno."),
    ],
)
def test_a_person_speaking_of_results_is_no_company(lang: str, text: str) -> None:
    assert "Marta Velli" not in orgs(text, lang)


# An analyst's or consultant's workplace is a firm.
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Tom Reyes, an analyst at Halden Partners, sees slower growth.", "Halden Partners"),
        ("fr", "Pour Lise Marchal, consultante chez Orbe Conseil, le pari est risqué.", "Orbe Conseil"),
        ("it", "Secondo Sara Landi, consulente presso Studio Vetta, la scommessa è rischiosa.", "Studio Vetta"),
    ],
)
def test_an_analyst_or_consultant_works_at_a_firm(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "group"


# A lexicon name that is also a common word or surname is no organisation right after a first name.
@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "Mark Phillips, the finance chief, was cautious. At Phillips, the sale made $20 million.", True),
        ("fr", "Selon Anne Phillips, le marché ralentit.", False),
        ("it", "Secondo Luca Phillips il mercato rallenta.", False),
    ],
)
def test_a_surname_is_no_house(lang: str, text: str, kept: bool) -> None:
    found = extract_orgs(article(text, lang))[1]
    assert [m.surface for m in found if m.entry.name == "Phillips"] == (["Phillips"] if kept else [])


# --- kinds, rivals and suppliers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        # a spinner or weaver named in apposition is a company
        ("en", "Harlow Threads, the Welsh wool spinner that supplies tailors, grew.", "Harlow Threads", "group"),
        ("fr", "Tissages Morvan, le tisseur lyonnais, a ouvert une usine.", "Tissages Morvan", "group"),
        ("it", "Filati Orsenigo, la filatura biellese, ha aperto una fabbrica.", "Filati Orsenigo", "group"),
        # a trade word written before the name is part of it
        ("en", "Ceramiche Ardesi opened a store in Tokyo.", "Ceramiche Ardesi", "brand"),
        ("fr", "Porcellane Vellari ouvre une boutique à Paris.", "Porcellane Vellari", "brand"),
        ("it", "Lanificio Corvaro ha aperto un negozio a Milano.", "Lanificio Corvaro", "group"),  # a mill: a maker
        # a subsidiary noun before a name
        ("it", "A guidare la nuova filiale Ardesi Japan sarà un manager locale.", "Ardesi Japan", "group"),
    ],
)
def test_kind_cues(lang: str, text: str, name: str, kind: str) -> None:
    assert orgs(text, lang).get(name) == kind


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a section title with a trade word is no house
        ("en", "Casa & Design\nNew plates for the table.", "Casa & Design"),
        ("fr", "Rubrique Maison & Jardin : les nouveautés.", "Maison & Jardin"),
        ("it", "Ricevi la newsletter Casa & Design ogni venerdì.", "Casa & Design"),
        # a kind noun after a comma that introduces the next name describes that name, not the one before
        ("fr", "Fondée en 1820 au bord de la Loire, la maison Ombrelune grandit.", "Loire"),
        ("en", "Born on the banks of the Arno, the label Cuoio Fino grew.", "Arno"),
        ("it", "Nata sulle rive del Brenta, la maison Ardesi cresce.", "Brenta"),
    ],
)
def test_not_organisations(lang: str, text: str, absent: str) -> None:
    assert absent not in orgs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # names listed after a competition cue are organisations, of the kind of the one they compete with
        ("en", "Brannock Mills Group grew. Brannock Mills Group competes with Tallis & Pike and France's Vellier.",
         {"Tallis & Pike": "group", "Vellier": "group"}),
        ("fr", "La maison Ombrelune est en concurrence avec Tirelle et Maison Varan.",
         {"Tirelle": "brand", "Maison Varan": "brand"}),
        ("it", "Il marchio Ardesi è in concorrenza con Borsari e Vellucci.", {"Borsari": "brand", "Vellucci": "brand"}),
    ],
)
def test_rivals_are_organisations(lang: str, text: str, expected: dict[str, str]) -> None:
    found = orgs(text, lang)
    assert {n: found.get(n) for n in expected} == expected


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # "le groupe Ferval" beside a Ferval of the family is "Groupe Ferval"; "le groupe familial Ferval" describes
        # Ferval
        ("fr", "La maison Liseron est détenue par le groupe familial Ferval.", "Ferval"),
        ("fr", "La maison Liseron est détenue par le groupe Ferval, que préside Anne Ferval.", "Groupe Ferval"),
        ("it", "La maison Ardesi è controllata dal gruppo familiare Ferval.", "Ferval"),
    ],
)
def test_group_word_with_an_adjective_stays_out(lang: str, text: str, name: str) -> None:
    assert name in orgs(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a short form after a place written in two capitalised words is still the house
        ("en", "Maison Ombrelune grew. In New York Ombrelune will open a store.", ),
        ("fr", "Maison Ombrelune grandit. Aux États Unis Ombrelune ouvrira une boutique."),
        ("it", "Maison Ombrelune cresce. Negli Stati Uniti Ombrelune aprirà un negozio."),
    ],
)
def test_short_form_after_a_place(lang: str, text: str) -> None:
    found = extract_orgs(article(text, lang))[1]
    assert [m.entry.name for m in found if m.surface == "Ombrelune"] == ["Maison Ombrelune"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "The bags are cut by the Tuscan tannery Conceria Velani.", "Conceria Velani"),
        ("fr", "Le cuir vient du fournisseur Tanneries Morvan.", "Tanneries Morvan"),
        ("it", "La pelle arriva dal fornitore Pellami Arsenio.", "Pellami Arsenio"),
    ],
)
def test_a_supplier_is_a_company(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "group"


# A name in apposition with a kind noun is an organisation also when it opens a sentence after another one.
@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    ("en", "It was a busy week. Brellon, the Parisian maison founded in 2019, opened a salon.", "Brellon", "brand"),
    ("fr", "La semaine fut chargée. Brellon, la maison parisienne fondée en 2019, a ouvert un salon.",
     "Brellon", "brand"),
    ("it", "È stata una settimana intensa. Brellon, il marchio milanese nato nel 2019, ha aperto un negozio.",
     "Brellon", "brand"),
])
def test_an_apposition_opening_a_sentence(lang: str, text: str, name: str, kind: str) -> None:
    assert orgs(text, lang).get(name) == kind


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le marché ralentit. D'abord, la maison a fermé deux boutiques."),
    ("it", "Il mercato rallenta. D'altronde, il marchio ha chiuso due negozi."),
])
def test_an_elided_adverb_opening_a_sentence_is_no_name(lang: str, text: str) -> None:
    assert orgs(text, lang) == {}


# An organisation named only as someone's workplace is an organisation of the article.
@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    ("en", "Anna Brellon sits on the board. Tom Reyes is chief executive of Brellon, the family said.",
     "Brellon", "brand"),
    ("fr", "Selon Paul Morel, analyste chez Vasseur Conseil, la demande ralentit.", "Vasseur Conseil", "group"),
    ("it", "Anna Brellon siede nel consiglio. Marco Bassi è amministratore delegato di Brellon dal 2022.",
     "Brellon", "brand"),
])
def test_a_workplace_named_in_a_title_is_an_organisation(lang: str, text: str, name: str, kind: str) -> None:
    from luxcli.extract import extract_all

    facts = extract_all(article(text, lang))
    assert {e.name: e.kind for e in facts.entities}.get(name) == kind


# A kind noun, then a list of names closing the sentence: "the group owns two brands: A and B."
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The group now owns three brands: Orvane, Lisko and Temper.",
     {"Orvane": "brand", "Lisko": "brand", "Temper": "brand"}),
    ("fr", "Le groupe détient aujourd'hui deux marques, Garvel et Lisotte.", {"Garvel": "brand", "Lisotte": "brand"}),
    ("it", "Il gruppo controlla due marchi di proprietà, Orvane e Lisko.", {"Orvane": "brand", "Lisko": "brand"}),
])
def test_a_closing_list_after_a_kind_noun(lang: str, text: str, expected: dict[str, str]) -> None:
    assert orgs(text, lang) == expected


def test_a_kind_noun_then_one_name_is_no_list() -> None:
    assert orgs("The brand, once a family business, grew fast.", "en") == {}


# The name after an ownership cue owns something: a group ("a subsidiary of X", "filiale de X", "controllata da X").
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Since May, Orvane has been a subsidiary of Hartwell Brands.", "Hartwell Brands"),
    ("fr", "La maison, filiale de Vellane Beauté depuis 2019, a dévoilé sa stratégie.", "Vellane Beauté"),
    ("it", "L'azienda, controllata dalla holding di famiglia Dalvo Partecipazioni, impiega mille persone.",
     "Dalvo Partecipazioni"),
])
def test_an_owner_after_an_ownership_cue_is_a_group(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "group"


def test_a_place_before_the_owners_kind_words_is_no_owner() -> None:
    found = orgs("Since 2019 the house has been controlled by the Paris investment firm Valmont Capital.", "en")
    assert "Paris" not in found and found.get("Valmont Capital") == "group"


# "Founded in 1908 by X, the house ...": X is the founder, the apposition describes the sentence's subject.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Founded in 1950 by Carl Bersan, the house grew fast."),
    ("fr", "Fondée en 1908 par Auguste Verrand, la maison a grandi."),
    ("it", "Fondata nel 1950 da Carlo Bersani, la maison è cresciuta."),
])
def test_the_agent_of_a_passive_is_no_house(lang: str, text: str) -> None:
    assert orgs(text, lang) == {}


# A place after "in"/"à"/"a", then an apposition of the sentence's subject, is no organisation.
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The bag costs less than in Hong Kong, a gap the brand says it narrowed."),
    ("en", "In Lyon, the house opened its first store."),
    ("fr", "À Lyon, la maison a ouvert sa première boutique."),
    ("it", "A Lione, il marchio ha aperto il primo negozio."),
])
def test_a_place_before_an_apposition_is_no_organisation(lang: str, text: str) -> None:
    assert orgs(text, lang) == {}


def test_bought_from_a_described_label_is_an_organisation() -> None:
    assert orgs("Buyers often come from Songlan, the Beijing handbag label.", "en") == {"Songlan": "brand"}


# A name after a word of selling online and "on/sur/su" is a platform; a street after "a store on" is not.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The collection is sold on Lumenza and in its own stores.", {"Lumenza": "platform"}),
    ("fr", "La marque est également référencée sur Notavo en Europe centrale.", {"Notavo": "platform"}),
    ("it", "La collezione è venduta anche su Modavia da marzo.", {"Modavia": "platform"}),
    ("en", "The brand opened a store on Fifth Avenue last May.", {}),
    ("en", "The group is listed on Nasdaq Stockholm.", {}),
])
def test_a_place_to_sell_online(lang: str, text: str, expected: dict[str, str]) -> None:
    assert orgs(text, lang) == expected


# "London-based X": a company named after a place glued to "-based"; the place is no part of the name.
@pytest.mark.parametrize(("text", "expected"), [
    ("The app is operated by London-based Row Works, the founder said.", {"Row Works": "group"}),
    ("The Hong Kong-headquartered Lanfeng Group reported results.", {"Lanfeng Group": "group"}),
    ("She is London-based and works from home.", {}),
])
def test_a_place_based_company(text: str, expected: dict[str, str]) -> None:
    assert orgs(text, "en") == expected


# Suppliers described by their trade are groups: factories, mills, embroidery workshops.
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The house buys its cloth from Valcombe, a Scottish spinning mill founded in 1890.", "Valcombe"),
    ("fr", "La maison a racheté l'atelier de broderie Brodelys, installé à Lyon depuis 1931.", "Brodelys"),
    ("it", "Il marchio lavora con Valcombe, il lanificio biellese fondato nel 1890.", "Valcombe"),
])
def test_suppliers_named_by_their_trade_are_groups(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "group"


# "Cristallerie de Vauclair": a capitalised kind word, "de/di" and a name; its short form is the name.
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Le directeur général de la Cristallerie de Vaucelle, Paul Morel, explique la méthode.",
     "Cristallerie de Vaucelle"),
    ("it", "La Manifattura di Sestrino ha aperto un nuovo reparto.", "Manifattura di Sestrino"),
])
def test_a_kind_word_of_a_name(lang: str, text: str, name: str) -> None:
    assert name in orgs(text, lang)


# "arriva da X, il marchio ...": "da" is an agent only after a passive participle ("fondata da X").
def test_from_a_house_in_apposition_is_a_house() -> None:
    found = orgs("Sellaro arriva da Aurelia Bassel, il marchio di maglieria del gruppo.", "it")
    assert found == {"Aurelia Bassel": "brand"}


# "who joined from X", "arrivé de chez X", "arrivato da X": a former employer is an organisation.
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Its finance chief, David Mensa, who joined from Asolo in January, said so.", "Asolo"),
    ("fr", "Paul Morel, arrivé l'an dernier de chez Brellon, dirige la maison.", "Brellon"),
    ("it", "Marco Bassi, arrivato nel 2020 da Brellon, guida il marchio.", "Brellon"),
])
def test_a_former_employer_after_came_from(lang: str, text: str, name: str) -> None:
    assert name in orgs(text, lang)


def test_a_place_after_came_from_is_no_organisation() -> None:
    assert orgs("The idea came from China, she said.", "en") == {}


# "X is a London make-up brand": a copula, a determiner, a few words and a kind noun.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Lumoria is a London make-up brand founded in 2021.", {"Lumoria": "brand"}),
    ("fr", "Vaucelle est une maison de cristal fondée en 1764.", {"Vaucelle": "brand"}),
    ("it", "Brellon è un marchio milanese di borse.", {"Brellon": "brand"}),
    ("it", "Non è un marchio come gli altri.", {}),
    ("en", "Anna Berg is a designer of note.", {}),
])
def test_a_name_described_by_a_copula(lang: str, text: str, expected: dict[str, str]) -> None:
    assert orgs(text, lang) == expected


# The article's own subject, named with no cue: a possessive, three mentions, never inside a longer name.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "How Quellane won China. Three years ago, Quellane sold little online. Quellane's stores now thrive, "
           "and analysts watch Quellane closely.", {"Quellane": "brand"}),
    ("en", "Harrow & Vane grew. Harrow & Vane's coats sell well, and Harrow & Vane plans more stores.",
     {"Harrow & Vane": "brand"}),
    # a person's surname after a first name, a place after "in", a name part before another capital: none
    ("en", "Simon Ashcott joined in May. Ashcott's plan worked, and Ashcott said so.", {}),
    ("en", "Sales in Dunmere grew. Dunmere's shoppers spend, and Dunmere keeps growing.", {}),
    ("en", "Fashion Vanta opened. Vanta's show was loud, and Vanta Week ends today.", {}),
    ("en", "Quellane's stores thrive.", {}),  # once is no subject
    # French and Italian have no possessive mark: the rule reads nothing there
    ("fr", "Quellane grandit. Quellane's clients restent, et Quellane recrute.", {}),
    ("it", "Quellane cresce. Quellane's clienti restano, e Quellane assume.", {}),
])
def test_the_articles_subject_from_its_possessives(lang: str, text: str, expected: dict[str, str]) -> None:
    assert orgs(text, lang) == expected


# A group word written in lower case before a name of several words stays outside the name; before a lone
# family name it is part of the company's name when a member of the family is named ("Groupe Sarlevin"), else not
# ("Orsetti").
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "La maison est une filiale du groupe Marceau Vignobles depuis 2009.", "Marceau Vignobles"),
    ("fr", "La maison est une filiale du groupe Roche-Vidal depuis 2009.", "Roche-Vidal"),
    ("fr", "La maison est une filiale du groupe Sarlevin, dirigé par Paul Sarlevin, depuis 2009.", "Groupe Sarlevin"),
    ("it", "Il marchio è controllato dal gruppo Orsetti Moda dal 2020.", "Orsetti Moda"),
    ("it", "Il marchio è controllato dal gruppo Orsetti dal 2020.", "Orsetti"),
])
def test_a_lower_case_group_word_joins_only_a_lone_family_name(lang: str, text: str, name: str) -> None:
    assert name in orgs(text, lang)


# Start-ups, retailers and certification bodies are companies; bootmakers and glovers are houses;
# "Financière", "Compagnie" start a holding's name, "Clos", "Domaine", "Tenuta" an estate's.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "It partnered with the watch-authentication start-up Horavia.", {"Horavia": "group"}),
    ("fr", "Le second, avec la jeune pousse Falcor Express, livre en trois heures.", {"Falcor Express": "group"}),
    ("it", "L'azienda ha un accordo con la start-up torinese Tessaly.", {"Tessaly": "group"}),
    ("fr", "Elle s'associe au détaillant Ravanta Jewels en Inde.", {"Ravanta Jewels": "group"}),
    ("it", "Le verifiche sono affidate all'ente di certificazione svizzero Certavo.", {"Certavo": "group"}),
    ("fr", "Le groupe possède le chausseur Bérolle et le gantier Vallorin.", {"Bérolle": "brand", "Vallorin": "brand"}),
    ("it", "Il gruppo ha rilevato la camiceria napoletana Lanzetti.", {"Lanzetti": "brand"}),
    ("en", "Valmont is still controlled by the family holding, Financière Orvaux.", {"Financière Orvaux": "group"}),
    ("fr", "Le groupe réunit les maisons Champagne Orsay et Clos Vernier.", {"Clos Vernier": "brand"}),
    ("it", "La famiglia controlla anche Tenuta Larici.", {"Tenuta Larici": "brand"}),
])
def test_kind_nouns_and_name_words(lang: str, text: str, expected: dict[str, str]) -> None:
    found = orgs(text, lang)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "It opened a store on TikTok Shop and sells via the App Store and Google Play.", "TikTok Shop"),
    ("fr", "L'application, disponible sur l'App Store et Google Play, génère 70 % des commandes.", "Google Play"),
    ("it", "La piattaforma vuole competere con Roblox e Zepeto.", "Zepeto"),
    ("fr", "Elle vend sa ligne sur 24S, la plateforme de LVMH.", "24S"),
])
def test_well_known_platforms(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "platform"


# A kind noun after the agent of a passive names the founder of the house the article names by his surname.
@pytest.mark.parametrize(("lang", "text", "house", "founder"), [
    ("en", "The house Dinant was founded in 1901 by the watchmaker Aurel Dinant.", "Dinant", "Aurel Dinant"),
    ("fr", "La maison Castelle, fondée en 1927 par le gantier Albert Castelle, grandit.", "Castelle",
     "Albert Castelle"),
    ("it", "La maison Ferlini, fondata nel 1952 dal gioielliere Carlo Ferlini, cresce.", "Ferlini", "Carlo Ferlini"),
])
def test_the_founder_after_an_agent_word_is_no_second_house(lang: str, text: str, house: str, founder: str) -> None:
    found = orgs(text, lang)
    assert house in found and founder not in found


def test_a_house_named_with_a_trade_word_beside_its_short_name_stays() -> None:
    found = orgs("Le groupe réunit les maisons Champagne Orsay et Clos Vernier. La maison Orsay grandit.", "fr")
    assert "Champagne Orsay" in found


# A plural kind noun before a list of names: every name listed is of that kind.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The group owns the houses Ondelle, Brevio and Hartcombe.",
     {"Ondelle": "brand", "Brevio": "brand", "Hartcombe": "brand"}),
    ("fr", "Le groupe réunit les maisons Ondelle et Brevio.", {"Ondelle": "brand", "Brevio": "brand"}),
    ("it", "Il gruppo controlla i marchi Ondelle e Brevio.", {"Ondelle": "brand", "Brevio": "brand"}),
    ("en", "The house Ondelle and Anna Brevio met.", {"Ondelle": "brand"}),  # a singular noun names one
])
def test_a_plural_kind_noun_names_every_item_of_its_list(lang: str, text: str, expected: dict[str, str]) -> None:
    assert orgs(text, lang) == expected


# A kind noun, "de"/"di" and what the brands make, then the names: "les marques de soin A et B".
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Le groupe détient aussi les marques de soin Clairvo et Nuancia.", {"Clairvo": "brand", "Nuancia": "brand"}),
    ("it", "La piattaforma ha lavorato con il marchio di sneaker Zenkor.", {"Zenkor": "brand"}),
    ("it", "Lavora con la piattaforma di Alibaba.", {"Alibaba Group": "group"}),  # Alibaba's platform: no new name
    ("en", "The group also owns the skincare brands Clairvo and Nuancia.", {"Clairvo": "brand", "Nuancia": "brand"}),
])
def test_a_kind_noun_and_what_the_house_makes(lang: str, text: str, expected: dict[str, str]) -> None:
    assert orgs(text, lang) == expected


# A kind noun, a comma and a name closed by another comma: the name is of that kind; not after "of the group".
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Bidders used the house's own bidding app, Vautrin Live, which launched in 2021.",
     {"Vautrin Live": "platform"}),
    ("fr", "Les clients passent par sa propre application, Vautrin Live, lancée en 2021.",
     {"Vautrin Live": "platform"}),
    ("it", "I clienti usano la sua piattaforma, Vautrin Live, lanciata nel 2021.", {"Vautrin Live": "platform"}),
    ("en", "The president of the group, Luca Tessani, spoke.", {}),
    ("fr", "La présidente du groupe, Hélène Arvino, a parlé.", {}),
    ("it", "Il direttore generale del gruppo, Luca Tessani, ha parlato.", {}),
])
def test_a_name_in_apposition_after_its_kind_noun(lang: str, text: str, expected: dict[str, str]) -> None:
    assert orgs(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The stones are set by the Geneva workshop Ferrandin.", "Ferrandin"),
    ("fr", "Nous partageons certains brodeurs, notamment l'atelier Lesavre.", "Lesavre"),
    ("it", "Le pietre sono incastonate dal laboratorio della maison Ferrandin.", "Ferrandin"),
])
def test_a_workshop_is_a_house(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


def test_a_verb_after_a_kind_noun_is_no_description_of_the_name() -> None:
    assert orgs("Le groupe a nommé Irene Valdo directrice générale lundi.", "fr") == {}


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("it", "Il gruppo possiede anche una quota della pelletteria Nerella.", "Nerella"),
    ("fr", "Le groupe possède aussi le maroquinier Nerella.", "Nerella"),
    ("en", "The group also owns the leather goods maker Nerella.", "Nerella"),
])
def test_leather_goods_makers_are_houses(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Secondo Marco Salvo, analista di Equiva Research, il marchio può raddoppiare i ricavi."),
    ("fr", "Selon Marc Salvo, analyste chez Equiva Research, la marque peut doubler ses ventes."),
    ("en", "According to Mark Salvo, an analyst at Equiva Research, the brand can double its sales."),
])
def test_a_company_word_in_the_name_beats_a_kind_noun_after_it(lang: str, text: str) -> None:
    assert orgs(text, lang).get("Equiva Research") == "group"


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "A tourbillon by Aubertel Frères sold for CHF 780,000.", "Aubertel Frères"),
    ("fr", "Les chaussures Dorsan & Fils sont cousues à la main.", "Dorsan & Fils"),
    ("it", "Le scarpe Rossetti Fratelli sono cucite a mano.", "Rossetti Fratelli"),
])
def test_a_family_word_ending_a_name_makes_a_house(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


# --- owners that are people, "-listed" companies, kind nouns that introduce the name after them --------------


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "Since 1998 Corvaleno has been owned by the family of Marco Tavalle, who runs it.", "Marco Tavalle"),
    ("en", "Corvaleno is controlled by the Tavalle family.", "Tavalle"),
    ("fr", "Brisande, filiale de la famille Quillet depuis trois générations, ouvre une boutique.", "Quillet"),
    ("it", "Il marchio Orvino, che fa capo alla famiglia del fondatore Luca Dorsano, apre a Roma.", "Luca Dorsano"),
    ("it", "Il marchio Orvino, controllato dalla famiglia Dorsano, apre a Roma.", "Dorsano"),
    ("it", "Un terzo delle quote di Orvino resta nelle mani di Paolo Verandi, nipote del fondatore.", "Paolo Verandi"),
])
def test_an_owner_named_as_a_family_or_a_relative_is_no_company(lang: str, text: str, person: str) -> None:
    assert person not in orgs(text, lang)


@pytest.mark.parametrize(("text", "name"), [
    ("Shares of the Singapore-listed Nordhaven Luxury Holdings rose 4% on Monday.",
     "Nordhaven Luxury Holdings"),
    ("Milan-listed Tessalto Group reported higher sales.", "Tessalto Group"),
])
def test_a_listed_prefix_stays_out_of_the_name(text: str, name: str) -> None:
    found = orgs(text, "en")
    assert found.get(name) == "group"
    assert not any("listed" in n for n in found)


@pytest.mark.parametrize(("lang", "text", "wrong", "right"), [
    ("en", "During the Design Fair, the Turin lighting brand Altavena showed three lamps.",
     "Design Fair", "Altavena"),
    ("fr", "À la veille du Salon Brissac, la maison parisienne de maroquinerie Ferolle a présenté son plan.",
     "Salon Brissac", "Ferolle"),
    ("it", "Durante la Fiera Dorsano, il marchio torinese di illuminazione Altavena ha presentato tre lampade.",
     "Fiera Dorsano", "Altavena"),
])
def test_a_kind_noun_before_a_name_is_no_apposition(lang: str, text: str, wrong: str, right: str) -> None:
    found = orgs(text, lang)
    assert wrong not in found


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The eyewear group makes the brands Dal Verzo and Miravel.", "Dal Verzo"),
    ("fr", "Le groupe détient aussi la marque de soins Les Sources de Vauren, lancée en 2019.",
     "Les Sources de Vauren"),
    ("it", "L'occhialeria produce i marchi Dal Verzo e Miravel.", "Dal Verzo"),
    ("fr", "La griffe La Belle de Quimel ouvre à Lyon.", "La Belle de Quimel"),
])
def test_a_name_may_start_with_a_particle_after_a_kind_noun(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "brand"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tavalle Knitwear supplies the yarn. The label Anna Tavalle, launched in 2012, sells in 30 countries."),
    ("fr", "La Maison Tavalle fournit le fil. La marque Anna Tavalle, lancée en 2012, est vendue dans 30 pays."),
    ("it", "Il Maglificio Tavalle fornisce il filato. Il marchio Anna Tavalle, nato nel 2012, vende in 30 paesi."),
])
def test_a_brand_named_after_its_founder_is_a_brand(lang: str, text: str) -> None:
    assert orgs(text, lang).get("Anna Tavalle") == "brand"


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The sofa was designed by the Danish studio Harwick & Lind for the fair.", "Harwick & Lind"),
    ("fr", "La collection est signée par le studio danois Harwick & Lind.", "Harwick & Lind"),
    ("it", "La collezione è firmata dallo studio danese Harwick & Lind.", "Harwick & Lind"),
    ("en", "Formulation stays with Laboratoires Quimel, the Lyon-based contract laboratory.",
     "Laboratoires Quimel"),
    ("it", "Il gruppo controlla anche l'azienda di tessuti Tessiture Ostavia.", "Tessiture Ostavia"),
])
def test_studios_laboratories_and_mills_are_companies(lang: str, text: str, name: str) -> None:
    assert orgs(text, lang).get(name) == "group"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Buyers at the laboratory on Quimel Street tested it."),
    ("it", "La visita comincia nel laboratorio di via Ostavia, dove lavorano trenta sarte."),
    ("fr", "La production est confiée au laboratoire de la rue Ferolle."),
])
def test_a_workshop_address_is_no_company(lang: str, text: str) -> None:
    assert not any(n in ("Quimel Street", "Ostavia", "Ferolle") for n in orgs(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He left to become chairman of Arvella, a maker of small leather goods based in Angers."),
    ("fr", "Il quitte la maison pour prendre la présidence d'Arvella, un fabricant de petite maroquinerie."),
    ("it", "Ha lasciato per guidare l'azienda dopo l'uscita dall'Arvella, un produttore di piccola pelletteria."),
])
def test_an_elided_preposition_opens_an_apposition(lang: str, text: str) -> None:
    assert "Arvella" in orgs(text, lang)


@pytest.mark.parametrize(("lang", "text", "org", "kept"), [
    ("it", "L'azienda, fondata da Renzo Altavena, cresce. Altavena Mobili apre a Roma.", "L'azienda", False),
    ("fr", "La société, fondée par Paul Quimel, grandit. Elle a rejoint L'Atelier Quimel.", "L'Atelier Quimel", True),
    ("en", "The founder of Quimel Studio, Paul Quimel, spoke.", "Quimel Studio", True),
])
def test_a_workplace_from_a_title_is_a_name(lang: str, text: str, org: str, kept: bool) -> None:
    ev = Evidence(0, 0, 1, "test")
    person = Person("Paul Quimel", ev, (), (Role("founder", "founder", org, ev),))
    assert bool(employers(article(text, lang), [], [person])) == kept


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    ("en", "Resale revenue doubled, driven by Corvaleno Circle, the authenticated resale platform it began in 2023.",
     "Corvaleno Circle", "platform"),
    ("fr", "Le chiffre d'affaires de la revente double, porté par Corvaleno Circle, la plateforme lancée en 2023.",
     "Corvaleno Circle", "platform"),
    ("it", "I ricavi dell'usato raddoppiano, trainati da Corvaleno Circle, la piattaforma nata nel 2023.",
     "Corvaleno Circle", "platform"),
    ("en", "Last spring the house acquired the lacemaker Harwick Lace, a company with twelve staff in Leeds.",
     "Harwick Lace", "group"),
    ("fr", "Au printemps, la maison a acquis le passementier Passementerie Ferolle, une entreprise lyonnaise.",
     "Passementerie Ferolle", "group"),
    ("it", "In primavera la maison ha acquisito il bottonificio Bottoni Ostavia, una società comasca.",
     "Bottoni Ostavia", "group"),
])
def test_an_apposition_after_an_agent_or_a_trade_noun(lang: str, text: str, name: str, kind: str) -> None:
    assert orgs(text, lang).get(name) == kind


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("en", "Set up in 1971 by the glover Tomas Quimel, the house still cuts every pair by hand.", "Tomas Quimel"),
    ("fr", "Lancée en 1987 par le parfumeur Hugo Quimel, la maison appartient aujourd'hui à un fonds.", "Hugo Quimel"),
    ("it", "Aperta nel 1968 dalla ricamatrice Irene Quimel, la maison oggi esporta in venti paesi.", "Irene Quimel"),
])
def test_a_founder_after_a_trade_noun_is_no_company(lang: str, text: str, person: str) -> None:
    assert person not in orgs(text, lang)


@pytest.mark.parametrize(("lang", "text", "name", "kind"), [
    ("it", "Il Maglificio Tavalle produce il 70% dei capi del marchio.", "Maglificio Tavalle", "group"),
    ("en", "The yarn comes from Lanificio Ostavia, near Biella.", "Lanificio Ostavia", "group"),
    ("fr", "Les souliers sont fabriqués par le Calzaturificio Dorsano, en Vénétie.", "Calzaturificio Dorsano",
     "group"),
    ("en", "It now sells at the department store Harwick & Pell in London.", "Harwick & Pell", "brand"),
    ("fr", "La collection est vendue au grand magasin Maison Quillet, à Lyon.", "Maison Quillet", "brand"),
    ("it", "La collezione arriva nel grande magazzino Ostavia di Milano.", "Ostavia", "brand"),
])
def test_factories_are_companies_and_department_stores_are_banners(lang: str, text: str, name: str,
                                                                   kind: str) -> None:
    assert orgs(text, lang).get(name) == kind
