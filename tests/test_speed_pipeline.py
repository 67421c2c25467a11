"""Indexing speed-ups of round 8 (issue 6) that must leave every answer as the plain code gave it: rows built in
the worker processes, the writing batch's larger cache, the lower-case gate of patterns, language detection."""

from __future__ import annotations

import pickle
from collections import Counter
from contextlib import nullcontext
from pathlib import Path

import pytest
from test_store_batch import TEXTS, article, dump, facts

from luxcli import lexicon
from luxcli.ingest import _stopwords, _word_split, detect_language
from luxcli.patterns import _CASE_TRAPS, Lowered
from luxcli.store import BULK_CACHE_KIB, BULK_WAL_PAGES, KnowledgeBase, article_rows


@pytest.mark.parametrize("rewrite", [False, True])  # a file written again replaces its rows
def test_rows_built_apart_and_passed_between_processes_write_what_write_article_writes(
        tmp_path: Path, rewrite: bool) -> None:
    items = [(article(i), facts(i)) for i in range(len(TEXTS))]
    if rewrite:
        items += [(article(1, "Marie Dupont a quitté Hermès. Une autre phrase."), facts(2))]
    with KnowledgeBase.open(tmp_path / "direct.sqlite", write=True) as kb:
        for a, f in items:
            kb.write_article(a, f, size=1, mtime=1.0)
    with KnowledgeBase.open(tmp_path / "rows.sqlite", write=True) as kb, kb.batch() as checkpoint:
        for a, f in items:
            kb.write_rows(pickle.loads(pickle.dumps(article_rows(a, f))), size=1, mtime=1.0)  # as from a worker
            checkpoint()
    assert dump(tmp_path / "rows.sqlite") == dump(tmp_path / "direct.sqlite")


@pytest.mark.parametrize("fails", [False, True])
def test_a_batch_writes_with_a_larger_cache_and_gives_back_the_settings_it_found(tmp_path: Path, fails: bool) -> None:
    def settings(kb: KnowledgeBase) -> tuple[int, int]:
        return kb.scalar("PRAGMA cache_size"), kb.scalar("PRAGMA wal_autocheckpoint")

    with KnowledgeBase.open(tmp_path / "kb.sqlite", write=True) as kb:
        before = settings(kb)
        assert before != (-BULK_CACHE_KIB, BULK_WAL_PAGES)
        with pytest.raises(RuntimeError) if fails else nullcontext(), kb.batch() as checkpoint:
            assert settings(kb) == (-BULK_CACHE_KIB, BULK_WAL_PAGES)
            kb.write_article(article(0), facts(0), size=1, mtime=1.0)
            checkpoint()
            if fails:
                raise RuntimeError("stop")
        assert settings(kb) == before
        assert kb.article_count() == 1


@pytest.mark.parametrize("text", [
    "Plain ASCII text about Gucci and Tmall.",
    "Le groupe a nommé Hélène Martin à la tête de la maison.",
    "Il marchio è cresciuto più del previsto.",
    "A dotless ı in a name",
    "A long ſ in old print",
    "İstanbul store opens",
    "Straße, ÉTÉ and Ǆ letters",
    "",
])
def test_lowered_copy_is_none_exactly_when_lower_case_letters_do_not_line_up(text: str) -> None:
    lowered = text.lower()
    plain = None if len(lowered) != len(text) or any(t in text for t in _CASE_TRAPS) else lowered
    assert Lowered(text).text == plain


@pytest.mark.parametrize("text", [
    "The brand said that the sales of the group rose in the first half of the year, and that it would open more.",
    "La maison a indiqué que les ventes du groupe ont progressé de 8 % au premier semestre, et qu'elle ouvrira.",
    "Il gruppo ha detto che le vendite del marchio sono cresciute nel primo semestre e che aprirà altri negozi.",
    "The maison said les ventes of the group sont in hausse and that it will open.",
    "Gucci Tmall Prada Hermès",
    "",
])
def test_language_is_detected_from_the_same_stop_word_counts(text: str) -> None:
    def plain(text: str) -> str | None:
        tokens = _word_split(text[:20000])
        if len(tokens) < 8:
            return None
        counts = Counter(tokens)
        scores = {lang: sum(counts[w] for w in _stopwords(lang)) for lang in lexicon.languages()}
        best = max(scores, key=lambda k: scores[k])
        ranked = sorted(scores.values(), reverse=True)
        if scores[best] < 3 or scores[best] / len(tokens) < 0.08 or ranked[0] < 1.3 * ranked[1]:
            return None
        return best

    assert detect_language(text) == plain(text)
