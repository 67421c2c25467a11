"""Units: what a figure counts, as a lowercase English noun, or an ISO 4217 code.

(First version: canonicalises what a user types on the command line; the
figures extractor's per-language unit lexicon extends it.)
"""

from __future__ import annotations

CURRENCY_SYMBOLS = {"€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "¥": "CNY", "rmb": "CNY",
                    "yuan": "CNY", "euro": "EUR", "euros": "EUR", "dollars": "USD", "dollar": "USD",
                    "percent": "%", "per cent": "%", "pct": "%"}


def canonical_unit(text: str) -> str:
    t = text.strip()
    key = t.casefold()
    if key in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[key]
    if len(t) == 3 and t.isalpha() and t.isupper():
        return t
    if len(t) == 3 and t.isalpha() and key in {"eur", "usd", "cny", "gbp", "chf", "hkd", "jpy"}:
        return t.upper()
    return key
