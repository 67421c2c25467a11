"""The figures extractor: sentences written for these tests in English, French and
Italian (values, units, ranges, qualifiers, subjects, and what is not a figure),
the unit canonicaliser, and quality thresholds on the gold sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.evaluate import evaluate_corpus
from luxcli.extract.figures import extract_figures
from luxcli.extract.orgs import extract_orgs
from luxcli.extract.units import canonical_unit
from luxcli.model import Article, Figure
from luxcli.text import split_sentences

DATA = Path(__file__).parent / "data"


def figures(lang: str, text: str) -> list[Figure]:
    article = Article("t.txt", "t.txt", "", lang, text, tuple(split_sentences(text)), "")
    _, mentions = extract_orgs(article)
    return extract_figures(article, mentions)


def pairs(lang: str, text: str) -> list[tuple[float, str]]:
    return [(round(f.value, 2), f.unit) for f in figures(lang, text)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # English: separators, scale words, currencies before and after, percent spellings, words.
    ("en", "The watchmaker employs 3,400 people and sold 1.2 million watches last year.",
     [(3400, "employees"), (1.2e6, "watches")]),
    ("en", "Revenue rose 8% to €1.5bn, while operating profit fell 3 per cent.",
     [(8, "%"), (1.5e9, "EUR"), (3, "%")]),
    ("en", "Sales reached HK$4.2 billion, or roughly US$540m, in the six months to September.",
     [(4.2e9, "HKD"), (5.4e8, "USD"), (6, "months")]),
    ("en", "Richemont paid CHF 2.5 billion for the jeweller and 300 million Swiss francs for the rest.",
     [(2.5e9, "CHF"), (3e8, "CHF")]),
    ("en", "Shoppers there spend about 45,000 yuan a year, or 6,300 dollars.", [(45000, "CNY"), (6300, "USD")]),
    ("en", "The label counts 45 million monthly active users and 120,000 daily orders.",
     [(4.5e7, "users"), (1.2e5, "orders")]),
    ("en", "Over the past five years the house has trained 250 artisans and 40 watchmakers.",
     [(5, "years"), (250, "artisans"), (40, "watchmakers")]),
    ("en", "The campaign drew 16 million views in 48 hours.", [(1.6e7, "views"), (48, "hours")]),
    ("en", "Hermès opened three boutiques in Japan and plans 12 more stores.",
     [(3, "boutiques"), (12, "stores")]),
    ("en", "The maison has two decades of history and a three-week waiting list.", [(20, "years"), (3, "weeks")]),
    ("en", "In 2018 the group had 1,500 employees; a year later it had 2,000.",
     [(1500, "employees"), (2000, "employees")]),
    ("en", "Some 2000 employees work in the 2020 edition of the fair.", [(2000, "employees")]),
    ("en", "Around 3 million watched the show, and 40,000 visited the exhibition.",
     [(3e6, "viewers"), (40000, "visitors")]),
    # French: spaces and points group thousands, the comma is decimal, "de"/"d'" before the unit.
    ("fr", "La maison emploie 1 200 artisans et a vendu 2,5 millions de montres.",
     [(1200, "artisans"), (2.5e6, "watches")]),
    ("fr", "Le chiffre d'affaires a progressé de 12,5 % à 3,2 milliards d'euros, contre 2,9 milliards un an plus tôt.",
     [(12.5, "%"), (3.2e9, "EUR"), (2.9e9, "EUR")]),
    ("fr", "La marque compte près de 400 boutiques et environ 15\u202f000 salariés.",
     [(400, "boutiques"), (15000, "employees")]),
    ("fr", "Les ventes ont reculé de 4 % au troisième trimestre, à 1,1 Md€.", [(4, "%"), (1.1e9, "EUR")]),
    ("fr", "Quatre ans plus tard, la griffe a ouvert trois magasins à Pékin.", [(4, "years"), (3, "stores")]),
    ("fr", "Le sac est vendu 4 500 euros, soit environ 35 000 yuans ou 100 millions de ¥ pour la série.",
     [(4500, "EUR"), (35000, "CNY"), (1e8, "CNY")]),
    ("fr", "Plus de 2 millions de téléspectateurs ont suivi le défilé, soit 50 pour cent de plus.",
     [(2e6, "viewers"), (50, "%")]),
    ("fr", "Elle a investi 300 millions de francs suisses et accueilli 250.000 visiteurs en six mois.",
     [(3e8, "CHF"), (250000, "visitors"), (6, "months")]),
    ("fr", "La manufacture a produit vingt-trois collections et soixante-dix montres en deux semaines.",
     [(23, "collections"), (70, "watches"), (2, "weeks")]),
    ("fr", "Seules 12 des 40 maisons interrogées vendent en ligne, contre 35 sur 40 en Europe.",
     [(12, "brands"), (40, "brands"), (35, "brands"), (40, "brands")]),
    ("fr", "Les investissements ont atteint 90 millions d'euros, contre 75 millions l'an dernier.",
     [(9e7, "EUR"), (7.5e7, "EUR")]),
    ("fr", "Mille invités ont assisté au dîner.", [(1000, "guests")]),
    # Italian: the point groups thousands, the comma is decimal, "di" before the unit, words written together.
    ("it", "Il gruppo ha 4.500 dipendenti e ha venduto 1,2 milioni di orologi.",
     [(4500, "employees"), (1.2e6, "watches")]),
    ("it", "Il fatturato è cresciuto del 9,5% a 2,3 miliardi di euro, contro 2,1 miliardi nel 2020.",
     [(9.5, "%"), (2.3e9, "EUR"), (2.1e9, "EUR")]),
    ("it", "La maison conta circa 300 negozi e quasi 20.000 clienti.", [(300, "stores"), (20000, "clients")]),
    ("it", "Le vendite sono in calo del 3 per cento nel primo semestre.", [(3, "%")]),
    ("it", "Il marchio ha aperto tre boutique e ventitré negozi monomarca.", [(3, "boutiques"), (23, "stores")]),
    ("it", "Mezzo milione di persone ha visto la sfilata, oltre 1,5 milioni di visualizzazioni.",
     [(5e5, "people"), (1.5e6, "views")]),
    ("it", "Il prezzo è di 12.000 dollari, circa 85 mln di yuan per la collezione.", [(12000, "USD"), (8.5e7, "CNY")]),
    ("it", "L'azienda ha duemila dipendenti e 2 mld di ricavi.", [(2000, "employees")]),
    # "Dieci anni fa" counts back from now: a time reference, not a measured duration.
    ("it", "Dieci anni fa lo stilista presentò 45 uscite e 30 spettatori applaudirono.",
     [(45, "looks"), (30, "viewers")]),
    ("it", "La pagina ha superato i 50.000 follower, quella del rivale ne conta 12.400.",
     [(50000, "followers"), (12400, "followers")]),
])
def test_values_and_units(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Synonyms of one concept share one canonical English unit: shops of every kind are stores, except
    # boutiques, the noun trade press counts on its own.
    ("en", "Maison Orvalle runs 38 boutiques and 12 flagships, and will announce five openings.",
     [(38, "boutiques"), (12, "stores"), (5, "stores")]),
    ("fr", "La maison Orvalle compte 38 boutiques, 12 points de vente et quatre ouvertures prévues.",
     [(38, "boutiques"), (12, "stores"), (4, "stores")]),
    ("it", "Il gruppo gestisce 38 boutique, 12 punti vendita e sette aperture.",
     [(38, "boutiques"), (12, "stores"), (7, "stores")]),
    # "people" are staff where the clause is about work, an audience elsewhere.
    ("en", "The group employs about 900 people, and 400 people work in its Jura workshops. Some 3 million people "
     "watched.", [(900, "employees"), (400, "employees"), (3e6, "people")]),
    ("fr", "Le groupe emploie environ 900 personnes ; 400 personnes travaillent à l'atelier.",
     [(900, "employees"), (400, "employees")]),
    ("it", "L'azienda impiega circa 900 persone e nei laboratori lavorano 400 persone.",
     [(900, "employees"), (400, "employees")]),
    # Copies are units; counted nouns of several words; an unknown plural after a number in words as written.
    ("en", "The limited edition sold 1,500 copies, and the atelier made twelve pendulums.",
     [(1500, "units"), (12, "pendulums")]),
    ("en", "The foundation funds 25 scholarships and booked 800 appointments.",
     [(25, "scholarships"), (800, "appointments")]),
    ("fr", "Le sac a été vendu à 1 500 exemplaires et l'atelier a reçu 3 000 rendez-vous et 20 bourses d'études.",
     [(1500, "units"), (3000, "appointments"), (20, "scholarships")]),
    ("it", "Sono stati venduti 1.500 esemplari e assegnate 20 borse di studio.",
     [(1500, "units"), (20, "scholarships")]),
    # A pronoun, "more" or a clitic stands for the noun counted before it.
    ("en", "The house runs 40 stores, six of them opened this year, and plans three more.",
     [(40, "stores"), (6, "stores"), (3, "stores")]),
    ("en", "The house has 30 stores in Europe. Six of them opened in 2023.", [(30, "stores"), (6, "stores")]),
    ("fr", "La maison possède 40 magasins, dont six ouverts cette année, et en prévoit trois autres.",
     [(40, "stores"), (6, "stores"), (3, "stores")]),
    ("fr", "Un seul magasin à Lyon, mais la marque en ouvre cinq par an.", [(5, "stores")]),
    ("it", "Il gruppo ha 40 negozi, di cui sei aperti quest'anno, e ne aprirà altri tre.",
     [(40, "stores"), (6, "stores"), (3, "stores")]),
    ("fr", "Delorval affronte deux autres malletiers.", []),
    # An amount in millions without its currency takes the one named before, in the sentence or the one before.
    ("en", "Capital spending will reach €30m, of which 4 million earmarked for the new atelier.",
     [(3e7, "EUR"), (4e6, "EUR")]),
    ("en", "Revenue reached €480 million. Operating profit was 52 million.", [(4.8e8, "EUR"), (5.2e7, "EUR")]),
    ("fr", "Le groupe investira 40 millions d'euros, 6 millions destinés à l'atelier.", [(4e7, "EUR"), (6e6, "EUR")]),
    ("fr", "Le chiffre d'affaires atteint 480 millions d'euros. Le résultat net s'établit à 52 millions.",
     [(4.8e8, "EUR"), (5.2e7, "EUR")]),
    ("it", "Gli investimenti saranno di 30 milioni di euro, di cui 4 milioni destinati al laboratorio.",
     [(3e7, "EUR"), (4e6, "EUR")]),
    ("it", "Il fatturato è di 480 milioni di euro. L'utile netto sale a 52 milioni.", [(4.8e8, "EUR"), (5.2e7, "EUR")]),
    # ... but not when a word the lexicon lacks follows the number: it is what the number counts.
    ("en", "Revenue hit $1.2bn last year. Some 5 million Chinese holidaymakers travelled abroad.", [(1.2e9, "USD")]),
    ("en", "Sales of $2bn in Asia and 5 million Chinese holidaymakers.", [(2e9, "USD")]),
    ("fr", "Le marché pèse 30 milliards d'euros. Quelque 5 millions vacanciers chinois voyagent.",
     [(3e10, "EUR"), (5e6, "vacanciers")]),
    ("it", "Il fatturato è di 480 milioni di euro e salirebbe a 520 milioni se il cambio tenesse.",
     [(4.8e8, "EUR"), (5.2e8, "EUR")]),
    # Two nouns joined by "and" are one unit only when the second has no number of its own.
    ("en", "The stream drew 2 million viewers and orders worth $5m.", [(2e6, "viewers"), (5e6, "USD")]),
    ("en", "Some 90 designers and labels took part.", [(90, "designers and brands")]),
    ("fr", "Le direct a réuni 2 millions de spectateurs et commandes pour plus de 5 millions d'euros.",
     [(2e6, "viewers"), (5e6, "EUR")]),
    ("it", "La diretta ha raccolto 2 milioni di spettatori e ordini per oltre 5 milioni di euro.",
     [(2e6, "viewers"), (5e6, "EUR")]),
    # Round collective numbers; "of which" written after the number; retail "doors" are counted as written.
    ("fr", "La griffe vise une trentaine de nouvelles boutiques.", [(30, "boutiques")]),
    ("it", "Il marchio aprirà una ventina di negozi, 6 dei quali in Giappone.", [(20, "stores"), (6, "stores")]),
    ("en", "The label sells through 320 doors, 45 of which are in Korea.", [(320, "doors"), (45, "doors")]),
    # Italian puts the noun after the number and an article ("sono 40 i negozi"); staff "who work" there.
    ("it", "Sono 40 i negozi del gruppo e saranno due le nuove aperture.", [(40, "stores"), (2, "stores")]),
    ("it", "Sono circa 700 le persone che lavorano nella manifattura.", [(700, "employees")]),
    ("en", "Around 1,300 people who work at the manufacture were trained.", [(1300, "employees")]),
    ("fr", "Quelque 1 200 personnes qui y travaillent ont été formées.", [(1200, "employees")]),
    # A group of people "between" two ages; a number in words naming a known set or an idiom counts nothing.
    ("en", "Shoppers between 30 and 44 drive growth.", [(30, "years")]),
    ("en", "The brand's two founders met the three partners, and three quarters of buyers agreed.", []),
    ("fr", "Les deux fondateurs ont visé une croissance à deux chiffres.", []),
    ("it", "I due soci fondatori hanno firmato.", []),
])
def test_units_pronouns_and_borrowed_currencies(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "value", "value_max", "unit"), [
    ("en", "The group expects growth of between 10 and 15 per cent.", 10, 15, "%"),
    ("en", "Margins should improve by 20-25% in Asia.", 20, 25, "%"),
    ("en", "Industry forecasts point to growth of 6% to 8% next year.", 6, 8, "%"),
    ("en", "Prices range from €3,000 to €12,000 per bag.", 3000, 12000, "EUR"),
    ("en", "The plan spans a four-to-six-year horizon.", 4, 6, "years"),
    ("en", "It will invest 20 to 25 million dollars.", 2e7, 2.5e7, "USD"),
    ("en", "Buyers aged between 18 and 24 lead the growth.", 18, 24, "years"),
    ("fr", "Les prix vont de 12 à 15 euros selon les modèles.", 12, 15, "EUR"),
    ("fr", "Les palettes sont vendues entre 40 et 55 dollars.", 40, 55, "USD"),
    ("fr", "La marque ouvre 5 à 7 boutiques par an.", 5, 7, "boutiques"),
    ("it", "Saranno investiti tra i 200 e i 300 milioni di euro.", 2e8, 3e8, "EUR"),
    ("it", "I giovani di 18/24 anni comprano online.", 18, 24, "years"),
    ("it", "La crescita sarà del 10-12% quest'anno.", 10, 12, "%"),
])
def test_ranges_are_one_figure(lang: str, text: str, value: float, value_max: float, unit: str) -> None:
    found = figures(lang, text)
    assert [(f.value, f.value_max, f.unit) for f in found] == [(value, value_max, unit)]


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("en", "The platform has more than 300 brands.", "more than"),
    ("en", "The platform has over 300 brands.", "more than"),
    ("en", "The platform has about 300 brands.", "about"),
    ("en", "The platform has roughly 300 brands.", "about"),
    ("en", "The platform has nearly 300 brands.", "nearly"),
    ("en", "The platform has almost 300 brands.", "nearly"),
    ("en", "The platform has fewer than 300 brands.", "less than"),
    ("en", "Watch exports fell 12% in April.", "decrease"),
    ("en", "The platform has 300 brands.", None),
    ("fr", "La plateforme compte plus de 300 marques.", "more than"),
    ("fr", "La plateforme compte près de 300 marques.", "nearly"),
    ("fr", "La plateforme compte environ 300 marques.", "about"),
    ("fr", "La plateforme compte moins de 300 marques.", "less than"),
    ("fr", "Les ventes sont en baisse de 7 % sur un an.", "decrease"),
    ("it", "La piattaforma conta oltre 300 marchi.", "more than"),
    ("it", "La piattaforma conta circa 300 marchi.", "about"),
    ("it", "La piattaforma conta quasi 300 marchi.", "nearly"),
    ("it", "La Cina vale circa il 30% della domanda.", "about"),
    ("it", "L'export è in calo del 4,5% nel trimestre.", "decrease"),
])
def test_qualifiers_are_normalised_to_english(lang: str, text: str, qualifier: str | None) -> None:
    [figure] = figures(lang, text)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(("lang", "text"), [
    # Dates, years, days next to a month, times.
    ("en", "On 14 March 2021 the house opened in Milan; on March 24 it opened in Rome."),
    ("en", "Founded in 1847, the brand moved to Paris in 1899 and to Geneva in 2019."),
    ("en", "The store opens at 10:30 and the show starts at 8 pm."),
    ("fr", "Publié le 12 mars 2021 à 7 h 30, mis à jour à 08h12."),
    ("fr", "Le 1er octobre, la maison a présenté sa collection de 2022."),
    ("it", "Il 15 maggio la sfilata è andata in scena dal 18 al 24 febbraio 2020."),
    # Models, calibres, versions, names glued to letters, phone numbers.
    ("en", "The Tank MC carries the 1904MC calibre; Gen Z and B2C shoppers love it."),
    ("en", "The Tmall Flagship Store 2.0 format and the Series 5 model were shown."),
    ("en", "Call +41 22 123 45 67 for an appointment during Covid-19."),
    ("fr", "Appelez le 01 23 45 67 89 pour visiter la boutique 24 Sèvres."),
    ("it", "Il modello Serie 3 e il calibro 1847MC sono nati nel 2012."),
    # Page furniture.
    ("en", "(507 words) 2 min read 12 photos"),
    ("en", "Reading time: 4 minutes"),
    ("fr", "(398 mots) Lecture : 4 min"),
    ("it", "(534 parole) Tempo di lettura: 3 minuti"),
    # Numbers in words that count nothing, ordinals, articles.
    ("en", "One of the brand's two founders opened its first store, a second one and the third."),
    ("fr", "Un achat de luxe sur trois se fait en ligne, une boutique ouvre chaque mois."),
    ("it", "Per la terza volta un marchio su due ha scelto lo streaming."),
])
def test_what_is_not_a_figure(lang: str, text: str) -> None:
    assert pairs(lang, text) == []


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("en", "Gucci said Tmall Luxury Pavilion now hosts more than 200 brands.", "Tmall Luxury Pavilion"),
    ("en", "More than 200 brands sell on Tmall.", "Tmall"),
    ("fr", "Chez Cartier, plus de 1 200 artisans travaillent à La Chaux-de-Fonds.", "Cartier"),
    ("it", "Secondo Prada, oltre 30 marchi hanno sfilato.", "Prada"),
    ("en", "The market grew by 12% last year.", None),
])
def test_subject_is_the_organisation_the_sentence_names(lang: str, text: str, subject: str | None) -> None:
    [figure] = figures(lang, text)
    assert figure.subject == subject


def test_evidence_points_at_the_figure() -> None:
    text = "Intro line.\nThe group sold 1.2 million watches and has 300 stores."
    found = figures("en", text)
    assert [text[f.evidence.start : f.evidence.end] for f in found] == ["1.2 million watches", "300 stores"]
    assert all(f.evidence.sentence == 1 and f.text == text[f.evidence.start : f.evidence.end] for f in found)


@pytest.mark.parametrize(("typed", "unit"), [
    ("viewers", "viewers"), ("Viewer", "viewers"), ("téléspectateurs", "viewers"), ("spettatori", "viewers"),
    ("€", "EUR"), ("euros", "EUR"), ("dollari", "USD"), ("RMB", "CNY"), ("yuan", "CNY"), ("usd", "USD"),
    ("per cent", "%"), ("pour cent", "%"), ("marchi", "brands"), ("boutiques", "boutiques"), ("ans", "years"),
    ("negozi", "stores"), ("exemplaires", "units"),
    ("widgets", "widgets"),
])
def test_canonical_unit_accepts_every_language(typed: str, unit: str) -> None:
    assert canonical_unit(typed) == unit


@pytest.mark.parametrize("corpus", ["dev", "seeds"])
def test_figures_quality_on_gold(corpus: str) -> None:
    scores = evaluate_corpus(DATA / "gold" / f"{corpus}.json", DATA / corpus)["scores"]
    assert scores["figures"]["f1"] >= 0.90
    assert scores["figures_value"]["f1"] >= 0.90


def _gold_articles() -> list[tuple[str, dict]]:
    import json

    return [(corpus, art) for corpus in ("dev", "seeds")
            for art in json.loads((DATA / "gold" / f"{corpus}.json").read_text(encoding="utf-8"))["articles"]]


@pytest.mark.parametrize(("corpus", "gold"), _gold_articles(), ids=lambda x: x if isinstance(x, str) else x["file"])
def test_no_page_furniture_is_taken_for_a_figure(corpus: str, gold: dict) -> None:
    from luxcli.ingest import read_article

    article = read_article(DATA / corpus / gold["file"])
    _, mentions = extract_orgs(article)
    found = extract_figures(article, mentions)
    for negative in gold.get("negatives", []):
        start = article.text.find(negative)
        while start >= 0:
            end = start + len(negative)
            assert not [f.text for f in found if f.evidence.start < end and start < f.evidence.end], negative
            start = article.text.find(negative, end)
    # And standing alone, as a careless ingest would leave them, the ones with digits (word counts, read
    # times, bylines, widget code) hold no figure either, save subscription offers ("€1 a month") and
    # links to other articles, which only ingest can tell from prose.
    for negative in gold.get("negatives", []):
        if any(c.isdigit() for c in negative) and not any(w in negative.casefold() for w in ("subscribe", "abonnez")):
            assert pairs(gold["language"], negative) == [], negative


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Sales of £1.2bn and €1.5m, US$ 3bn and a $3.2-billion deal; CHF1.2bn and Rmb10bn too.",
     [(1.2e9, "GBP"), (1.5e6, "EUR"), (3e9, "USD"), (3.2e9, "USD"), (1.2e9, "CHF"), (1e10, "CNY")]),
    ("en", "Its 3,000-square-metre flagship has 120 employees and 2 floors.",
     [(3000, "square metres"), (120, "employees"), (2, "floors")]),
    ("en", "The brand's account has 35.2 million followers, up from 30m a year earlier.",
     [(3.52e7, "followers"), (3e7, "followers")]),
    ("en", "The 2019-2020 season brought 2000 euros per client and 2021 stores.", [(2000, "EUR"), (2021, "stores")]),
    ("fr", "Le groupe a levé 1,2 Md€ et CHF 1,2 milliard, soit une hausse de 15 % sur un an.",
     [(1.2e9, "EUR"), (1.2e9, "CHF"), (15, "%")]),
    ("fr", "La boutique de 300 m² accueille 50 collaborateurs depuis 2019.",
     [(300, "square metres"), (50, "employees")]),
    ("fr", "En 2022, la maison a vendu 3 500 sacs par mois, contre 2 800 en 2021.", [(3500, "bags"), (2800, "bags")]),
    ("it", "Il gruppo ha raccolto 1,2 mld di euro e 500 mln di dollari, +15% su base annua.",
     [(1.2e9, "EUR"), (5e8, "USD"), (15, "%")]),
    ("it", "Lo store di 300 mq impiega 50 addetti dal 2019.", [(300, "square metres"), (50, "employees")]),
    ("it", "Nel 2022 la maison ha venduto 3.500 borse al mese, contro 2.800 nel 2021.",
     [(3500, "bags"), (2800, "bags")]),
])
def test_spellings_of_money_and_units(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The brand ranked No. 1 in the Top 10 list, ahead of Formula 1 and COP26 sponsors."),
    ("en", "The group's 5G stores stream 4K video 24/7 on a 1:1 basis."),
    ("en", "In the 1990s and the 1920s the maison grew, as in the 19th century."),
    ("en", "Revenue in Q3 2021 and H1 2022 rose; FY2023 sales were flat in 2022/23."),
    ("fr", "La marque est le n° 1 du secteur grâce à la 5G et à sa Série 3, lors de la Fashion Week 2021."),
    ("fr", "L'édition 2020 a eu lieu dans les années 1990, de 9 h à 18 h, puis à 14h30."),
    ("it", "Il marchio è il n. 1 del settore, con la Serie 3 e la Fashion Week 2021."),
    ("it", "L'edizione 2020 si è tenuta dalle 9 alle 18, alle 14.30 e negli anni '90."),
])
def test_names_versions_and_times_are_not_figures(lang: str, text: str) -> None:
    assert pairs(lang, text) == []


@pytest.mark.parametrize(("typed", "value"), [("2.5bn", 2.5e9), ("2,5 milliards", 2.5e9), ("mezzo milione", 5e5),
                                              ("3 million", 3e6), ("1.200.000", 1.2e6)])
def test_min_and_max_bounds_accept_scale_words(typed: str, value: float) -> None:
    from luxcli.query.figures import parse_bound

    assert parse_bound(typed, "--min") == pytest.approx(value)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Prada Revenue Rises 20% to €4 Billion as Tmall Flagship Store 2.0 Opens", [(20, "%"), (4e9, "EUR")]),
    ("en", "The Tank 2 and Series 5 models sold 300 units.", [(300, "units")]),
    ("fr", "Le défilé commence à 20 heures et dure 2 heures.", [(2, "hours")]),
    ("it", "La sfilata inizia alle 18 ore e dura 3 ore.", [(3, "hours")]),
    ("en", "The store opens at 10 hours and the sale lasts 48 hours.", [(48, "hours")]),
])
def test_headlines_names_and_clock_times(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Countable nouns of hotels, auctions, retail and manufacturing, in the English the schema asks for.
    ("en", "The Velmont resort will have 48 suites, a 35-cover restaurant and 1,200 solar panels.",
     [(48, "rooms"), (35, "covers"), (1200, "solar panels")]),
    ("fr", "L'hôtel Corvane comptera 48 chambres, un restaurant de 35 couverts et 1 200 panneaux solaires.",
     [(48, "rooms"), (35, "covers"), (1200, "solar panels")]),
    ("it", "L'albergo Corvane avrà 48 camere, un ristorante con 35 coperti e 1.200 pannelli solari.",
     [(48, "rooms"), (35, "covers"), (1200, "solar panels")]),
    ("en", "The sale offered 230 lots, and 4,000 pairs were sold through 900 opticians.",
     [(230, "lots"), (4000, "pairs"), (900, "opticians")]),
    ("fr", "La vente proposait 230 lots et 4 000 paires ont été vendues chez 900 opticiens.",
     [(230, "lots"), (4000, "pairs"), (900, "opticians")]),
    ("it", "L'asta proponeva 230 lotti e sono state vendute 4.000 paia presso 900 ottici.",
     [(230, "lots"), (4000, "pairs"), (900, "opticians")]),
    # "workers" is kept as its own unit when written.
    ("en", "The valley will need about 500 skilled workers.", [(500, "workers")]),
    ("fr", "La vallée aura besoin de 500 ouvriers qualifiés.", [(500, "workers")]),
    ("it", "La valle avrà bisogno di 500 operai specializzati.", [(500, "workers")]),
])
def test_counted_nouns_of_business_writing(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A year before "to" is not the low end of a range.
    ("en", "Sales at Brisant grew 12% in 2024 to €95 million.", [(12, "%"), (95e6, "EUR")]),
    ("fr", "Les ventes de Brisant ont progressé de 8 % en 2024 à 120 millions d'euros.",
     [(8, "%"), (120e6, "EUR")]),
    ("it", "Il fatturato di Brisant è cresciuto del 9% nel 2024 a 64 milioni di euro.", [(9, "%"), (64e6, "EUR")]),
    # After a verb of change, "from X to Y" gives where it starts and where it ends.
    ("en", "Brisant plans to increase its staff in Asia from 40 to 65 employees.",
     [(40, "employees"), (65, "employees")]),
    ("fr", "Brisant veut faire passer ses effectifs en Asie de 40 à 65 salariés.",
     [(40, "employees"), (65, "employees")]),
    ("it", "Brisant punta ad aumentare il personale in Asia da 40 a 65 dipendenti.",
     [(40, "employees"), (65, "employees")]),
    # "of" + possessive + "own" before the counted noun.
    ("en", "The eyewear is sold by 300 retailers and 25 of the brand's own stores.",
     [(300, "retailers"), (25, "stores")]),
    ("fr", "Les lunettes sont vendues par 300 revendeurs et 25 de ses propres boutiques.",
     [(300, "retailers"), (25, "boutiques")]),
    ("it", "Gli occhiali sono venduti da 300 rivenditori e in 25 dei propri negozi.",
     [(300, "retailers"), (25, "stores")]),
    # A multiplier in words is a comparison, not a figure; one in digits is.
    ("en", "The new plant is roughly four times the size of the old one, and demand is 20 times higher.",
     [(20, "times")]),
    ("fr", "Le nouvel atelier est près de trois fois plus grand.", []),
    ("it", "Il nuovo laboratorio è quasi cinque volte più grande.", []),
])
def test_years_changes_owners_and_multipliers(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Orvane sneakers sell out in under six minutes\n\nThe Orvane drop sold out in under six minutes.",
     [(6, "minutes")]),
    ("fr", "Les baskets Orvane épuisées en moins de six minutes\n\n"
     "La série Orvane s'est vendue en moins de six minutes.",
     [(6, "minutes")]),
    ("it", "Asta Orvane a 40 milioni di euro\n\nLe vendite della casa Orvane hanno raggiunto 40 milioni di euro.",
     [(40e6, "EUR")]),
])
def test_a_headline_repeat_is_one_figure(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    found = figures(lang, text)
    assert [(round(f.value, 2), f.unit) for f in found] == [(round(v, 2), u) for v, u in expected]
    assert all(f.evidence.sentence > 0 for f in found)


# Counted nouns of business reporting and currency words beyond the first lexicon, in each language.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The consortium brings together some 120 companies and saved 300,000 cubic metres of water.",
     [(120, "companies"), (300000, "cubic metres")]),
    ("fr", "Le consortium réunit 120 entreprises et a économisé 300 000 mètres cubes d'eau.",
     [(120, "companies"), (300000, "cubic metres")]),
    ("it", "Il consorzio riunisce 120 aziende e ha risparmiato 300.000 metri cubi d'acqua.",
     [(120, "companies"), (300000, "cubic metres")]),
    ("en", "The house now sells in 35 airports and employs 12 embroiderers.", [(35, "airports"), (12, "embroiderers")]),
    ("fr", "La maison vend dans 35 aéroports et emploie 12 brodeuses.", [(35, "airports"), (12, "embroiderers")]),
    ("it", "La maison vende in 35 aeroporti e impiega 12 ricamatrici.", [(35, "airports"), (12, "embroiderers")]),
    ("fr", "Le dividende sera de 0,25 dollar de Hong Kong, et la montre coûte 9 500 francs.",
     [(0.25, "HKD"), (9500, "CHF")]),
    ("it", "La nuova sede è costata 30 milioni di franchi.", [(30000000, "CHF")]),
    ("fr", "Le résultat net atteint 12,4 M€, contre 9 M€ un an plus tôt.", [(12400000, "EUR"), (9000000, "EUR")]),
])
def test_more_counted_nouns_and_currencies(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == expected


def test_a_spaced_one_letter_scale_needs_a_currency_sign() -> None:
    assert pairs("fr", "Le mur fait 5 m de haut et le budget atteint 4 M€.") == [(4000000, "EUR")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A scale word glued to its digits ("12mila"), and an elided number word before its noun ("trent'anni").
    ("it", "La maison Bellorio conta oltre 15mila clienti e 240mila follower.",
     [(15000, "clients"), (240000, "followers")]),
    ("it", "Guida la sartoria Ventaro da oltre vent'anni.", [(20, "years")]),
    ("en", "Ardell Watches has 12thousand collectors on its waiting list.", [(12000, "collectors")]),
    ("fr", "La maison Pruvel compte 3millions de visiteurs.", [(3e6, "visitors")]),
])
def test_glued_scales_and_elided_number_words(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A duration in words counting back from now is a time reference; in digits with a qualifier it is kept.
    ("en", "Four years ago, Corvelle sold 30 bags online; its archive dates back more than 100 years.",
     [(30, "bags"), (100, "years")]),
    ("fr", "Il y a trois ans, la maison Vaudrel vendait 30 sacs en ligne.", [(30, "bags")]),
    ("it", "Cinque anni fa la maison Ortelli vendeva 30 borse online.", [(30, "bags")]),
])
def test_years_ago_is_not_a_figure(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An amount in millions with no currency, in a sentence about money, takes the article's currency.
    ("en", "Revenue at Marrant reached €310 million. Ebitda came to 61 million, and the listing raised about "
           "90 million.", [(3.1e8, "EUR"), (6.1e7, "EUR"), (9e7, "EUR")]),
    ("fr", "Le chiffre d'affaires de Brivelle a atteint 95 millions d'euros. Son Ebitda s'est établi à 14 millions.",
     [(9.5e7, "EUR"), (1.4e7, "EUR")]),
    ("it", "Tessavo ha chiuso con ricavi per 120 milioni di euro. L'obiettivo è superare i 200 milioni di "
           "fatturato, e il nuovo polo sarà finanziato per 10 milioni con un prestito.",
     [(1.2e8, "EUR"), (2e8, "EUR"), (1e7, "EUR")]),
    # Without a word of money, or without any currency in the article, a bare amount is no figure.
    ("en", "Its Weibo followers reached 2.5 million. Revenue was €40 million.", [(4e7, "EUR")]),
    ("it", "L'Ebitda di Corsani è salito a 18 milioni.", []),
    # "of the year before" dates the amount, it is not what is counted.
    ("it", "Varesco ha chiuso con un Ebitda di 30 milioni di euro, contro i 24 milioni dell'anno precedente.",
     [(3e7, "EUR"), (2.4e7, "EUR")]),
    # A change "from X to Y million": both ends are millions.
    ("it", "Il fatturato di Lodrini è passato da 310 a 655 milioni di euro.", [(3.1e8, "EUR"), (6.55e8, "EUR")]),
])
def test_amounts_without_a_currency_take_the_articles(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Hoshiro Department Store, in Tokyo's Ginza, posted sales of ¥18.5 billion; Japan's yen fell.",
     [(1.85e10, "JPY")]),
    ("en", "Shoppers in Shanghai spent ¥2,000 on average, Chinese data show.", [(2000, "CNY")]),
    ("fr", "Le grand magasin Kazumi, à Tokyo, a réalisé ¥9 milliards au Japon.", [(9e9, "JPY")]),
    ("it", "Il magazzino Kazumi di Tokyo ha venduto per ¥9 miliardi in Giappone.", [(9e9, "JPY")]),
])
def test_yen_sign_reads_the_article(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A number after a comparison, with no noun, counts what the figure before it counts.
    ("en", "The Tallard workshop now employs 38 jewellers (including two engravers), up from nine in 2022.",
     [(38, "jewellers"), (2, "engravers"), (9, "jewellers")]),
    ("fr", "Le site Marvaux accueillera 180 artisans, contre 65 aujourd'hui.", [(180, "artisans"), (65, "artisans")]),
    ("it", "La rete Ostellini conta 150 punti vendita oggi e dovrebbe arrivare a 240 entro il 2028, rispetto ai "
           "90 di allora.", [(150, "stores"), (240, "stores"), (90, "stores")]),
    # The noun before the verb before the number ("i dipendenti sono 410").
    ("it", "I dipendenti di Brunaldi sono 410, di cui 290 in fabbrica.", [(410, "employees"), (290, "employees")]),
    # "230 of them" stands for the figure before it as counted, not its noun as written.
    ("en", "The Verlay store employs around 1,400 people, 230 of them on the top floor.",
     [(1400, "employees"), (230, "employees")]),
    # Money is never what "of them" stands for.
    ("fr", "Vaucresson a investi 3 millions d'euros ; une trentaine d'entre eux sont des vignerons.",
     [(3e6, "EUR")]),
])
def test_numbers_without_a_noun_borrow_the_right_one(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # The counted noun as written, translated: crafts, trades and what they make.
    ("en", "Ordani keeps 2,000 drawings and employs 64 goldsmiths and 400 knitters.",
     [(2000, "drawings"), (64, "goldsmiths"), (400, "knitters")]),
    ("fr", "La maison Ludrac conserve 2 000 dessins, 60 000 perles et reçoit 1 200 demandes.",
     [(2000, "drawings"), (60000, "beads"), (1200, "requests")]),
    ("it", "Il marchio Selvari conserva 3mila disegni, impiega 64 orafi e 400 magliaie.",
     [(3000, "drawings"), (64, "goldsmiths"), (400, "knitters")]),
    # French and Italian put the head noun first; an unknown plural before "and" is what is counted.
    ("fr", "Le domaine Aubrel travaille avec 65 vignerons partenaires.", [(65, "growers")]),
    ("it", "Il consorzio riunisce 35 marchi partner.", [(35, "brands")]),
    ("en", "The mill employs 212 machinists and pattern cutters.", [(212, "machinists")]),
    ("en", "The fair hosts more than 130 luxury and designer brands.", [(130, "brands")]),
    # Mono-brand stores named by the adjective alone.
    ("it", "Vellani ha 38 monomarca, di cui 22 diretti.", [(38, "stores"), (22, "stores")]),
])
def test_counted_nouns_as_written(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("pred", "gold", "same"), [
    ("flagship stores", "stores", True), ("boutiques", "stores", False), ("stores", "store", True),
    ("EUR", "€", True), ("percent", "%", True), ("employees", "people", False), ("rooms", "suites", False),
])
def test_units_match_as_the_official_scorer_does(pred: str, gold: str, same: bool) -> None:
    from luxcli.evaluate import _units_match

    assert _units_match(pred, gold) is same


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A change "from X to Y" whose noun comes before "from" counts that noun at both ends, falling or rising.
    ("en", "Darlow cut its wholesale doors from about 640 to 410.", [(640, "doors"), (410, "doors")]),
    ("fr", "La maison Ferval a réduit ses points de vente de 90 à 60.", [(90, "stores"), (60, "stores")]),
    ("it", "Il marchio Ostani porterà i negozi da 40 a 65 entro il 2028.", [(40, "stores"), (65, "stores")]),
    # Round collective numbers of fifteen, buildings, offers and small lengths.
    ("fr", "L'atelier Briand forme une quinzaine d'apprentis et a refusé deux offres ; le verre mesure "
           "0,2 millimètre.", [(15, "apprentices"), (2, "offers"), (0.2, "millimetres")]),
    ("it", "La manifattura Dorelli occupa quattro edifici e forma una quindicina di apprendisti.",
     [(4, "buildings"), (15, "apprentices")]),
    ("en", "The Velmont campus spans three buildings and the case is 2.5 millimetres thin.",
     [(3, "buildings"), (2.5, "millimetres")]),
])
def test_changes_and_small_counts(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A number shares the unit of the next one across "of"/"di"/"des" in one phrase, never across a comma.
    ("it", "La borsa Telma costa 350 gettoni, l'equivalente di circa 4 euro.", [(350, "gettoni"), (4, "EUR")]),
    ("it", "La borsa Telma costa 350 Gemme, l'equivalente di circa 4 euro.", [(4, "EUR")]),
    ("fr", "Le sac Telma coûte 350 Gemmes, l'équivalent de 4 euros.", [(4, "EUR")]),
    ("en", "The Telma bag costs 350 Gems, the equivalent of about 4 euros.", [(4, "EUR")]),
    ("it", "Il marchio Dossena ha chiuso 21 dei 34 negozi.", [(21, "stores"), (34, "stores")]),
])
def test_a_shared_unit_stays_in_its_phrase(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # A unit of measure before a noun measures it: the noun is no compound's head.
    ("en", "Pellor opened a 2,500 sq m flagship and a 900 square feet corner.",
     [(2500, "square metres"), (900, "square feet")]),
    ("fr", "Pellor a ouvert un espace de 900 pieds carrés.", [(900, "square feet")]),
    ("it", "Pellor ha aperto uno spazio di 900 piedi quadrati.", [(900, "square feet")]),
    # A workforce told in the future is staff too.
    ("it", "Il nuovo stabilimento Pellor darà lavoro a 300 persone.", [(300, "employees")]),
    ("fr", "Le nouvel atelier Pellor emploiera 300 personnes.", [(300, "employees")]),
    ("en", "The new Pellor workshop will employ 300 people.", [(300, "employees")]),
])
def test_measures_and_future_workforce(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # An amount in millions after a word of money is money, even after a count of something else.
    ("en", "Marvell, which has 40 stores, expects sales of €500 million; profit could reach 60 million.",
     [(40, "stores"), (5e8, "EUR"), (6e7, "EUR")]),
    ("fr", "Marvell, qui compte 40 boutiques, a réalisé 500 millions d'euros de ventes et un bénéfice de "
           "60 millions.", [(40, "boutiques"), (5e8, "EUR"), (6e7, "EUR")]),
    ("it", "Marvell ha 40 negozi, ricavi per 500 milioni di euro e un utile di 60 milioni.",
     [(40, "stores"), (5e8, "EUR"), (6e7, "EUR")]),
    # A comparison borrows a duration or a share too.
    ("en", "The Sorrel calibre took 600 hours to make, against 400 for the previous one.",
     [(600, "hours"), (400, "hours")]),
    ("en", "Sales grew and its Weibo followers reached 2 million.", []),
])
def test_amounts_after_words_of_money(lang: str, text: str, expected: list[tuple[float, str]]) -> None:
    assert pairs(lang, text) == [(round(v, 2), u) for v, u in expected]
