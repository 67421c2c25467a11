"""The closed vocabularies of facts: organisation kinds, relation predicates, canonical roles.

Kept apart from `model` (dataclasses) so that a query validating `--role` or
`--predicate` imports nothing else.
"""

ORG_KINDS = ("brand", "group", "platform")
FACT_KINDS = ("entity", "person", "role", "figure", "event", "relation")
PREDICATES = (
    "sells_on",
    "owned_by",
    "operates",
    "partners_with",
    "competes_with",
    "founded_in",
    "launched_on",
    "works_for",
)
CANONICAL_ROLES = (
    "ceo",
    "president",
    "chairman",
    "founder",
    "managing_director",
    "general_manager",
    "director",
    "marketing_director",
    "creative_director",
    "head",
    "vice_president",
    "manager",
    "officer",
    "designer",
    "assistant",
    "journalist",
    "analyst",
    "consultant",
    "artist",
    "ambassador",
    "other",
)
