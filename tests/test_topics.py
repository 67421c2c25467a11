from __future__ import annotations

import json
from pathlib import Path

import pytest

from luxcli import lexicon
from luxcli.extract.topics import article_topics, tag_topics, topic_names
from luxcli.ingest import read_article
from luxcli.model import Article
from luxcli.query.facts import resolve_topic
from luxcli.text import split_sentences

DATA = Path(__file__).parent / "data"
SCHEMA_TOPICS = {"e-commerce", "china", "live-streaming", "social-media", "watchmaking", "jewelry", "craftsmanship",
                 "customer-service", "customization", "marketing", "retail", "gen-z", "financials", "sustainability",
                 "leadership"}


def topics_of(text: str, lang: str) -> set[str]:
    art = Article(path="t.txt", file="t.txt", title="", language=lang, text=text,
                  sentences=tuple(split_sentences(text)), content_hash="x")
    return {t for tags in tag_topics(art).values() for t in tags}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The label now sells online through its own e-commerce site.", "en", {"e-commerce"}),
    ("Its ecommerce arm grew fast.", "en", {"e-commerce"}),
    ("The house livestreamed the collection to fans.", "en", {"live-streaming"}),
    ("The maison's new tourbillon shows its watchmaking skill.", "en", {"watchmaking"}),
    ("The high jewelry necklace is set with diamonds.", "en", {"jewelry"}),
    ("Young consumers from Gen Z drive the trend.", "en", {"gen-z"}),
    ("Operating margin and revenue both improved.", "en", {"financials"}),
    ("The group cut carbon emissions and uses recycled nylon.", "en", {"sustainability"}),
    ("She was appointed to succeed the outgoing chief.", "en", {"leadership"}),
    ("Clients can order engraving and bespoke pieces.", "en", {"customization"}),
    ("La marque vend désormais en ligne sur son site marchand.", "fr", {"e-commerce"}),
    ("Le défilé a été diffusé en direct sur Weibo.", "fr", {"live-streaming", "social-media", "china", "marketing"}),
    ("Les artisans de l'atelier perpétuent un savoir-faire rare.", "fr", {"craftsmanship"}),
    ("La maison propose la livraison à domicile et un service client dédié.", "fr", {"customer-service"}),
    ("Le chiffre d'affaires a progressé au premier semestre.", "fr", {"financials"}),
    ("Il marchio punta sulle vendite online e sul proprio sito di e-commerce.", "it", {"e-commerce"}),
    ("La sfilata è stata trasmessa in diretta streaming.", "it", {"live-streaming", "marketing"}),
    ("Gli orologi di alta orologeria hanno complicazioni rare.", "it", {"watchmaking"}),
    ("La nuova generazione di consumatori, la generazione Z, compra sui social.", "it", {"gen-z", "social-media"}),
    ("È stato nominato amministratore delegato del gruppo.", "it", {"leadership"}),
])
def test_sentences_get_the_topics_their_keywords_name(text: str, lang: str, expected: set[str]) -> None:
    assert topics_of(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("He said he may watch the game.", "en"),  # "watch" the verb, "may" the verb
    ("Les émissions de télévision ont repris.", "fr"),  # TV programmes, not greenhouse gases
    ("La decisione è grave per il gruppo.", "it"),
    ("Staff worked around the clock as the movement grew.", "en"),  # not clocks, not watch movements
    ("Dans un environnement difficile, son engagement reste fort.", "fr"),
    ("La nuova borsa in pelle è utile in ogni ambiente.", "it"),  # "borsa" is a handbag here
])
def test_common_words_are_not_topics(text: str, lang: str) -> None:
    assert topics_of(text, lang) == set()


def test_tags_are_per_sentence() -> None:
    text = "The brand opened a boutique in Paris. Its revenue fell."
    art = Article(path="t.txt", file="t.txt", title="", language="en", text=text,
                  sentences=tuple(split_sentences(text)), content_hash="x")
    assert tag_topics(art) == {0: ("retail",), 1: ("financials",)}
    assert article_topics(tag_topics(art)) == ("financials", "retail")


def test_topic_names_are_the_schema_topics_in_every_language() -> None:
    assert set(topic_names()) == SCHEMA_TOPICS
    for lang in lexicon.languages():
        assert set(lexicon.language(lang)["topics"]) == SCHEMA_TOPICS, lang


class _EmptyKB:
    def rows(self, sql: str, params: object = ()) -> list:
        return []


@pytest.mark.parametrize(("query", "topic"), [
    ("ecommerce", "e-commerce"), ("e commerce", "e-commerce"), ("E-Commerce", "e-commerce"),
    ("livestream", "live-streaming"), ("Gen Z", "gen-z"), ("jewellery", "jewelry"),
])
def test_topic_names_in_queries_are_fuzzy(query: str, topic: str) -> None:
    assert resolve_topic(_EmptyKB(), query) == [topic]  # type: ignore[arg-type]


def test_article_topics_cover_the_gold_topics() -> None:
    tp = fp = fn = 0
    for corpus in ("dev", "seeds"):
        gold = json.loads((DATA / "gold" / f"{corpus}.json").read_text(encoding="utf-8"))
        for entry in gold["articles"]:
            art = read_article(DATA / corpus / entry["file"])
            found = {t for tags in tag_topics(art).values() for t in tags}
            expected = set(entry["topics"])
            tp, fp, fn = tp + len(found & expected), fp + len(found - expected), fn + len(expected - found)
    assert tp / (tp + fn) >= 0.9  # recall
    assert tp / (tp + fp) >= 0.7  # precision
