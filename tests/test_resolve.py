"""Merging one person's names across articles, without merging relatives who share a surname."""

from __future__ import annotations

import pytest

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
