"""Quality floors on every evaluation set: a change that loses ground on any of them fails here.

The issue thresholds for dev and seeds are asserted next to each extractor's tests. Each set below was
written by someone blind to the code and scored on arrival, then used as a list of symptoms for general
mechanisms, except the last ones:
`sealed26` to `sealed31` were used as symptom lists in the round after the one they arrived in; `sealed32` to
`sealed35` were scored on arrival and at the end of their round (`sealed32` looked into once) and used as symptom lists
in the next; `sealed36` to `sealed39` were scored on arrival and at the end of theirs, `sealed36` and `sealed37` used as
symptom lists in it, `sealed38` and `sealed39` never looked into. A floor is the F1 last measured less three points,
or a tighter floor set earlier.
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
    "extra": {"people": 0.97, "person_org": 0.89, "orgs": 0.93, "org_kinds": 0.90,
              "figures": 0.94, "events": 0.93, "relations": 0.62},
    "fresh": {"people": 0.97, "person_org": 0.92, "orgs": 0.95, "org_kinds": 0.92,
              "figures": 0.91, "events": 0.94, "relations": 0.73},
    "sealed": {"people": 0.96, "person_org": 0.86, "orgs": 0.94, "org_kinds": 0.91,
               "figures": 0.91, "events": 0.88, "relations": 0.68},
    "sealed2": {"people": 0.97, "person_org": 0.93, "orgs": 0.96, "org_kinds": 0.91,
                "figures": 0.91, "events": 0.89, "relations": 0.67},
    "sealed3": {"people": 0.97, "person_org": 0.91, "orgs": 0.96, "org_kinds": 0.96,
                "figures": 0.94, "events": 0.91, "relations": 0.90},
    "sealed4": {"people": 0.96, "person_org": 0.90, "orgs": 0.97, "org_kinds": 0.96,
                "figures": 0.94, "events": 0.79, "relations": 0.79},
    "sealed5": {"people": 0.94, "person_org": 0.88, "orgs": 0.96, "org_kinds": 0.94,
                "figures": 0.90, "events": 0.89, "relations": 0.77},
    "sealed6": {"people": 0.95, "person_org": 0.87, "orgs": 0.97, "org_kinds": 0.96,
                "figures": 0.92, "events": 0.88, "relations": 0.65},
    "sealed7": {"people": 0.97, "person_org": 0.93, "orgs": 0.96, "org_kinds": 0.95,
                "figures": 0.92, "events": 0.88, "relations": 0.84},
    "sealed8": {"people": 0.97, "person_org": 0.91, "orgs": 0.97, "org_kinds": 0.92,
                "figures": 0.94, "events": 0.96, "relations": 0.74},
    "sealed9": {"people": 0.97, "person_org": 0.90, "orgs": 0.96, "org_kinds": 0.91,
                "figures": 0.94, "events": 0.95, "relations": 0.72},
    "sealed10": {"people": 0.97, "person_org": 0.76, "orgs": 0.96, "org_kinds": 0.96,
                 "figures": 0.95, "events": 0.84, "relations": 0.68},
    "sealed11": {"people": 0.92, "person_org": 0.86, "orgs": 0.95, "org_kinds": 0.92,
                 "figures": 0.90, "events": 0.80, "relations": 0.70},
    "sealed12": {"people": 0.96, "person_org": 0.81, "orgs": 0.95, "org_kinds": 0.89,
                 "figures": 0.92, "events": 0.87, "relations": 0.43},
    "sealed13": {"people": 0.96, "person_org": 0.80, "orgs": 0.96, "org_kinds": 0.93,
                 "figures": 0.89, "events": 0.89, "relations": 0.57},
    "sealed14": {"people": 0.97, "person_org": 0.78, "orgs": 0.96, "org_kinds": 0.93,
                 "figures": 0.88, "events": 0.86, "relations": 0.66},
    "sealed15": {"people": 0.97, "person_org": 0.83, "orgs": 0.94, "org_kinds": 0.89,
                 "figures": 0.91, "events": 0.82, "relations": 0.48},
    "sealed16": {"people": 0.94, "person_org": 0.84, "orgs": 0.95, "org_kinds": 0.95,
                 "figures": 0.90, "events": 0.85, "relations": 0.60},
    "sealed17": {"people": 0.94, "person_org": 0.90, "orgs": 0.94, "org_kinds": 0.94,
                 "figures": 0.87, "events": 0.88, "relations": 0.42},
    "sealed18": {"people": 0.93, "person_org": 0.76, "orgs": 0.91, "org_kinds": 0.82,
                 "figures": 0.92, "events": 0.90, "relations": 0.44},
    "sealed19": {"people": 0.94, "person_org": 0.81, "orgs": 0.94, "org_kinds": 0.87,
                 "figures": 0.86, "events": 0.87, "relations": 0.59},
    "sealed20": {"people": 0.93, "person_org": 0.79, "orgs": 0.94, "org_kinds": 0.93,
                 "figures": 0.88, "events": 0.86, "relations": 0.48},
    "sealed21": {"people": 0.97, "person_org": 0.79, "orgs": 0.95, "org_kinds": 0.94,
                 "figures": 0.85, "events": 0.86, "relations": 0.48},
    "sealed22": {"people": 0.95, "person_org": 0.70, "orgs": 0.91, "org_kinds": 0.82,
                 "figures": 0.88, "events": 0.90, "relations": 0.50},
    "sealed23": {"people": 0.97, "person_org": 0.80, "orgs": 0.95, "org_kinds": 0.94,
                 "figures": 0.91, "events": 0.76, "relations": 0.63},
    "sealed24": {"people": 0.93, "person_org": 0.69, "orgs": 0.91, "org_kinds": 0.88,
                 "figures": 0.84, "events": 0.91, "relations": 0.42},
    "sealed25": {"people": 0.95, "person_org": 0.85, "orgs": 0.94, "org_kinds": 0.91,
                 "figures": 0.89, "events": 0.81, "relations": 0.44},
    "sealed26": {"people": 0.97, "person_org": 0.84, "orgs": 0.90, "org_kinds": 0.80,
                 "figures": 0.87, "events": 0.83, "relations": 0.37},
    "sealed27": {"people": 0.90, "person_org": 0.64, "orgs": 0.86, "org_kinds": 0.79,
                 "figures": 0.84, "events": 0.90, "relations": 0.24},
    "sealed28": {"people": 0.94, "person_org": 0.70, "orgs": 0.88, "org_kinds": 0.81,
                 "figures": 0.84, "events": 0.85, "relations": 0.59},
    "sealed29": {"people": 0.95, "person_org": 0.82, "orgs": 0.93, "org_kinds": 0.90,
                 "figures": 0.91, "events": 0.87, "relations": 0.67},
    "sealed30": {"people": 0.94, "person_org": 0.67, "orgs": 0.90, "org_kinds": 0.88,
                 "figures": 0.90, "events": 0.81, "relations": 0.48},
    "sealed31": {"people": 0.97, "person_org": 0.76, "orgs": 0.90, "org_kinds": 0.86,
                 "figures": 0.92, "events": 0.91, "relations": 0.43},
    "sealed32": {"people": 0.95, "person_org": 0.83, "orgs": 0.95, "org_kinds": 0.93,
                 "figures": 0.94, "events": 0.81, "relations": 0.71},
    "sealed33": {"people": 0.95, "person_org": 0.70, "orgs": 0.93, "org_kinds": 0.92,
                 "figures": 0.93, "events": 0.82, "relations": 0.57},
    "sealed34": {"people": 0.95, "person_org": 0.79, "orgs": 0.93, "org_kinds": 0.90,
                 "figures": 0.87, "events": 0.89, "relations": 0.54},
    "sealed35": {"people": 0.94, "person_org": 0.66, "orgs": 0.92, "org_kinds": 0.85,
                 "figures": 0.88, "events": 0.87, "relations": 0.38},
    "sealed36": {"people": 0.91, "person_org": 0.78, "orgs": 0.93, "org_kinds": 0.84,
                 "figures": 0.86, "events": 0.87, "relations": 0.61},
    "sealed37": {"people": 0.94, "person_org": 0.74, "orgs": 0.92, "org_kinds": 0.87,
                 "figures": 0.86, "events": 0.83, "relations": 0.47},
    "sealed38": {"people": 0.92, "person_org": 0.50, "orgs": 0.89, "org_kinds": 0.86,
                 "figures": 0.86, "events": 0.87, "relations": 0.34},
    "sealed39": {"people": 0.89, "person_org": 0.45, "orgs": 0.81, "org_kinds": 0.73,
                 "figures": 0.85, "events": 0.88, "relations": 0.32},
}
# Role accuracy (the right canonical role on a matched person-organisation pair), where it is asserted.
ROLE_ACCURACY = {
    "holdout": 0.97, "blind": 0.84, "final": 0.92, "last": 0.98, "extra": 0.93, "fresh": 0.97, "sealed": 0.94,
    "sealed2": 0.97, "sealed3": 0.94, "sealed4": 0.92, "sealed5": 0.94, "sealed6": 0.90, "sealed7": 0.97,
    "sealed8": 0.97, "sealed9": 0.97, "sealed10": 0.97, "sealed11": 0.97, "sealed12": 0.94, "sealed13": 0.91,
    "sealed14": 0.94, "sealed15": 0.89, "sealed16": 0.97, "sealed17": 0.89, "sealed18": 0.94, "sealed19": 0.94,
    "sealed20": 0.92, "sealed21": 0.97, "sealed22": 0.94, "sealed23": 0.87, "sealed24": 0.76, "sealed25": 0.89,
    "sealed26": 0.90, "sealed27": 0.97, "sealed28": 0.86, "sealed29": 0.94, "sealed30": 0.89, "sealed31": 0.80,
    "sealed32": 0.97, "sealed33": 0.93, "sealed34": 0.80, "sealed35": 0.85, "sealed36": 0.89, "sealed37": 0.86,
    "sealed38": 0.86, "sealed39": 0.70
}
# False finds that are page furniture, at most: none on most sets; the few left are written down here.
FURNITURE = {"sealed5": 1, "sealed17": 1, "sealed28": 1}


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
