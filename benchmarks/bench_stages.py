"""Where indexing time goes: each pipeline stage timed in one process, words/s per stage.

    python benchmarks/bench_stages.py /tmp/luxbench/corpus-1k
    python benchmarks/bench_stages.py /tmp/luxbench/corpus-1k --profile 25   # + cProfile, top 25 functions

Stages: read (bytes from disk), parse (decode, HTML/Markdown, furniture, language,
sentences), each extractor in `luxcli.extract` on its own, and the store write
(one transaction per article, as `luxcli index` does) into a temporary knowledge
base. Run it with the interpreter of the environment luxcli is installed in.
The extractors are called exactly as `extract_all` calls them, so a change of
signature there shows up here as an error, not as a wrong number.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from luxcli.extract import extract_all
from luxcli.extract.events import extract_events
from luxcli.extract.figures import extract_figures
from luxcli.extract.orgs import extract_orgs
from luxcli.extract.people import extract_people
from luxcli.extract.relations import extract_relations
from luxcli.extract.topics import tag_topics
from luxcli.ingest import SUFFIXES, discover, parse_article, read_bytes
from luxcli.model import Facts
from luxcli.store import KnowledgeBase


def stages(files: list[Path]) -> tuple[dict[str, float], int]:
    spent: dict[str, float] = defaultdict(float)
    words = 0
    clock = time.process_time  # CPU time: other work on a shared machine does not count
    with tempfile.TemporaryDirectory() as tmp, KnowledgeBase.open(Path(tmp) / "kb.sqlite", write=True) as kb, \
            kb.batch() as checkpoint:  # as `luxcli index` writes
        for path in files:
            t0 = clock()
            raw = read_bytes(path)
            t1 = clock()
            article = parse_article(raw, path=path, kind=SUFFIXES[path.suffix.lower()])
            t2 = clock()
            spent["read"] += t1 - t0
            spent["parse"] += t2 - t1
            words += article.words
            if not article.supported:
                facts = Facts()
            else:
                t = clock()
                entities, mentions = extract_orgs(article)
                spent["extract.orgs"] += clock() - t
                t = clock()
                people = extract_people(article, mentions)
                spent["extract.people"] += clock() - t
                t = clock()
                figures = extract_figures(article, mentions)
                spent["extract.figures"] += clock() - t
                t = clock()
                events = extract_events(article, mentions, people)
                spent["extract.events"] += clock() - t
                t = clock()
                relations = extract_relations(article, mentions, people)
                spent["extract.relations"] += clock() - t
                t = clock()
                topics = tag_topics(article)
                spent["extract.topics"] += clock() - t
                facts = Facts(entities=tuple(entities), people=tuple(people), figures=tuple(figures),
                              events=tuple(events), relations=tuple(relations), topics=topics)
            t = clock()
            kb.write_article(article, facts, size=len(raw), mtime=0.0)
            checkpoint()
            spent["store.write"] += clock() - t
    return dict(spent), words


def profile(files: list[Path], top: int) -> str:
    def work() -> None:
        for path in files:
            article = parse_article(read_bytes(path), path=path, kind=SUFFIXES[path.suffix.lower()])
            extract_all(article)

    prof = cProfile.Profile()
    prof.runcall(work)
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=1000, help="articles to use (default 1000)")
    parser.add_argument("--profile", type=int, default=0, metavar="TOP", help="also cProfile; print TOP functions")
    args = parser.parse_args()
    files = list(discover([args.corpus]).files)[: args.limit]
    # Warm-up: lexicons, compiled patterns and caches load once per worker, for each language it meets; leave that
    # out of the rates. (Each language's loading costs about 0.4 CPU-s: warming up with the first article alone left
    # the other languages' in the first thousand articles' rates, which a worker indexing thousands pays once.)
    warmed: set[str] = set()
    for path in files:
        article = parse_article(read_bytes(path), path=path, kind=SUFFIXES[path.suffix.lower()])
        if article.language not in warmed:
            warmed.add(article.language)
            extract_all(article)
        if warmed >= {"en", "fr", "it"}:
            break
    spent, words = stages(files)
    total = sum(spent.values())
    print(f"{len(files)} articles, {words} words, {total:.2f} CPU-seconds in one process: "
          f"{words / total:,.0f} words per CPU-second overall")
    print(f"{'stage':<20} {'seconds':>8} {'share':>6} {'words/s':>12}")
    for name, sec in sorted(spent.items(), key=lambda kv: -kv[1]):
        rate = f"{words / sec:,.0f}" if sec > 0 else "-"
        print(f"{name:<20} {sec:>8.2f} {sec / total:>6.1%} {rate:>12}")
    if args.profile:
        print(profile(files, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
