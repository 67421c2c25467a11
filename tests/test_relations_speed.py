"""Relation rules left out of an article where their cues never occur (issue 6): only rules that read nothing else."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

from luxcli.extract import relations
from luxcli.extract.relations import _CUED, _NAMED_RULES, _UNNAMED_RULES
from luxcli.extract.relations.cues import _STRUCTURE, _cues


def _cues_read(node: ast.AST) -> set[str]:
    return {call.args[0].value for call in ast.walk(node) if isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute) and call.func.attr == "hits"
            and isinstance(call.args[0], ast.Constant)}


@pytest.mark.parametrize("rule", list(_CUED), ids=lambda rule: rule.__name__)
def test_a_left_out_rule_does_nothing_but_read_its_cues(rule) -> None:
    """Each statement of the rule is a plain assignment, or a loop (or an early return) over its cues' matches in
    the sentence: without a match, it adds nothing and changes nothing."""
    body = ast.parse(textwrap.dedent(inspect.getsource(rule))).body[0].body
    if isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    guarded = False
    gates: set[str] = set()  # the cues whose matches the rule's statements wait for
    for statement in body:
        if guarded:
            break  # after "if not hits: return" nothing runs without a match
        if isinstance(statement, ast.Assign | ast.AnnAssign) and not any(
                isinstance(n, ast.Call) and not (isinstance(n.func, ast.Attribute) and n.func.attr == "hits")
                for n in ast.walk(statement)):
            gates |= _cues_read(statement)
            continue
        if isinstance(statement, ast.For) and _cues_read(statement.iter):
            gates |= _cues_read(statement.iter)
            continue
        if isinstance(statement, ast.For) and isinstance(statement.iter, ast.Tuple) \
                and isinstance(statement.body[0], ast.For) and isinstance(statement.body[0].iter, ast.Call) \
                and statement.body[0].iter.func.attr == "hits":  # "for pattern in (...): for cue in out.hits(pattern"
            gates |= {c.value for c in ast.walk(statement.iter) if isinstance(c, ast.Constant)
                      and isinstance(c.value, str)}
            continue
        if isinstance(statement, ast.If) and isinstance(statement.body[0], ast.Return):
            guarded = True
            continue
        raise AssertionError(f"{rule.__name__} does more than read its cues: {ast.unparse(statement)[:80]}")
    assert gates and gates <= set(_CUED[rule]), (rule.__name__, gates)


def test_the_rules_run_in_their_order() -> None:
    assert set(_CUED) <= set(_NAMED_RULES)
    assert [rule for rule in _NAMED_RULES if rule in _UNNAMED_RULES] == list(_UNNAMED_RULES)


@pytest.mark.parametrize("lang", ["en", "fr", "it"])
def test_every_cue_a_left_out_rule_reads_is_searched_per_article(lang: str) -> None:
    choices = _cues(lang).choices
    assert all(name in choices or name in _STRUCTURE for names in _CUED.values() for name in names)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gucci, which belongs to Kering, is now sold on Tmall."),
    ("fr", "Gucci, qui appartient à Kering, est vendue sur Tmall."),
    ("it", "Gucci, che appartiene a Kering, è venduta su Tmall."),
])
def test_the_rules_whose_cues_occur_still_run(lang: str, text: str) -> None:
    from pathlib import Path

    from luxcli.extract.orgs import extract_orgs
    from luxcli.ingest import parse_article

    article = parse_article(text.encode(), path=Path("a.txt"), kind="txt")
    _, mentions = extract_orgs(article)
    found = {(r.subject, r.predicate, r.object) for r in relations.extract_relations(article, mentions, [])}
    assert article.language == lang
    assert found == {("Gucci", "owned_by", "Kering"), ("Gucci", "sells_on", "Tmall")}
