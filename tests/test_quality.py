"""Quality floors on every evaluation set: a change that loses ground on any of them fails here.

The issue thresholds for dev and seeds are asserted next to each extractor's tests. Each set below was
written by someone blind to the code and scored on arrival, then used as a list of symptoms for general
mechanisms, except the last three: `sealed14`, `sealed15` and `sealed16` were scored when they arrived and at
the end of the session and never looked into (one ingest fix was made after the end-of-session score of
`sealed15`, see the README). A floor is the F1 last measured less three points, or a helper's tighter floor.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from luxcli.evaluate import evaluate_corpus

DATA = Path(__file__).parent / "data"

FLOORS = {
    "holdout": {"people": 0.97, "person_org": 0.97, "orgs": 0.97, "org_kinds": 0.97,
                "figures": 0.90, "events": 0.97, "relations": 0.97},
    "blind": {"people": 0.97, "person_org": 0.94, "orgs": 0.97, "org_kinds": 0.95,
              "figures": 0.89, "events": 0.97, "relations": 0.93},
    "final": {"people": 0.97, "person_org": 0.87, "orgs": 0.96, "org_kinds": 0.94,
              "figures": 0.95, "events": 0.97, "relations": 0.86},
    "last": {"people": 0.98, "person_org": 0.87, "orgs": 0.97, "org_kinds": 0.93,
             "figures": 0.91, "events": 0.94, "relations": 0.86},
    "extra": {"people": 0.97, "person_org": 0.82, "orgs": 0.91, "org_kinds": 0.88,
              "figures": 0.94, "events": 0.93, "relations": 0.62},
    "fresh": {"people": 0.97, "person_org": 0.91, "orgs": 0.95, "org_kinds": 0.92,
              "figures": 0.91, "events": 0.94, "relations": 0.73},
    "sealed": {"people": 0.96, "person_org": 0.84, "orgs": 0.93, "org_kinds": 0.90,
               "figures": 0.91, "events": 0.88, "relations": 0.68},
    "sealed2": {"people": 0.92, "person_org": 0.89, "orgs": 0.95, "org_kinds": 0.90,
                "figures": 0.91, "events": 0.89, "relations": 0.67},
    "sealed3": {"people": 0.95, "person_org": 0.91, "orgs": 0.95, "org_kinds": 0.95,
                "figures": 0.94, "events": 0.91, "relations": 0.90},
    "sealed4": {"people": 0.96, "person_org": 0.90, "orgs": 0.97, "org_kinds": 0.96,
                "figures": 0.94, "events": 0.79, "relations": 0.73},
    "sealed5": {"people": 0.93, "person_org": 0.87, "orgs": 0.96, "org_kinds": 0.94,
                "figures": 0.90, "events": 0.89, "relations": 0.74},
    "sealed6": {"people": 0.95, "person_org": 0.86, "orgs": 0.97, "org_kinds": 0.96,
                "figures": 0.92, "events": 0.88, "relations": 0.63},
    "sealed7": {"people": 0.97, "person_org": 0.82, "orgs": 0.95, "org_kinds": 0.93,
                "figures": 0.92, "events": 0.88, "relations": 0.71},
    "sealed8": {"people": 0.96, "person_org": 0.86, "orgs": 0.97, "org_kinds": 0.92,
                "figures": 0.94, "events": 0.96, "relations": 0.74},
    "sealed9": {"people": 0.95, "person_org": 0.82, "orgs": 0.96, "org_kinds": 0.91,
                "figures": 0.94, "events": 0.95, "relations": 0.69},
    "sealed10": {"people": 0.97, "person_org": 0.75, "orgs": 0.96, "org_kinds": 0.96,
                 "figures": 0.95, "events": 0.84, "relations": 0.68},
    "sealed11": {"people": 0.91, "person_org": 0.82, "orgs": 0.95, "org_kinds": 0.92,
                 "figures": 0.90, "events": 0.80, "relations": 0.70},
    "sealed12": {"people": 0.96, "person_org": 0.70, "orgs": 0.95, "org_kinds": 0.89,
                 "figures": 0.92, "events": 0.87, "relations": 0.43},
    "sealed13": {"people": 0.96, "person_org": 0.74, "orgs": 0.96, "org_kinds": 0.93,
                 "figures": 0.89, "events": 0.89, "relations": 0.55},
    "sealed14": {"people": 0.97, "person_org": 0.60, "orgs": 0.93, "org_kinds": 0.90,
                 "figures": 0.88, "events": 0.86, "relations": 0.53},
    "sealed15": {"people": 0.93, "person_org": 0.69, "orgs": 0.84, "org_kinds": 0.76,
                 "figures": 0.91, "events": 0.82, "relations": 0.29},
    "sealed16": {"people": 0.93, "person_org": 0.67, "orgs": 0.91, "org_kinds": 0.90,
                 "figures": 0.90, "events": 0.85, "relations": 0.56},
}
# Role accuracy (the right canonical role on a matched person-organisation pair), where it is asserted.
ROLE_ACCURACY = {"holdout": 0.97, "blind": 0.84, "final": 0.92, "last": 0.98, "extra": 0.90, "fresh": 0.97,
                 "sealed": 0.94, "sealed2": 0.95, "sealed3": 0.94, "sealed4": 0.92, "sealed5": 0.92, "sealed6": 0.90,
                 "sealed7": 0.97, "sealed8": 0.97, "sealed9": 0.97, "sealed10": 0.97, "sealed11": 0.94,
                 "sealed12": 0.90, "sealed13": 0.86, "sealed14": 0.90, "sealed15": 0.80, "sealed16": 0.97}
# False finds that are page furniture, at most: none on most sets; the few left are written down here.
FURNITURE = {"sealed3": 1, "sealed5": 1}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict]:
    name = request.param
    return name, evaluate_corpus(DATA / "gold" / f"{name}.json", DATA / name)


def test_no_evaluation_set_loses_ground(scored: tuple[str, dict]) -> None:
    name, result = scored
    below = {measure: round(result["scores"][measure]["f1"], 3) for measure, floor in FLOORS[name].items()
             if result["scores"][measure]["f1"] < floor}
    assert not below, f"{name}: below the floor: {below}"
    assert (result["role_accuracy"] or 0) >= ROLE_ACCURACY.get(name, 0), f"{name}: role accuracy"
    assert result["furniture_hits"] <= FURNITURE.get(name, 0), f"{name}: page furniture taken for facts"
