from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.evaluate import evaluate_corpus, score

DATA = Path(__file__).parent / "data"


def test_score_counts_hits_misses_and_optional_items() -> None:
    gold = {
        "articles": [
            {
                "file": "a.txt",
                "people": [
                    {"name": "Ada Rossi", "aliases": ["Rossi"], "roles": [{"role": "ceo", "org": "Gucci"}]},
                    {"name": "Maybe Person", "optional": True, "roles": []},
                ],
                "brands": ["Gucci", {"name": "Doubtful", "optional": True}],
                "groups": ["Kering"],
                "platforms": [],
                "figures": [{"value": 1200, "unit": "artisans"}, {"value": 5, "unit": "years"}],
                "events": [{"date": "2020-01"}],
                "relations": [{"subject": "Gucci", "predicate": "owned_by", "object": "Kering"}],
            }
        ]
    }
    export = {
        "people": [
            {"name": "Ada ROSSI", "article": "a.txt", "roles": [{"role": "ceo", "org": "Gucci"}]},
            {"name": "Maybe Person", "article": "a.txt", "roles": []},
        ],
        "entities": [
            {"name": "Gucci", "kind": "brand", "article": "a.txt"},
            {"name": "Kering", "kind": "brand", "article": "a.txt"},
            {"name": "Doubtful", "kind": "brand", "article": "a.txt"},
            {"name": "Nowhere", "kind": "group", "article": "a.txt"},
        ],
        "figures": [
            {"value": 1200.0, "unit": "artisan", "article": "a.txt"},
            {"value": 5, "unit": "months", "article": "a.txt"},
        ],
        "events": [{"date": "2020-01-15", "article": "a.txt"}],
        "relations": [{"subject": "Gucci", "predicate": "owned_by", "object": "Kering", "article": "a.txt"}],
    }
    result = score(export, gold)
    s = result["scores"]
    assert (s["people"]["tp"], s["people"]["fp"], s["people"]["fn"]) == (1, 0, 0)
    assert (s["orgs"]["tp"], s["orgs"]["fp"], s["orgs"]["fn"]) == (2, 1, 0)
    assert (s["org_kinds"]["tp"], s["org_kinds"]["fp"]) == (1, 2)
    assert (s["figures_value"]["tp"], s["figures"]["tp"], s["figures"]["fn"]) == (2, 1, 1)
    assert s["events"]["f1"] == 1.0 and s["relations"]["f1"] == 1.0
    assert result["role_accuracy"] == 1.0


def test_eval_refuses_a_missing_gold_file(tmp_path: Path) -> None:
    from luxcli.errors import UsageError

    with pytest.raises(UsageError):
        evaluate_corpus(tmp_path / "nope.json", DATA / "dev")


@pytest.mark.parametrize(("gold", "corpus"), [("dev.json", "dev"), ("seeds.json", "seeds")])
def test_organisations_are_found_and_no_furniture_is_taken_for_a_fact(gold: str, corpus: str) -> None:
    result = evaluate_corpus(DATA / "gold" / gold, DATA / corpus)
    assert result["scores"]["orgs"]["f1"] >= 0.80
    assert result["furniture_hits"] == 0


def test_furniture_taken_for_a_fact_is_counted() -> None:
    gold = {
        "articles": [{"file": "a.txt", "people": [], "figures": [], "negatives": ["(507 words)", "By Staff Reporter"]}]
    }
    export = {
        "people": [{"name": "Staff Reporter", "article": "a.txt", "roles": []}],
        "figures": [
            {"value": 507, "unit": "words", "text": "507 words", "article": "a.txt"},
            {"value": 3, "unit": "stores", "text": "3 stores", "article": "a.txt"},
        ],
    }
    assert score(export, gold)["furniture_hits"] == 2
