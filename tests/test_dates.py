from __future__ import annotations

import bisect

import pytest

from luxcli import lexicon
from luxcli.dates import find_date_mentions, find_dates, resolve_dates
from luxcli.text import split_sentences


def dates(text: str, lang: str, article_date: str | None = None) -> list[str]:
    """The resolved dates of `text`, in order (unresolvable mentions left out)."""
    mentions = find_date_mentions(text, lang)
    starts = [s.start for s in split_sentences(text)]
    sentences = [max(0, bisect.bisect_right(starts, m.start) - 1) for m in mentions]
    return [v for v in resolve_dates(mentions, sentences, article_date) if v]


EN = [
    ("The house was founded in 1902 in Geneva.", None, ["1902"]),
    ("Since 2011 the label has sold its bags online.", None, ["2011"]),
    ("Launched in 2016, the app now has ten million users.", None, ["2016"]),
    ("The store opened in October 2015 on the Bund.", None, ["2015-10"]),
    ("The partnership was announced on March 3, 2021 in Milan.", None, ["2021-03-03"]),
    ("Its show took place on Friday, 12 June 2020, behind closed doors.", None, ["2020-06-12"]),
    ("The group reported on March 3, 2021. The boutique opens on March 9.", None, ["2021-03-03", "2021-03-09"]),
    ("The fair ran from May 4 to May 9, 2019 in Basel.", None, ["2019-05-04", "2019-05-09"]),
    ("She ran the brand from 2005 to 2012.", None, ["2005", "2012"]),
    ("The merger failed at the end of 2022.", None, ["2022-12"]),
    ("It entered Japan in 2009. Two years later it opened in Seoul.", None, ["2009", "2011"]),
    ("The label went online in 2014. The same year it left Europe.", None, ["2014", "2014"]),
    ("The atelier moved in 2013, and that October it hired forty artisans.", None, ["2013", "2013-10"]),
    ("It opened in June 2018 and closed the following March.", None, ["2018-06", "2019-03"]),
    ("The shop opened on 28 January 2019; three weeks later it sold out.", None, ["2019-01-28", "2019-02-18"]),
    ("Sales slowed last year.", "2022-05-10", ["2021"]),
    ("Sales slowed last year.", None, []),
    ("The campaign ran last November on Weibo.", "2021-03-02", ["2020-11"]),
    ("The brand hosted a dinner in May with collectors.", "2023-07-01", ["2023-05"]),
    # Traps: read times, ages, generations, model names, figures, lower-case "may".
    ("2 min read", None, []),
    ("The founder, 52, says Gen Z buyers may march on.", None, []),
    ("The 1904MC calibre powers the new model.", None, []),
    ("Revenue reached €4.1 billion in 2019, up 8%.", None, ["2019"]),  # a date; events drop it as a figure period
    ("Five years after the founding of the house, nothing changed.", None, []),
    ("It unveiled this year's collection.", "2021-11-29", []),
    # Relative to the article's date: named months, seasons, weekdays, weeks.
    ("The scarf line, unveiled in April this year, sold out.", "2022-09-14", ["2022-04"]),
    ("The tannery was bought in October last year.", "2022-09-14", ["2021-10"]),
    ("The label moved to Kyoto last spring.", "2022-09-14", ["2022"]),
    ("The label moved to Kyoto last autumn.", "2022-09-14", ["2021"]),
    ("The label moved to Kyoto last summer.", "2022-07-20", ["2021"]),
    ("Its Lisbon shop opens this winter.", "2022-09-14", ["2022"]),
    ("The atelier reopened last Friday.", "2022-09-14", ["2022-09-09"]),  # 14 September 2022 is a Wednesday
    ("The atelier reopened last Wednesday.", "2022-09-14", ["2022-09-07"]),
    ("The atelier reopened last Friday.", "2022-09", []),  # a weekday needs the article's day
    ("The atelier reopened last week.", "2022-09-03", ["2022-08"]),
    ("The atelier reopened this week and hired staff last month.", "2022-09-14", ["2022-09", "2022-08"]),
    ("Spring 2019 was quiet; this spring 2021 was not.", "2021-06-01", ["2019", "2021"]),
    # Forecast horizons are found but not dated: nothing else reads them as dates either.
    ("Sales should double by 2030.", "2024-01-10", []),
    ("The group wants forty stores by the end of 2027.", None, []),
    ("Tmall plans to double its roster by the end of March 2026.", None, ["2026-03"]),
    # Days named from the article's date (14 September 2022 is a Wednesday); plans with their date.
    ("The label reported its results on Monday.", "2022-09-14", ["2022-09-12"]),
    ("The label said yesterday that it had hired a designer.", "2022-09-14", ["2022-09-13"]),
    ("The atelier is closed every Monday.", "2022-09-14", []),
    ("The label will open its Lisbon store next spring.", "2022-09-14", ["2023"]),
    ("The label will open its Lisbon store next spring.", "2022-01-10", ["2022"]),
    ("A dividend will be paid in the spring of next year.", "2022-09-14", ["2023"]),
    ("A second line is planned for 2024.", None, ["2024"]),
    # Houses from the 1700s; a count without a cue is no year.
    ("The cutler was founded in 1772 in Sheffield.", None, ["1772"]),
    ("The atelier employs 1750 people.", None, []),
    # A month without a year: the next one when at most four months ahead (said as news), else the last one.
    ("The Seoul store opens in June.", "2022-03-01", ["2022-06"]),
    ("The Seoul store opened in November.", "2022-03-01", ["2021-11"]),
    ("The Seoul store opens in January.", "2022-11-10", ["2023-01"]),
    ("A Seoul store is scheduled for September.", "2022-06-01", ["2022-09"]),
    # A season as a deadline: the next such season.
    ("The Seoul store will open by the summer.", "2022-03-01", ["2022"]),
    ("The Seoul store will open by summer.", "2022-09-14", ["2023"]),
    # Plans counted forward from the article's date.
    ("The Seoul store opens next month and the Lisbon one next March.", "2022-09-14", ["2022-10", "2023-03"]),
    ("The Seoul store opens next week.", "2022-09-28", ["2022-10"]),
]

FR = [
    ("La maison a été fondée en 1898 à Paris.", None, ["1898"]),
    ("Depuis 2012, la marque vend ses montres en ligne.", None, ["2012"]),
    ("Le site a ouvert le 3 juin 2019 en Chine.", None, ["2019-06-03"]),
    ("Le mardi 1er mars 2022, la griffe a défilé à Shanghai.", None, ["2022-03-01"]),
    ("La boutique a été inaugurée en septembre 2016.", None, ["2016-09"]),
    ("Elle a dirigé la maison de 1999 à 2008.", None, ["1999", "2008"]),
    ("La vente a eu lieu du 4 au 9 mai 2021.", None, ["2021-05-04", "2021-05-09"]),
    ("Le groupe a publié ses comptes le 2 avril 2020. Le 14 avril, il a annulé son dividende.",
     None, ["2020-04-02", "2020-04-14"]),
    ("La marque est arrivée au Japon en 2010. Deux ans plus tard, elle ouvrait à Séoul.", None, ["2010", "2012"]),
    ("La boutique a ouvert en 2015. L'année suivante, elle a été agrandie.", None, ["2015", "2016"]),
    ("Le projet a été lancé en 2018 et abandonné la même année.", None, ["2018", "2018"]),
    ("La griffe a organisé un live en novembre dernier.", "2021-02-10", ["2020-11"]),
    ("Les ventes ont reculé l'an dernier.", "2020-06-01", ["2019"]),
    ("La maison a quitté Tmall il y a deux ans.", "2021-09-01", ["2019"]),
    ("Le rachat a échoué fin 2019.", None, ["2019-12"]),
    ("La collection a été présentée au printemps 2017.", None, ["2017"]),
    ("Il a rejoint la maison au début de 2016.", None, ["2016"]),
    ("Elle sera disponible d'ici 2025.", None, []),
    ("Le groupe vise cinquante boutiques d'ici fin 2027 et d'ici à 2030.", None, []),
    ("La ligne, lancée en avril de cette année, est épuisée.", "2022-09-14", ["2022-04"]),
    ("La tannerie a été rachetée en octobre de l'an dernier.", "2022-09-14", ["2021-10"]),
    ("La maison s'est installée à Kyoto l'automne dernier.", "2022-09-14", ["2021"]),
    ("La maison s'est installée à Kyoto le printemps dernier.", "2022-09-14", ["2022"]),
    ("La boutique de Lisbonne ouvrira cet hiver.", "2022-09-14", ["2022"]),
    ("L'atelier a rouvert vendredi dernier.", "2022-09-14", ["2022-09-09"]),
    ("L'atelier a rouvert la semaine dernière.", "2022-09-03", ["2022-08"]),
    ("L'atelier a rouvert cette semaine, après un chantier lancé le mois dernier.", "2022-09-14",
     ["2022-09", "2022-08"]),
    # Traps.
    ("Temps de lecture : 3 minutes", None, []),
    ("La créatrice, 41 ans, vise la génération Z.", None, []),
    ("Le calibre 1904MC équipe ce modèle.", None, []),
    ("La maison a présenté hier son plan.", "2022-09-14", ["2022-09-13"]),
    ("La maison a annoncé lundi un nouveau directeur.", "2022-09-14", ["2022-09-12"]),
    ("L'atelier est fermé le lundi.", "2022-09-14", []),
    ("La boutique de Lisbonne ouvrira au printemps prochain.", "2022-09-14", ["2023"]),
    ("Un dividende sera versé au printemps de l'année prochaine.", "2022-09-14", ["2023"]),
    ("Une deuxième ligne est prévue pour 2024.", None, ["2024"]),
    ("La coutellerie a été fondée en 1772 à Thiers.", None, ["1772"]),
    ("La boutique de Séoul ouvre en juin.", "2022-03-01", ["2022-06"]),
    ("La boutique de Séoul a ouvert en novembre.", "2022-03-01", ["2021-11"]),
    ("Une boutique à Séoul est prévue pour septembre.", "2022-06-01", ["2022-09"]),
    ("La boutique de Séoul ouvrira d'ici l'été.", "2022-03-01", ["2022"]),
    ("La boutique de Séoul ouvrira avant le printemps.", "2022-09-14", ["2023"]),
    ("La boutique de Séoul ouvre le mois prochain, celle de Lisbonne en mars prochain.", "2022-09-14",
     ["2022-10", "2023-03"]),
    ("La boutique de Séoul ouvre la semaine prochaine.", "2022-09-28", ["2022-10"]),
]

IT = [
    ("La maison è stata fondata nel 1919 a Roma.", None, ["1919"]),
    ("Dal 2003 il marchio vende online.", None, ["2003"]),
    ("Il negozio ha aperto il 12 maggio 2018 a Pechino.", None, ["2018-05-12"]),
    ("Il 1° settembre 2020 il gruppo ha lanciato la piattaforma.", None, ["2020-09-01"]),
    ("Lunedì 7 giugno 2021 la maison ha presentato la collezione.", None, ["2021-06-07"]),
    ("La sfilata si è tenuta a ottobre 2019.", None, ["2019-10"]),
    ("La fiera si è svolta dal 3 al 6 aprile 2022.", None, ["2022-04-03", "2022-04-06"]),
    ("Il 10 marzo 2021 il marchio ha aperto su Tmall e il 20 marzo ha lanciato un'app.",
     None, ["2021-03-10", "2021-03-20"]),
    ("Il negozio ha aperto il 5 luglio 2017. Domenica 9 luglio è stato inaugurato.", None,
     ["2017-07-05", "2017-07-09"]),
    ("La maison è entrata in Cina nel 2006. Tre anni dopo, ha aperto a Shanghai.", None, ["2006", "2009"]),
    ("Il marchio ha aperto nel 2012. L'anno successivo è sbarcato a Tokyo.", None, ["2012", "2013"]),
    ("Il progetto è partito il 2 febbraio 2015 e dieci giorni più tardi era online.", None,
     ["2015-02-02", "2015-02-12"]),
    ("Il brand ha lanciato una capsule lo scorso dicembre.", "2022-02-01", ["2021-12"]),
    ("Le vendite sono cresciute l'anno scorso.", "2019-04-01", ["2018"]),
    ("Il marchio è presente in Cina dal 1998 ed è guidato da lei dal 2015 al 2020.", None, ["1998", "2015", "2020"]),
    ("La vendita è fallita a fine 2023.", None, ["2023-12"]),
    ("Il gruppo punta al pareggio entro il 2026.", None, []),
    ("Il gruppo vuole quaranta negozi entro fine 2027 ed entro la fine del 2030.", None, []),
    ("La linea, lanciata ad aprile di quest'anno, è esaurita.", "2022-09-14", ["2022-04"]),
    ("La conceria è stata rilevata a ottobre dell'anno scorso.", "2022-09-14", ["2021-10"]),
    ("La maison si è trasferita a Kyoto lo scorso autunno.", "2022-09-14", ["2021"]),
    ("La maison si è trasferita a Kyoto la primavera scorsa.", "2022-09-14", ["2022"]),
    ("Il negozio di Lisbona aprirà quest'inverno.", "2022-09-14", ["2022"]),
    ("Il laboratorio ha riaperto venerdì scorso.", "2022-09-14", ["2022-09-09"]),
    ("Il laboratorio ha riaperto domenica scorsa.", "2022-09-14", ["2022-09-11"]),
    ("Il laboratorio ha riaperto la settimana scorsa.", "2022-09-03", ["2022-08"]),
    ("Il laboratorio ha riaperto questa settimana, dopo lavori iniziati il mese scorso.", "2022-09-14",
     ["2022-09", "2022-08"]),
    # Traps: "mai" means "never" in Italian, ages, reading time, generations.
    ("Non ha mai 5 negozi. Lettura: 4 minuti", None, []),
    ("Il fondatore, 67 anni, parla alla Gen Z.", None, []),
    ("Il calibro 1904MC è nuovo.", None, []),
    ("La maison ha annunciato ieri un nuovo direttore.", "2022-09-14", ["2022-09-13"]),
    ("La maison ha annunciato lunedì un nuovo direttore.", "2022-09-14", ["2022-09-12"]),
    ("Il laboratorio è chiuso il lunedì.", "2022-09-14", []),
    ("Il dividendo sarà pagato nella primavera del prossimo anno.", "2022-09-14", ["2023"]),
    ("Per la primavera del 2023 è prevista un'asta.", None, ["2023"]),
    ("La maison ha chiuso il 2021 con ricavi in crescita.", None, ["2021"]),
    ("La coltelleria è stata fondata nel 1772 a Maniago.", None, ["1772"]),
    ("Il negozio di Seul apre a giugno.", "2022-03-01", ["2022-06"]),
    ("Il negozio di Seul ha aperto a novembre.", "2022-03-01", ["2021-11"]),
    ("Un negozio a Seul è previsto per settembre.", "2022-06-01", ["2022-09"]),
    ("Il negozio di Seul aprirà entro l'estate.", "2022-03-01", ["2022"]),
    ("Il negozio di Seul aprirà entro la primavera.", "2022-09-14", ["2023"]),
    ("Il negozio di Seul apre il mese prossimo, quello di Lisbona a marzo prossimo.", "2022-09-14",
     ["2022-10", "2023-03"]),
    ("Il negozio di Seul apre la prossima settimana.", "2022-09-28", ["2022-10"]),
]


@pytest.mark.parametrize(("text", "article_date", "expected"), EN)
def test_english_dates(text: str, article_date: str | None, expected: list[str]) -> None:
    assert dates(text, "en", article_date) == expected


@pytest.mark.parametrize(("text", "article_date", "expected"), FR)
def test_french_dates(text: str, article_date: str | None, expected: list[str]) -> None:
    assert dates(text, "fr", article_date) == expected


@pytest.mark.parametrize(("text", "article_date", "expected"), IT)
def test_italian_dates(text: str, article_date: str | None, expected: list[str]) -> None:
    assert dates(text, "it", article_date) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("Published March 3, 2021", "2021-03-03"),
    ("le 5 novembre 2020", "2020-11-05"),
    ("14 marzo 2020", "2020-03-14"),
    ("janvier 2020", "2020-01"),
    ("2021-11-29", "2021-11-29"),
])
def test_find_dates_reads_full_and_month_year_dates(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text)] == [value]


def test_find_dates_ignores_bare_years_and_day_months() -> None:
    assert find_dates("in 2017 and on December 21") == []


def test_mention_spans_point_into_the_original_text() -> None:
    text = "Fondée à Genève, elle a ouvert le 5 février 2019."
    [mention] = find_date_mentions(text, "fr")
    assert text[mention.start : mention.end] == mention.text == "5 février 2019"


def test_date_lexicons_have_the_same_keys_in_every_language() -> None:
    keys = {lang: set(lexicon.language(lang)["dates"]) | set(lexicon.language(lang)["dates"]["relative"])
            for lang in lexicon.languages()}
    assert all(k == keys["en"] for k in keys.values())


def _longest(words: object) -> str:
    return max(words, key=len)  # type: ignore[call-overload,no-any-return]


@pytest.mark.parametrize("lang", lexicon.languages())
def test_every_relative_phrase_is_found_inside_long_text(lang: str) -> None:
    """The relative pattern only runs in windows around unit, month, season, weekday and day words: each phrase of the
    lexicon, with its slots filled by the longest words, must fit in them."""
    data = lexicon.language(lang)
    words = data["dates"]
    months = [m for m in data["months"] if len(m) > 4]
    fill = {"{n}": _longest(w for group in words["number_words"] for w in group),
            "{unit}": _longest(w for ws in words["units"].values() for w in ws if not w.endswith("s")),
            "{month}": _longest(months).capitalize(), "{season}": _longest(words["seasons"]),
            "{weekday}": _longest(words["weekdays"]), "{dayword}": _longest(words["day_words"])}
    padding = "lorem ipsum dolor sit amet consectetur " * 3
    for phrases in words["relative"].values():
        for phrase in phrases:
            for slot, word in fill.items():
                phrase = phrase.replace(slot, word)
            text = f"{padding}{phrase}. {padding}"
            found = [m.text for m in find_date_mentions(text, lang)]
            assert found == [phrase], (phrase, found)

