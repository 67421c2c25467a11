"""Merging one person's names across articles, without merging relatives who share a surname."""

from __future__ import annotations

import pytest

from luxcli.resolve import cluster_names, same_person

SAME = [
    ("Cyrille Vigneron", "cyrille vigneron"),
    ("François-Marc Sastre", "Francois Marc Sastre"),
    ("Jean-Christophe Babin", "Jean Christophe Babin"),
    ("Claudia D’Arpizio", "Claudia D'Arpizio"),
    ("J. Babin", "Jean-Christophe Babin"),
    ("Maria Grazia Chiuri", "Maria Chiuri"),
    ("Cyrille Vigneron", "Cyrille Vignerron"),
    ("José Neves", "Jose Neves"),
]
DIFFERENT = [
    ("Patrizio Bertelli", "Lorenzo Bertelli"),
    ("Miuccia Prada", "Mario Prada"),
    ("Daniel Zhang", "Kingland Zhang"),
    ("Lili Chen", "Angel Chen"),
    ("Yang Yang", "Wei Yang"),
    ("Bernard Arnault", "Delphine Arnault"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_relatives_stay_apart(a: str, b: str) -> None:
    assert not same_person(a, b)


def test_cluster_names_uses_the_fullest_spelling() -> None:
    clusters = cluster_names(["Jean Christophe Babin", "Jean-Christophe Babin", "J. Babin", "Patrizio Bertelli",
                              "Lorenzo Bertelli"])
    assert clusters["J. Babin"] == clusters["Jean Christophe Babin"] == clusters["Jean-Christophe Babin"]
    assert clusters["Patrizio Bertelli"] != clusters["Lorenzo Bertelli"]
