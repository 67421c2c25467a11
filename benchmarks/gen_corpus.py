"""Write N synthetic trade-press articles (en, fr, it) for speed and scale benchmarks.

    python benchmarks/gen_corpus.py /tmp/luxbench/corpus-1k 1000
    python benchmarks/gen_corpus.py /tmp/luxbench/corpus-100k 100000 --words 500

Articles recombine sentence templates with procedurally invented people, brands,
cities, figures and dates, plus the page furniture real pages carry (breadcrumbs,
bylines, read times, share bars, cookie banners). About 80% are .txt, 10% .md and
10% .html. Brands are invented from syllables; a minority of mentions use a
well-known organisation read from luxcli's own lexicon (so that lexicon matching
and `people ORG` queries have work to do). Nothing is copied from any article.
Output is deterministic for a given --seed; files go 1,000 to a sub-folder.
Needs only the standard library (and the lexicon file, found next to this script).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tomllib
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "luxcli" / "lexicons" / "entities.toml"

# --- invented names ------------------------------------------------------------

FIRST = {
    "en": ["James", "Emily", "Daniel", "Sarah", "Michael", "Laura", "Thomas", "Rachel", "Peter", "Helen", "Oliver",
           "Grace", "Henry", "Alice", "David", "Claire", "Robert", "Anna", "Simon", "Kate"],
    "fr": ["Jean", "Claire", "Pierre", "Sophie", "Antoine", "Camille", "Nicolas", "Isabelle", "Louis", "Hélène",
           "François", "Élodie", "Mathieu", "Aurélie", "Olivier", "Céline", "Julien", "Margaux", "Rémi", "Inès"],
    "it": ["Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Giovanni", "Elena", "Matteo", "Sara",
           "Paolo", "Valentina", "Andrea", "Federica", "Stefano", "Silvia", "Riccardo", "Martina", "Davide", "Laura"],
}
SUR_HEAD = ["Bel", "Mar", "Ros", "Fon", "Dal", "Ver", "Cor", "Lan", "Mor", "Sal", "Bren", "Cal", "Del", "Gar", "Lor",
            "Mon", "Par", "Tor", "Val", "Wen", "Har", "Kel", "Nor", "Rav", "Sten"]
SUR_MID = ["", "an", "er", "in", "ol", "ar", "et", "ov", "ell", "ab", "ic"]
SUR_TAIL = {
    "en": ["ton", "field", "worth", "ley", "man", "by", "wood", "ford", "son", "ridge"],
    "fr": ["ier", "eau", "ard", "ot", "in", "ac", "oux", "elle", "and", "ais"],
    "it": ["ini", "etti", "elli", "oni", "ucci", "ari", "ato", "esi", "otto", "ano"],
}
BRAND_HEAD = ["Vel", "Aur", "Sol", "Mir", "Cas", "Lum", "Nov", "Ser", "Bel", "Or", "Val", "Cel", "Eton", "Lys", "Mar",
              "Ros", "Ital", "Fior", "Brio", "Ast"]
BRAND_TAIL = ["ane", "elle", "ora", "ique", "ano", "etti", "ière", "ard", "ovi", "esse", "ini", "aux", "ola", "ens"]
CITIES = {
    "en": ["London", "New York", "Shanghai", "Tokyo", "Dubai", "Singapore", "Hong Kong", "Seoul", "Los Angeles"],
    "fr": ["Paris", "Genève", "Lyon", "Shanghai", "Tokyo", "Dubaï", "Pékin", "Monaco", "Hong Kong"],
    "it": ["Milano", "Roma", "Firenze", "Shanghai", "Tokyo", "Dubai", "Pechino", "Venezia", "Hong Kong"],
}
PRODUCTS = {
    "en": ["handbags", "watches", "fine jewellery", "leather goods", "fragrances", "ready-to-wear", "sneakers"],
    "fr": ["sacs", "montres", "bijoux", "maroquinerie", "parfums", "prêt-à-porter", "baskets"],
    "it": ["borse", "orologi", "gioielli", "pelletteria", "profumi", "prêt-à-porter", "sneaker"],
}
ROLES = {
    "en": ["chief executive", "CEO", "creative director", "president", "managing director", "marketing director",
           "chairman", "head of digital", "general manager", "founder"],
    "fr": ["directeur général", "PDG", "directrice artistique", "président", "directeur marketing",
           "directrice de la communication", "fondateur", "responsable du digital", "directeur commercial"],
    "it": ["amministratore delegato", "direttore creativo", "presidente", "direttore marketing", "fondatore",
           "direttrice della comunicazione", "responsabile digitale", "direttore generale"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
}

# --- sentence templates ----------------------------------------------------------
# Slots: {p} person, {r} role, {b} brand, {b2} another brand, {g} group, {pl} platform, {c} city,
# {prod} products, {m} money, {pct} percentage, {n} count, {d} full date, {y} year, {mo} month-year.

FACTS = {
    "en": [
        "{b} has appointed {p} as its new {r}, effective {d}.",
        "{p}, {r} of {b}, said the brand would open {n} new boutiques in {c} by {y}.",
        "Sales at {b} rose {pct} to {m} in {y}, according to the company.",
        "{g}, which owns {b}, reported revenue of {m} for the first half of {y}.",
        "In {mo}, {b} opened a flagship store on {pl}, where more than {n} shoppers visited it in the first week.",
        "The live stream hosted by {b} drew {n} viewers, {p} told reporters in {c}.",
        "{b2} was acquired by {g} in {y} for about {m}.",
        "According to {p}, {r} at {g}, online channels now account for {pct} of sales.",
        "{b} employs {n} artisans in its workshops near {c}.",
        "Former {b2} executive {p} joined {b} as {r} on {d}.",
        "{b} and {b2} both sell their {prod} on {pl}, which counts {n} active buyers.",
        "Operating margin at {g} slipped to {pct} in {y}, down from {pct2} a year earlier.",
    ],
    "fr": [
        "{b} a nommé {p} au poste de {r}, à compter du {d}.",
        "{p}, {r} de {b}, a annoncé l'ouverture de {n} nouvelles boutiques à {c} d'ici {y}.",
        "Les ventes de {b} ont progressé de {pct} pour atteindre {m} en {y}.",
        "Le groupe {g}, propriétaire de {b}, a publié un chiffre d'affaires de {m} au premier semestre {y}.",
        "En {mo}, {b} a ouvert une boutique sur {pl}, visitée par plus de {n} clients la première semaine.",
        "Le défilé diffusé en direct par {b} a réuni {n} spectateurs, selon {p}.",
        "{b2} a été racheté par {g} en {y} pour environ {m}.",
        "Selon {p}, {r} chez {g}, le commerce en ligne représente désormais {pct} des ventes.",
        "{b} emploie {n} artisans dans ses ateliers près de {c}.",
        "Ancien cadre de {b2}, {p} a rejoint {b} comme {r} le {d}.",
        "{b} et {b2} vendent leurs {prod} sur {pl}, qui revendique {n} acheteurs actifs.",
        "La marge opérationnelle de {g} est tombée à {pct} en {y}, contre {pct2} un an plus tôt.",
    ],
    "it": [
        "{b} ha nominato {p} nuovo {r}, con decorrenza dal {d}.",
        "{p}, {r} di {b}, ha annunciato l'apertura di {n} nuove boutique a {c} entro il {y}.",
        "Le vendite di {b} sono cresciute del {pct} a {m} nel {y}.",
        "Il gruppo {g}, che controlla {b}, ha registrato ricavi per {m} nel primo semestre {y}.",
        "A {mo} {b} ha aperto un flagship su {pl}, visitato da oltre {n} clienti nella prima settimana.",
        "La sfilata trasmessa in diretta da {b} ha raccolto {n} spettatori, secondo {p}.",
        "{b2} è stata acquisita da {g} nel {y} per circa {m}.",
        "Secondo {p}, {r} di {g}, l'e-commerce vale ormai il {pct} delle vendite.",
        "{b} impiega {n} artigiani nei suoi laboratori vicino a {c}.",
        "Già dirigente di {b2}, {p} è entrato in {b} come {r} il {d}.",
        "{b} e {b2} vendono i loro {prod} su {pl}, che conta {n} acquirenti attivi.",
        "Il margine operativo di {g} è sceso al {pct} nel {y}, dal {pct2} dell'anno precedente.",
    ],
}
FILLER = {
    "en": [
        "Analysts expect demand for {prod} to stay resilient despite a slower economy.",
        "The company did not comment on its plans for the coming season.",
        "Younger customers increasingly discover {prod} through social media before visiting a store.",
        "The move follows a broader shift of luxury spending towards experiences and services.",
        "Competition among heritage houses for prime retail space in {c} remains intense.",
        "Several executives described the quarter as a return to normal after two difficult years.",
        "Industry observers note that pricing power has become the main driver of growth.",
        "The collection, shown last week, mixes archival motifs with contemporary materials.",
        "Investors will watch closely whether the momentum carries into the holiday period.",
        "Local partners handle logistics, customer service and after-sales repairs.",
    ],
    "fr": [
        "Les analystes s'attendent à ce que la demande de {prod} reste solide malgré le ralentissement.",
        "L'entreprise n'a pas souhaité commenter ses projets pour la saison prochaine.",
        "Les jeunes clients découvrent de plus en plus les {prod} sur les réseaux sociaux.",
        "Ce choix s'inscrit dans un mouvement plus large du luxe vers l'expérience et le service.",
        "La concurrence entre maisons historiques pour les meilleurs emplacements de {c} reste vive.",
        "Plusieurs dirigeants décrivent le trimestre comme un retour à la normale.",
        "Les observateurs notent que le pouvoir de fixation des prix est devenu le principal moteur.",
        "La collection, présentée la semaine dernière, mêle motifs d'archives et matières nouvelles.",
        "Les investisseurs surveilleront si la dynamique se prolonge pendant les fêtes.",
        "Des partenaires locaux assurent la logistique, le service client et les réparations.",
    ],
    "it": [
        "Gli analisti si aspettano che la domanda di {prod} resti solida nonostante il rallentamento.",
        "L'azienda non ha commentato i progetti per la prossima stagione.",
        "I clienti più giovani scoprono sempre più spesso {prod} attraverso i social network.",
        "La scelta segue uno spostamento più ampio del lusso verso esperienze e servizi.",
        "La concorrenza tra le maison storiche per le vie più prestigiose di {c} resta forte.",
        "Diversi dirigenti hanno descritto il trimestre come un ritorno alla normalità.",
        "Gli osservatori notano che la capacità di fissare i prezzi è diventata il motore principale.",
        "La collezione, presentata la settimana scorsa, unisce motivi d'archivio e materiali nuovi.",
        "Gli investitori osserveranno se lo slancio continuerà durante le feste.",
        "Partner locali si occupano di logistica, assistenza clienti e riparazioni.",
    ],
}
TITLES = {
    "en": ["{b} bets on {pl} as {g} reshapes its strategy", "Inside {b}'s push into {c}",
           "Why {prod} keep selling at {b}", "{p} takes the helm at {b}"],
    "fr": ["{b} mise sur {pl} pour séduire la Chine", "Comment {b} se renforce à {c}",
           "{p} prend la direction de {b}", "Le pari numérique de {g}"],
    "it": ["{b} punta su {pl} per crescere in Cina", "Come {b} rafforza la presenza a {c}",
           "{p} alla guida di {b}", "La scommessa digitale di {g}"],
}
BREADCRUMB = {"en": "Home › Business › {sec}", "fr": "Accueil › Business › {sec}", "it": "Home » Moda » {sec}"}
SECTIONS = {"en": ["Retail", "Digital", "Watches"], "fr": ["Distribution", "Numérique", "Horlogerie"],
            "it": ["Retail", "Digitale", "Orologi"]}
BYLINE = {
    "en": ["By {p} | {d} | {k} min read", "{d} · {k} min read", "Published {d}"],
    "fr": ["Publié le {d} | Temps de lecture {k} minutes", "Par la rédaction | {d}", "Mis à jour le {d}"],
    "it": ["di Redazione | {d} | Tempo di lettura: {k} min", "Pubblicato il {d}", "{d} · lettura {k} minuti"],
}
FURNITURE_TAIL = {
    "en": ["Share on Facebook | Twitter | LinkedIn", "We use cookies to improve your experience. Accept all | Settings",
           "Subscribe to our newsletter", "Related articles"],
    "fr": ["Partager | Imprimer | Envoyer", "Nous utilisons des cookies. Tout accepter | Paramétrer",
           "Abonnez-vous à la newsletter", "À lire aussi"],
    "it": ["Condividi | Stampa", "Questo sito utilizza cookie. Accetta | Impostazioni", "Iscriviti alla newsletter",
           "Leggi anche"],
}


class Maker:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        known = tomllib.loads(LEXICON.read_text("utf-8")).get("org", []) if LEXICON.exists() else []
        self.known = {k: [o["name"] for o in known if o.get("kind") == k] for k in ("brand", "group", "platform")}
        self.brands = self._invent_brands(400)
        self.groups = [f"{b} Group" for b in self._invent_brands(40)]
        self.platforms = [f"{b}Mall" for b in self._invent_brands(15)]

    def _invent_brands(self, n: int) -> list[str]:
        out: set[str] = set()
        while len(out) < n:
            name = self.rng.choice(BRAND_HEAD) + self.rng.choice(BRAND_TAIL)
            if self.rng.random() < 0.25:
                name += " " + self.rng.choice(["Paris", "Milano", "& Co", "Maison", "1898"])
            out.add(name)
        return sorted(out)

    def org(self, kind: str, pool: list[str]) -> str:
        # a third of mentions name a well-known organisation, the rest invented ones
        if self.known[kind] and self.rng.random() < 0.33:
            return self.rng.choice(self.known[kind])
        return self.rng.choice(pool)

    def person(self, lang: str) -> str:
        r = self.rng
        surname = r.choice(SUR_HEAD) + r.choice(SUR_MID) + r.choice(SUR_TAIL[lang])
        return f"{r.choice(FIRST[lang])} {surname}"

    def money(self, lang: str) -> str:
        r = self.rng
        whole, dec = r.randint(1, 999), r.randint(1, 9)
        big = r.random() < 0.3
        if lang == "en":
            sym = r.choice(["$", "€", "£"])
            return f"{sym}{whole / 100 if big else whole:.{1 if big else 0}f} {'billion' if big else 'million'}"
        cur = r.choice(["euros", "dollars"]) if lang == "fr" else r.choice(["euro", "dollari"])
        if lang == "fr":
            return f"{whole // 100 + 1},{dec} milliards de {cur}" if big else f"{whole} millions de {cur}"
        return f"{whole // 100 + 1},{dec} miliardi di {cur}" if big else f"{whole} milioni di {cur}"

    def pct(self, lang: str) -> str:
        v = self.rng.randint(1, 60)
        if self.rng.random() < 0.3:
            d = self.rng.randint(1, 9)
            return f"{v}.{d}%" if lang == "en" else f"{v},{d} %"
        return f"{v}%" if lang == "en" else f"{v} %"

    def count(self, lang: str) -> str:
        v = self.rng.choice([self.rng.randint(2, 999), self.rng.randint(1000, 99999)])
        if v < 1000:
            return str(v)
        sep = {"en": ",", "fr": "\u202f", "it": "."}[lang]
        return f"{v // 1000}{sep}{v % 1000:03d}"

    def date(self, lang: str) -> tuple[str, str, str]:
        r = self.rng
        y, m, d = r.randint(2012, 2025), r.randint(0, 11), r.randint(1, 28)
        month = MONTHS[lang][m]
        full = f"{month} {d}, {y}" if lang == "en" and r.random() < 0.5 else f"{d} {month} {y}"
        return full, f"{month} {y}", str(y)

    def slots(self, lang: str, cast: list[str], brand: str) -> dict[str, str]:
        r = self.rng
        full, month_year, year = self.date(lang)
        return {
            "p": r.choice(cast), "r": r.choice(ROLES[lang]), "b": brand if r.random() < 0.6 else self.org(
                "brand", self.brands), "b2": self.org("brand", self.brands), "g": self.org("group", self.groups),
            "pl": self.org("platform", self.platforms), "c": r.choice(CITIES[lang]), "prod": r.choice(PRODUCTS[lang]),
            "m": self.money(lang), "pct": self.pct(lang), "pct2": self.pct(lang), "n": self.count(lang), "d": full,
            "mo": month_year, "y": year,
        }

    def article(self, lang: str, words: int) -> tuple[str, list[str], list[str], list[str]]:
        """(title, furniture head lines, paragraphs, furniture tail lines)."""
        r = self.rng
        cast = [self.person(lang) for _ in range(r.randint(2, 5))]
        brand = self.org("brand", self.brands)
        title = r.choice(TITLES[lang]).format(**self.slots(lang, cast, brand))
        head = [BREADCRUMB[lang].format(sec=r.choice(SECTIONS[lang])),
                r.choice(BYLINE[lang]).format(p=self.person(lang), d=self.date(lang)[0], k=r.randint(2, 9))]
        paragraphs: list[str] = []
        count = 0
        while count < words:
            sentences = []
            for _ in range(r.randint(2, 5)):
                pool = FACTS[lang] if r.random() < 0.45 else FILLER[lang]
                s = r.choice(pool).format(**self.slots(lang, cast, brand))
                sentences.append(s)
                count += s.count(" ") + 1
            paragraphs.append(" ".join(sentences))
        tail = r.sample(FURNITURE_TAIL[lang], k=r.randint(1, 3))
        return title, head, paragraphs, tail


def render(kind: str, lang: str, title: str, head: list[str], paragraphs: list[str], tail: list[str]) -> str:
    if kind == "html":
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
        return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>\n'
                f'<body><nav class="breadcrumb">{head[0]}</nav>\n<article><h1>{title}</h1>\n'
                f'<div class="byline">{head[1]}</div>\n{body}</article>\n'
                f'<aside class="share">{tail[0]}</aside><footer>{" ".join(tail[1:])}</footer></body></html>\n')
    if kind == "md":
        return f"# {title}\n\n*{head[1]}*\n\n" + "\n\n".join(paragraphs) + "\n\n---\n" + "\n".join(tail) + "\n"
    return title + "\n" + "\n".join(head) + "\n\n" + "\n\n".join(paragraphs) + "\n\n" + "\n".join(tail) + "\n"


def generate(out: Path, n: int, *, words: int = 500, seed: int = 1) -> tuple[int, int]:
    """Write n articles under out/; return (files, bytes)."""
    maker = Maker(seed)
    rng = random.Random(seed + 1)
    total = 0
    for i in range(n):
        lang = rng.choices(["en", "fr", "it"], weights=[5, 3, 2])[0]
        kind = rng.choices(["txt", "md", "html"], weights=[8, 1, 1])[0]
        title, head, paragraphs, tail = maker.article(lang, words)
        folder = out / f"{i // 1000:03d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = render(kind, lang, title, head, paragraphs, tail).encode("utf-8")
        (folder / f"{i:06d}_{lang}.{kind}").write_bytes(data)
        total += len(data)
    return n, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="output folder (created; should be empty)")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--words", type=int, default=500, help="approximate words per article (default 500)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out}: not empty; choose a new folder", file=sys.stderr)
        return 2
    started = time.perf_counter()
    files, size = generate(args.out, args.n, words=args.words, seed=args.seed)
    print(f"wrote {files} articles, {size / 1e6:.1f} MB to {args.out} in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
