from __future__ import annotations

from luxcli import lexicon


def test_languages_are_found_from_the_data_folder() -> None:
    assert {"en", "fr", "it"} <= set(lexicon.languages())


def test_every_language_file_has_the_same_keys_and_valid_patterns() -> None:
    assert lexicon.validate() == []


def test_every_language_has_months_and_abbreviations() -> None:
    for lang in lexicon.languages():
        months = lexicon.language(lang)["months"]
        assert set(months.values()) == set(range(1, 13)), lang
        assert lexicon.words(lang, "abbreviations"), lang


def test_entity_lexicon_is_well_formed() -> None:
    orgs = lexicon.data("entities")["org"]
    names = [o["name"] for o in orgs]
    assert len(names) == len(set(names)), "an organisation is listed twice"
    for org in orgs:
        assert org["kind"] in ("brand", "group", "platform"), org
        assert isinstance(org.get("aliases", []), list), org


def test_lookup_walks_nested_tables() -> None:
    assert lexicon.lookup("fr", "months.janvier") == 1
    assert lexicon.lookup("fr", "no.such.key", "default") == "default"
