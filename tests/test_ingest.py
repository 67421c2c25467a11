from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.errors import IngestError
from luxcli.html import html_to_text
from luxcli.ingest import decode, detect_language, discover, drop_furniture, markdown_to_text, read_article

DATA = Path(__file__).parent / "data"
EN = "The house opened a new boutique in the city, and its sales grew by a third over the year that followed."
FR = "La maison a ouvert une nouvelle boutique dans la ville, et les ventes de la marque ont progressé sur l'année."
IT = "La maison ha aperto una nuova boutique nella città e le vendite del marchio sono cresciute per tutto l'anno."


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Hermès à Paris".encode(), "Hermès à Paris"),
        (b"\xef\xbb\xbf" + "Hermès".encode(), "Hermès"),
        ("Hermès".encode("utf-16"), "Hermès"),
        ("Hermès – “déjà”".encode("cp1252"), "Hermès – “déjà”"),
        ("Città più".encode("latin-1"), "Città più"),
    ],
)
def test_decode_handles_common_encodings(raw: bytes, text: str) -> None:
    assert decode(raw) == text


def test_decode_refuses_binary_data() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x00\x01\x02PK\x03\x04" * 100)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (EN, "en"),
        (FR, "fr"),
        (IT, "it"),
        ("Das Haus hat eine neue Boutique in der Stadt eröffnet und der Umsatz wuchs.", None),
    ],
)
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "line",
    [
        "By Fashion Desk | 6 min read",
        "(812 words)",
        "(640 mots)",
        "(455 parole)",
        "Home › Beauty › Asia",
        "Share this story   Facebook   X   Email",
        "We use cookies to improve this site. Accept | Decline",
        "Continue Reading →",
        "Read more →",
        "Publié le 3 mars 2019 | Temps de lecture : 2 minutes",
        "Par la rédaction",
        "Lire aussi : Une autre histoire de marque",
        "di Redazione | 4 maggio 2021 | Tempo di lettura: 5 minuti",
        "LEGGI ANCHE: Un altro articolo",
        "Condividi su Facebook | Twitter",
        '{"slot":"top","sizes":[[300,250]],"lazy":true}',
        "Photo: Courtesy of the brand",
        "Tags: Watches · Jewellery · Asia",
        "- 9 min read",
        "Mar 3, 2022",
    ],
)
def test_page_furniture_is_dropped(line: str) -> None:
    kept, _ = drop_furniture([line, EN])
    assert kept == [EN]


@pytest.mark.parametrize(
    "line",
    [
        EN,
        FR,
        IT,
        "By the close of trading, the shares of the group had fallen by a fifth.",
        "Cookies and biscuits are not what this house sells: it sells watches.",
    ],
)
def test_article_sentences_are_kept(line: str) -> None:
    kept, _ = drop_furniture([line])
    assert kept == [line]


def test_repeated_short_lines_are_furniture() -> None:
    kept, _ = drop_furniture(["Slide Image"] * 4 + [EN])
    assert kept == [EN]


def test_byline_date_becomes_the_article_date() -> None:
    _, date = drop_furniture(["Updated 4 March 2021 | 3 min read", EN])
    assert date == "2021-03-04"


def test_markdown_is_reduced_to_text() -> None:
    title, text = markdown_to_text(
        "# A *bold* move\n\n![img](x.png)\n- **Item** one with a [link](http://x)\n> quoted `code`\n\n---\n"
    )
    assert title == "A bold move"
    assert "Item one with a link" in text
    assert "quoted code" in text
    assert "x.png" not in text and "http" not in text and "#" not in text


def test_html_keeps_the_article_and_drops_the_rest() -> None:
    page = html_to_text(
        "<html lang='fr'><head><title>Titre | Site</title><script>var x = 1;</script>"
        "<meta property='article:published_time' content='2020-05-06T10:00:00Z'></head><body>"
        "<nav>Accueil Mode</nav><header>Logo</header><div class='cookie-banner'>Nous utilisons des cookies</div>"
        "<article><h1>Le titre</h1><p class='byline'>Par X</p><p>Premier paragraphe &amp; entité&nbsp;décodée.</p>"
        "<p>Deuxième paragraphe.</p><div class='share'>Partager</div></article><footer>© Site</footer></body></html>"
    )
    assert page.title == "Le titre"
    assert page.date == "2020-05-06"
    assert page.language == "fr"
    assert "Premier paragraphe & entité décodée." in page.text
    for furniture in ("Accueil", "Logo", "cookies", "Par X", "Partager", "©", "var x"):
        assert furniture not in page.text


def test_unclosed_and_script_only_html_do_not_raise() -> None:
    assert html_to_text("<html><body><div><p>Unclosed <b>bold").text == "Unclosed bold"
    assert html_to_text("<html><script>alert(1)</script></html>").text == ""


def test_read_article_on_a_saved_page(tmp_path: Path) -> None:
    article = read_article(DATA / "dev" / "dev_11_dior-defiles-streaming-chine.html")
    assert article.language == "fr"
    assert article.date == "2021-07-08"
    assert article.title.startswith("Dior")
    assert "cookies" not in article.text and "Partager" not in article.text
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text


@pytest.mark.parametrize("name", sorted(p.name for p in (DATA / "seeds").iterdir()))
def test_seed_furniture_never_reaches_the_text(name: str) -> None:
    text = read_article(DATA / "seeds" / name).text
    for furniture in ("Continue Reading", "(507 words)", "2 min read", "autoplay", "Slider Nav Image", "Publié le par"):
        assert furniture not in text


def test_empty_and_textless_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "page.html").write_text("<html><script>x()</script></html>")
    for name in ("empty.txt", "page.html"):
        with pytest.raises(IngestError, match="no article text"):
            read_article(tmp_path / name)


def test_discover_recurses_counts_unsupported_and_survives_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(EN)
    (tmp_path / "a" / "b" / "two.MD").write_text(EN)
    (tmp_path / "a" / "b" / "three.pdf").write_bytes(b"%PDF")
    (tmp_path / "a" / "b" / "loop").symlink_to(tmp_path / "a")
    found = discover([tmp_path / "a", tmp_path / "missing"])
    assert sorted(p.name for p in found.files) == ["one.txt", "two.MD"]
    assert [p.name for p in found.unsupported] == ["three.pdf"]
    assert found.problems == ((str(tmp_path / "missing"), "no such file or folder"),)
