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
        "[Partager] [Imprimer] [Envoyer]",
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
    _, furniture = drop_furniture(["Updated 4 March 2021 | 3 min read", EN])
    assert furniture.date == "2021-03-04"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Marion Keller, fashion editor | 4 March 2021 | 3 min read", "By Marion Keller, fashion editor"),
        ("Written by Joss Abara · 9 May 2024 · 5 min read", "Written by Joss Abara"),
        ("*Par Aurore Vidal, correspondante à Milan — 2 mai 2024 — 4 min de lecture*",
         "Par Aurore Vidal, correspondante à Milan"),
        ("Par Théo Marchand - 3 juin 2026 - Lecture : 3 min", "Par Théo Marchand"),
        ("di Giulia De Santis | 12 marzo 2025 | Tempo di lettura: 4 min", "di Giulia De Santis"),
        ("A cura di Paolo Ferri, inviato a Parigi · 8 aprile 2025", "A cura di Paolo Ferri, inviato a Parigi"),
    ],
)
def test_a_bylines_author_stays_as_text_without_date_or_reading_time(line: str, author: str) -> None:
    kept, furniture = drop_furniture([line, EN])
    assert kept == [author, EN]
    assert furniture.date is not None or "·" not in line


@pytest.mark.parametrize(
    ("line", "kept_line", "publication"),
    [
        ("By Marion Keller | Watch Trade Weekly | 4 March 2021 | 3 min read", "By Marion Keller | Watch Trade Weekly",
         "Watch Trade Weekly"),
        ("Par Aurore Vidal pour Le Courrier du Luxe · 2 mai 2024 · Lecture : 4 min",
         "Par Aurore Vidal pour Le Courrier du Luxe", "Le Courrier du Luxe"),
        ("di Paolo Ferri per Gazzetta della Moda | 8 aprile 2025", "di Paolo Ferri per Gazzetta della Moda",
         "Gazzetta della Moda"),
    ],
)
def test_a_byline_can_name_the_publication(line: str, kept_line: str, publication: str) -> None:
    kept, furniture = drop_furniture([line, EN])
    assert kept == [kept_line, EN]
    assert furniture.publication == publication


@pytest.mark.parametrize(
    "line",
    ["By Hanna Lowry · Singapore · 3 June 2025 · 6 min read", "Par Aurore Vidal · Genève · 2 mai 2024",
     "di Paolo Ferri | Milano | 8 aprile 2025"],
)
def test_a_city_after_the_bylines_author_is_no_publication(line: str) -> None:
    _, furniture = drop_furniture([line, EN])
    assert furniture.publication is None


@pytest.mark.parametrize(
    "line",
    ["By Our Watches Desk | 2 March 2025 | 3 min read", "Par la rédaction | 3 mars 2019",
     "di Redazione | 4 maggio 2021", "By the close of trading | 3 min read"],
)
def test_a_byline_without_a_persons_name_is_dropped(line: str) -> None:
    kept, _ = drop_furniture([line, EN])
    assert kept == [EN]


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2026 Watch Trade Weekly. All rights reserved.", "Watch Trade Weekly"),
        ("Copyright © 2019-2025 Le Courrier du Luxe — Tous droits réservés", "Le Courrier du Luxe"),
        ("© Gazzetta della Moda - Riproduzione riservata", "Gazzetta della Moda"),
        ("© 2024 Moda&Mercati - P.IVA 01234567890 - Tutti i diritti riservati", "Moda&Mercati"),
    ],
)
def test_the_copyright_holder_is_the_publication(line: str, holder: str) -> None:
    kept, furniture = drop_furniture([EN, line])
    assert furniture.publication == holder
    assert kept[0] == EN and holder in kept[1] and "rights" not in kept[1].lower()


def test_a_copyright_line_without_a_name_names_no_publication() -> None:
    _, furniture = drop_furniture([EN, "All rights reserved."])
    assert furniture.publication is None


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


def test_a_pages_byline_element_and_footer_notice_are_read() -> None:
    from luxcli.ingest import parse_article

    page = (
        "<html lang='it'><head><title>Un titolo | Gazzetta della Moda</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Il marchio Ostrava apre a Lione</h1>"
        "<p class='byline'>di Giulia De Santis &middot; 12 marzo 2025 &middot; Tempo di lettura: 4 min</p>"
        f"<p>{IT}</p><p>{IT}</p></article>"
        "<footer>© 2025 Gazzetta della Moda - Riproduzione riservata</footer></body></html>"
    )
    article = parse_article(page.encode(), path=Path("page.html"), kind="html")
    assert article.byline == "di Giulia De Santis"
    assert article.publication == "Gazzetta della Moda"
    assert article.text.startswith("di Giulia De Santis\n")
    assert "Tempo di lettura" not in article.text


def test_an_author_bio_in_a_page_is_not_article_text() -> None:
    from luxcli.ingest import parse_article

    page = (
        "<html><body><article><h1>A headline</h1>"
        f"<p>{EN}</p><p>{EN}</p>"
        "<div class='author-bio'>Marion Keller is a London-based reporter who covers watches.</div>"
        "<div class='author'>Marion Keller writes about watches and jewellery for us.</div>"
        "</article></body></html>"
    )
    article = parse_article(page.encode(), path=Path("page.html"), kind="html")
    assert "Marion Keller" not in article.text and article.byline is None


def test_a_text_files_title_is_its_headline_not_its_breadcrumb_or_section_label() -> None:
    from luxcli.ingest import parse_article

    page = (f"Home > Watches > Industry\nWATCHES | INDUSTRY\nHAUTE HORLOGERIE\n\n"
            f"Orvane names a new chief\n\n{EN}\n{EN}\n")
    article = parse_article(page.encode(), path=Path("page.txt"), kind="text")
    assert article.title == "Orvane names a new chief"


# --- related-articles blocks, contact lines, the publication named by a newsletter or a byline --------------


@pytest.mark.parametrize(
    "block",
    [
        ["Related:", "- Corvaleno opens 12 stores in Asia", "- Why Brisande sold 500 bags in a week"],
        ["Related stories", "→ Five numbers that explain the resale boom"],
        ["À lire aussi :", "– Corvaleno ouvre dix boutiques", "– Les 20 sacs de l'année"],
        ["**Sur le même sujet**", "", "Brisande accélère en Chine", "Le luxe en cinq chiffres"],
        ["Leggi anche:", "- Tessalto, ricavi a 300 milioni", "- Dieci anni di Quimel"],
        ["Articoli correlati", "Orvino cerca 200 artigiani"],
        ["Related stories →", "- Corvaleno opens 12 stores in Asia"],
        ["À lire aussi ›", "- Les 20 sacs de l'année"],
        ["Articoli correlati »", "- Tessalto, ricavi a 300 milioni nel 2025"],
    ],
)
def test_a_related_articles_block_is_furniture(block: list[str]) -> None:
    kept, _ = drop_furniture([EN, *block, FR])
    assert [line for line in kept if line] == [EN, FR]


@pytest.mark.parametrize("lang_line", [EN, FR, IT])
def test_a_related_block_ends_at_the_first_sentence(lang_line: str) -> None:
    kept, _ = drop_furniture(["Leggi anche:", "- Tessalto, ricavi a 300 milioni", lang_line])
    assert [line for line in kept if line] == [lang_line]


@pytest.mark.parametrize(
    "line",
    [
        "Press office: +44 20 7946 0321",
        "Contact rédaction : +33 1 40 00 00 00",
        "Servizio clienti: 0131 555 274",
        "Investor relations enquiries: +41 22 555 83 10 · Results webcast at 08:30 CET",
        "This interview has been edited and condensed for clarity.",
        "Cet entretien a été édité et condensé.",
        "L'intervista è stata condensata per ragioni di spazio.",
        "Get the Corvaleno Brief in your inbox every Monday. Sign up",
        "Recevez chaque matin notre lettre d'information.",
        "Ricevi ogni venerdì la newsletter del lusso.",
        "Per informazioni: numero verde 800 123 456",
    ],
)
def test_contact_and_newsletter_lines_are_furniture(line: str) -> None:
    kept, _ = drop_furniture([line, EN])
    assert [k for k in kept if k] == [EN]


@pytest.mark.parametrize(
    "line",
    [
        "The house sold 1 250 000 bottles last year, up from 980 000 the year before, its finance director said.",
        "La maison a vendu 12 500 flacons en 2025, contre 9 800 un an plus tôt.",
        "Il marchio ha chiuso il 2025 con ricavi per 48,5 milioni, in crescita del 21%.",
        "The deal closed on 05.03.2025, the group said.",
        "L'accordo è stato firmato il 05/03/2025 a Milano.",
    ],
)
def test_amounts_are_no_phone_numbers(line: str) -> None:
    kept, _ = drop_furniture([line])
    assert kept == [line]


@pytest.mark.parametrize(
    ("line", "publication"),
    [
        ("Sign up for The Harwick Ledger's Friday briefing", "The Harwick Ledger"),
        ("Sign up for The Harwick Ledger weekly briefing", "The Harwick Ledger"),
        ("Recevez chaque matin la newsletter du Courrier Brissac", "Courrier Brissac"),
        ("Iscriviti alla newsletter di Moda & Tavalle", "Moda & Tavalle"),
        ("Photography: Anna Quillet for The Harwick Ledger", "The Harwick Ledger"),
        # a lower-case "the" is the sentence's article, not part of the name
        ("Sign up for the Harwick Ledger daily briefing", "Harwick Ledger"),
        ("Iscriviti a Vino & Tavalle: tutte le notizie ogni giovedì", "Vino & Tavalle"),
        ("Abonnez-vous à Brissac Hebdo : la lettre du lundi", "Brissac Hebdo"),
    ],
)
def test_a_newsletter_or_credit_line_names_the_publication(line: str, publication: str) -> None:
    kept, furniture = drop_furniture([EN, line])
    assert furniture.publication == publication
    assert kept == [EN, f"© {publication}"]


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for The Harwick Brief, our daily newsletter",  # the newsletter's own name, not the paper's
        "Inscrivez-vous à la newsletter Luxe & Brissac",
        "Iscriviti alla newsletter settimanale",
    ],
)
def test_a_newsletter_title_is_no_publication(line: str) -> None:
    _, furniture = drop_furniture([EN, line])
    assert furniture.publication is None


@pytest.mark.parametrize("line", ["Foto: © Tavalle 1921", "Photo : la boutique de la rue Royale © Maison Brissac",
                                  "Photo credit: © Harwick Studio"])
def test_a_photo_credits_holder_is_no_publication(line: str) -> None:
    kept, furniture = drop_furniture([EN, line])
    assert furniture.publication is None
    assert kept[1].startswith("© ")  # the holder stays a name of the page, the picture's


def test_the_copyright_holder_beats_a_newsletter() -> None:
    _, furniture = drop_furniture([EN, "Iscriviti alla newsletter di Moda Tavalle", "© 2026 Tavalle Media Srl"])
    assert furniture.publication == "Tavalle Media Srl"


@pytest.mark.parametrize(
    ("line", "publication"),
    [
        ("By Nora Lindqvale, The Marrowfield Review | 4 min read", "The Marrowfield Review"),
        ("By Nora Lindqvale, Luxury Markets Weekly | 3 May 2026", "Luxury Markets Weekly"),
        ("Par Claire Ferolle, Le Temps Brissac · Lecture : 5 min", "Le Temps Brissac"),
        ("di Marta Pellucci, Moda Dorsano Oggi | 12 maggio 2026", "Moda Dorsano Oggi"),
        ("By Nora Lindqvale, Senior Fashion Editor | 4 min read", None),
        ("By Nora Lindqvale, New York | 3 May 2026", None),
        # after the author's job, a two-word name is the publication, a city is not
        ("By Nora Lindqvale, senior correspondent, Marrowfield Ledger · 8 May 2026", "Marrowfield Ledger"),
        ("By Nora Lindqvale, Watch Editor, The Crown & Harrow | 3 May 2026", "The Crown & Harrow"),
        ("By Nora Lindqvale, retail editor, New York | 3 May 2026", None),
        ("Par Claire Ferolle, rédactrice en chef · Lecture : 5 min", None),
        ("di Marta Pellucci, inviata a Milano | 12 maggio 2026", None),
    ],
)
def test_a_byline_comma_may_name_the_publication(line: str, publication: str | None) -> None:
    _, furniture = drop_furniture([line, EN])
    assert furniture.publication == publication
