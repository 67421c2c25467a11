"""Merging one person's names across articles, without merging relatives who share a surname."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from luxcli import resolve
from luxcli.resolve import cluster_names, same_person

SAME = [
    ("Aurélien Castagne", "aurelien castagne"),
    ("Jean-Loup Ferrat", "Jean Loup Ferrat"),
    ("Marie-Hélène Varin", "Marie Helene Varin"),
    ("Chiara D’Ambrosi", "Chiara D'Ambrosi"),
    ("M. Varin", "Marie-Hélène Varin"),
    ("Anna Maria Foschi", "Anna Foschi"),
    ("Aurélien Castagne", "Aurélien Castagnne"),
    ("José Toledo", "Jose Toledo"),
]
DIFFERENT = [
    ("Piero Bassani", "Lorenzo Bassani"),
    ("Carla Gucci", "Mario Gucci"),
    ("Daniel Zhao", "Kingsley Zhao"),
    ("Lili Chen", "Angel Chen"),
    ("Yang Yang", "Wei Yang"),
    ("Hugo Delmas", "Claire Delmas"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_relatives_stay_apart(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_cluster_names_uses_the_fullest_spelling() -> None:
    clusters = cluster_names(["Marie Helene Varin", "Marie-Hélène Varin", "M. Varin", "Piero Bassani",
                              "Lorenzo Bassani"])
    assert clusters["M. Varin"] == clusters["Marie Helene Varin"] == clusters["Marie-Hélène Varin"]
    assert clusters["Piero Bassani"] != clusters["Lorenzo Bassani"]


def _cluster_by_scanning_every_head(names: list[str]) -> dict[str, str]:
    """The definition `cluster_names` must keep: each name goes to the first earlier head that is the same person."""
    heads: list[str] = []
    out: dict[str, str] = {}
    for name in sorted(set(names), key=lambda n: (-len(n.split()), -len(n), n)):
        head = next((h for h in heads if same_person(h, name)), None)
        if head is None:
            heads.append(name)
            head = name
        out[name] = head
    return out


# Few, close spellings, so that respellings, initials and shared surnames collide often.
_FIRST = ["Marie", "Mari", "M.", "Ana", "Anna", "A", "Jean-Loup", "Jean", "Hélène", "Helene", "Lucas", "Luca"]
_LAST = ["Varin", "Varinn", "Rossi", "Rosi", "Rossini", "D'Ambrosi", "D’Ambrosi", "Chen", "Chan", "Ferrat"]
_name = st.one_of(
    st.sampled_from(_LAST),
    st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST)).map(" ".join),
    st.tuples(st.sampled_from(_FIRST), st.sampled_from(_FIRST), st.sampled_from(_LAST)).map(" ".join),
    st.tuples(st.sampled_from(_FIRST), st.sampled_from(_LAST), st.integers(0, 40)).map(lambda t: "{} {}{}".format(*t)),
)


@pytest.mark.parametrize("crowded", [1, 16])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(_name, min_size=30, max_size=200))
def test_cluster_names_answers_as_a_scan_of_every_head(names: list[str], crowded: int, monkeypatch) -> None:
    # crowded=1 sends every lookup through rapidfuzz's batch scoring, 16 mostly through same_person.
    monkeypatch.setattr(resolve, "_CROWDED", crowded)
    assert cluster_names(names) == _cluster_by_scanning_every_head(names)
