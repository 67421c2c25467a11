"""Merging the mentions of one person in an article (full name, surname alone, first name, speaker label or
initials) into one Person, and the person's roles into distinct positions."""

from __future__ import annotations

import re

from luxcli.extract.people_state import Found, PeopleState
from luxcli.model import Evidence, Person, Role
from luxcli.text import fold

_INITIALS = re.compile(r"^[A-ZÀ-Þ]{1,3}$")


class Merger(PeopleState):
    """Turns the name occurrences into one Person per person of the article."""

    def _merge(self) -> list[Person]:
        persons: dict[str, dict] = {}
        order: list[str] = []

        def person(key: str) -> dict:
            return persons[key]

        for f in self.found:
            if not f.full:
                continue
            key = fold(f.text)
            if key not in persons:
                persons[key] = {"name": f.text, "found": [], "aliases": set(), "confirmed": False,
                                "interviewee": False, "first": f}
                order.append(key)
            p = persons[key]
            p["found"].append(f)
            if f.cue:
                p["confirmed"] = True
            if f.span and f.span.honorific:
                p["aliases"].add(f"{f.span.honorific} {f.text}")
            p["interviewee"] = p["interviewee"] or f.interviewee
        for lab in self.labels:
            if lab.full and fold(lab.text) in persons:
                persons[fold(lab.text)]["confirmed"] = True
                persons[fold(lab.text)]["found"].append(lab)
        # single words: surname or first name of a person of the article
        recent_subject: list[tuple[int, str]] = []
        firsts_by_sentence: dict[int, str] = {}
        for f in self.found:
            if f.full:
                firsts_by_sentence.setdefault(f.sentence, fold(f.text))
        for f in self.found:
            if f.full:
                if firsts_by_sentence.get(f.sentence) == fold(f.text):
                    recent_subject.append((f.start, fold(f.text)))
                continue
            key = self._resolve_word(f.text, f.start, persons, order, recent_subject)
            if key is None:
                continue
            p = persons[key]
            p["found"].append(f)
            p["aliases"].add(f.text)
            if f.cue or f.roles:
                p["confirmed"] = True
        for lab in self.labels:
            if lab.full:
                continue
            key = None
            if _INITIALS.match(lab.text):
                key = self._resolve_initials(lab.text, persons, order)
            elif re.fullmatch(r"[^\W\d_][\w’'\-]*", lab.text):
                key = self._resolve_word(lab.text, lab.start, persons, order, recent_subject)
            if key:
                persons[key]["aliases"].add(lab.text)
                persons[key]["confirmed"] = True
                persons[key]["found"].append(lab)
        out = []
        for key in order:
            p = persons[key]
            roles = [r for f in p["found"] for r, _ in f.roles]
            if not (p["confirmed"] or roles):
                continue
            first: Found = p["first"]
            out.append(Person(
                name=p["name"],
                evidence=Evidence(first.sentence, first.start, first.end,
                                  next((f.cue for f in p["found"] if f.cue), "people.role")),
                aliases=tuple(sorted(a for a in p["aliases"] if fold(a) != key)),
                roles=_dedupe(roles, self.lex.helm_titles),
            ))
        return out

    def _resolve_word(self, word: str, pos: int, persons: dict[str, dict], order: list[str],
                      recent_subject: list[tuple[int, str]]) -> str | None:
        w = fold(word)
        matches = [k for k in order if w in (k.split()[0], k.split()[-1])]
        if len(matches) <= 1:
            return matches[0] if matches else None
        for start, key in reversed(recent_subject):
            if start < pos and key in matches:
                return key
        return None

    def _resolve_initials(self, label: str, persons: dict[str, dict], order: list[str]) -> str | None:
        lab = fold(label).replace(" ", "")

        def initials(key: str) -> str:
            return "".join(t[0] for t in key.split())

        matches = [k for k in order if persons[k]["confirmed"] and
                   (initials(k) == lab or (len(lab) == 1 and initials(k)[0] == lab))]
        interviewees = [k for k in matches if persons[k]["interviewee"]]
        if interviewees:
            return interviewees[0]
        return matches[0] if matches else None


def _dedupe(roles: list[Role], helm_titles: frozenset[str] = frozenset()) -> tuple[Role, ...]:
    titled = {fold(r.org or "") for r in roles if r.org and " ".join(fold(r.title).split()) not in helm_titles}
    # "at the helm of A" says no more than a real title at A
    roles = [r for r in roles if not (" ".join(fold(r.title).split()) in helm_titles and fold(r.org or "") in titled)]
    seen: dict[tuple[str, str, str], Role] = {}
    # a past position named outright says nothing of the present one ("ex director at B, now director")
    explicit = {(r.role, r.current) for r in roles if r.org and r.evidence.rule != "people.anaphor"}
    scoped = {(r.role, fold(r.org or "")) for r in roles if r.scope}
    for r in roles:
        if r.evidence.rule == "people.anaphor" and (r.role, r.current) in explicit:
            continue  # an organisation guessed from context yields to one the text names
        if not r.scope and (r.role, fold(r.org or "")) in scoped:
            continue  # the same position, read more precisely elsewhere
        key = (r.role, fold(r.org or ""), fold(r.scope or ""))
        if key not in seen:
            seen[key] = r
        elif not r.current and seen[key].current:
            seen[key] = Role(seen[key].title, r.role, r.org, seen[key].evidence, seen[key].scope, False)
    # a role with no organisation adds nothing when the same role is known with one
    with_org = {k[0] for k in seen if k[1]}
    # an untitled past position ("joined from B") adds nothing when a title at B is known
    titled = {k[1] for k, r in seen.items() if k[1] and k[0] != "other" and r.evidence.rule != "people.came_from"}
    return tuple(r for k, r in seen.items() if (k[1] or k[0] not in with_org)
                 and not (r.evidence.rule == "people.came_from" and k[1] in titled))
