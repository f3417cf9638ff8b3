"""Benchmark: `trade-measures run` end to end against a bare spaCy tokenizer, on the same texts.

    python bench/bench.py                    # 5,000 synthetic articles (about 2.5M words)
    python bench/bench.py --articles 1000    # a quicker look
    python bench/bench.py --corpus DIR       # your own news folder

In one run, on one corpus (built by `bench/synth.py` in a temporary folder unless --corpus):

1. a bare `spacy.blank("en")` tokenizer pass over the article texts: the ceiling for any
   spaCy pipeline;
2. `python -m pipeline run CORPUS -o OUT --workers 1 --no-cache -q` in a subprocess: words/s,
   articles/s, the ratio to the tokenizer, time per stage, peak RSS;
3. the same with `--workers 2`;
4. the single-process run again on a smaller corpus (--small articles): peak RSS at two sizes;
5. reconciliation of --mentions synthetic mentions in the shape of mentions.jsonl (a few
   thousand measure identities, random dates, actions and articles), in a subprocess.

Prints a table against the targets and writes bench/results/latest.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import synth  # noqa: E402

TARGETS = {"ratio": 0.40, "speedup": 1.7, "reconcile_seconds": 60.0}


def verdict(met: bool) -> str:
    return "MET" if met else "NOT MET"

# Runs the CLI exactly as `python -m pipeline run ...` does, and writes its RunSummary as JSON.
CHILD_RUN = r"""
import dataclasses, json, sys
from pipeline import cli, runner
summaries, real = [], runner.run
def recording(*args, **kwargs):
    summaries.append(real(*args, **kwargs))
    return summaries[-1]
runner.run = recording  # cmd_run imports run from pipeline.runner when it is called
code = cli.main(sys.argv[2:])
summary = dataclasses.asdict(summaries[0]) if summaries else {}
summary.pop("rejected", None)
json.dump(summary, open(sys.argv[1], "w"))
sys.exit(code)
"""


def run_child(args: list[str], summary_path: Path) -> dict:
    """A subprocess: its wall time, exit code, peak RSS (it and its waited-for children), summary."""
    # one hash seed for every child: the --workers 1 and --workers N outputs are compared byte
    # for byte, and a difference should be the workers' doing, not set iteration order
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], cwd=REPO, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"benchmark child failed with exit status {proc.returncode}: {args}")
    summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    return {"wall_seconds": wall, "exit": proc.returncode, "peak_rss_mb_tree": usage.ru_maxrss / 1024,
            "summary": summary}


def end_to_end(corpus: Path, out: Path, workers: int) -> dict:
    summary_path = out.with_suffix(".summary.json")
    result = run_child(["-c", CHILD_RUN, str(summary_path), "run", str(corpus), "-o", str(out),
                        "--workers", str(workers), "--no-cache", "-q"], summary_path)
    return result


def tokenizer_pass(texts: list[str]) -> dict:
    import spacy

    nlp = spacy.blank("en")
    start = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    warm = time.perf_counter() - start
    return {"seconds": cold, "warm_seconds": warm}


# --------------------------------------------------------------------------- 1M mentions

ACTIONS = ["impose", "impose", "impose", "suspend", "lift", "extend", "raise", "reduce", "postpone", "tighten"]
TYPES = ["export_ban", "export_control", "export_duty", "import_tariff", "import_ban", "quota", "entity_listing"]


def synthetic_mentions(n: int, identities: int, seed: int = 11) -> tuple[list[dict], dict, dict]:
    """`n` mention dicts shaped like mentions.jsonl lines, spread over `identities` measures
    (skewed: a few measures are reported very often), 4 mentions per article, 10% of the
    articles near-duplicates of another; with duplicate_of and published maps."""
    rng = random.Random(seed)
    vocab = synth.load_vocabulary(REPO / "patterns")
    codes = [c[0] for c in vocab.countries]
    ids = []
    for _ in range(identities):
        products = sorted(rng.sample(vocab.products, rng.choice([1, 1, 2, 3])))
        targets = [rng.choice(codes)] if rng.random() < 0.5 else []
        ids.append((rng.choice(codes[:60]), rng.choice(TYPES), products, targets,
                    date(2018, 1, 1) + timedelta(rng.randrange(2500))))
    weights = [1 / (i + 1) ** 0.5 for i in range(identities)]
    picks = rng.choices(range(identities), weights, k=n)
    articles = max(1, n // 4)
    published = {f"a{i}": (date(2018, 1, 1) + timedelta(i % 2900)).isoformat() for i in range(articles)}
    duplicate_of = {f"a{i}": f"a{rng.randrange(i)}" for i in range(1, articles) if rng.random() < 0.1}
    mentions = []
    for k, which in enumerate(picks):
        imposer, mtype, products, targets, base = ids[which]
        action = rng.choice(ACTIONS)
        when = base + timedelta(rng.randrange(0, 400) if action != "impose" else rng.randrange(-5, 5))
        value = when.isoformat() if rng.random() < 0.8 else when.isoformat()[:7]
        how = rng.choice(["absolute", "absolute", "relative", "inferred"])
        article = f"a{k // 4}"
        dates = [{"role": "announced", "text": when.strftime("%B %d"), "value": value,
                  "precision": "day" if len(value) > 7 else "month", "how": how,
                  "anchor": published[article] if how == "relative" else None, "start": 10, "end": 20}]
        effective = None
        if rng.random() < 0.4:
            effective = (when + timedelta(rng.choice([0, 1, 7, 30]))).isoformat()
            dates.append({"role": "effective", "text": effective, "value": effective, "precision": "day",
                          "how": "absolute", "anchor": None, "start": 30, "end": 40})
        rate = None
        if mtype in ("import_tariff", "export_duty") and rng.random() < 0.5:
            rate = {"value": rng.choice([10.0, 25.0, 50.0]), "unit": "percent", "kind": "level", "previous": None,
                    "text": "25%", "start": 50, "end": 53}
        mentions.append({
            "id": f"{article}#{k % 4 + 1}", "article": article, "sentence": "A sentence about the measure.",
            "start": 0, "end": 120, "imposer": imposer, "agency": None, "targets": list(targets), "type": mtype,
            "action": action, "products": list(products), "hs_codes": [], "announced": value, "effective": effective,
            "expires": None, "duration": None, "rate": rate, "dates": dates, "confidence": 0.8,
            "direction": "liberalising" if action in ("suspend", "lift", "reduce", "postpone") else "restrictive",
            "evidence": [{"field": "type", "value": mtype, "start": 0, "end": 10, "sentence_start": 0,
                          "sentence_end": 120}],
            "sentences": [[0, 120]]})
    return mentions, duplicate_of, published


def reconcile_child(n: int, identities: int, out: Path, profile: bool) -> None:
    from pipeline.reconcile import reconcile

    start = time.perf_counter()
    mentions, duplicate_of, published = synthetic_mentions(n, identities)
    generated = time.perf_counter() - start
    start = time.perf_counter()
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        measures = profiler.runcall(reconcile, mentions, duplicate_of, published)
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime")
        hot = [(f"{Path(f[0]).name}:{f[1]}({f[2]})", round(v[2], 2), round(v[3], 2))
               for f, v in sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:12]]
    else:
        measures, hot = reconcile(mentions, duplicate_of, published), []
    seconds = time.perf_counter() - start
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.write_text(json.dumps({"mentions": n, "identities": identities, "measures": len(measures),
                               "generate_seconds": generated, "seconds": seconds, "profiled": profile,
                               "hot_spots": hot, "peak_rss_mb": rss}))


# --------------------------------------------------------------------------- report

def rate(words: int, articles: int, seconds: float) -> dict:
    return {"seconds": round(seconds, 2), "words_per_s": round(words / seconds),
            "articles_per_s": round(articles / seconds, 1)}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark trade-measures against a bare spaCy tokenizer.")
    parser.add_argument("--articles", type=int, default=5000, help="synthetic articles (default: 5000)")
    parser.add_argument("--small", type=int, default=None, help="articles of the second corpus for the RSS "
                        "comparison (default: a fifth of --articles)")
    parser.add_argument("--corpus", type=Path, default=None, help="benchmark this folder instead of a synthetic one")
    parser.add_argument("--mentions", type=int, default=1_000_000, help="synthetic mentions to reconcile (default: 1M)")
    parser.add_argument("--identities", type=int, default=4000, help="distinct measures among them (default: 4000)")
    parser.add_argument("--workers", type=int, default=2, help="workers of the parallel run (default: 2)")
    parser.add_argument("--profile", action="store_true", help="profile the reconciliation (slower) and list hot spots")
    parser.add_argument("--skip", nargs="*", default=[], choices=["parallel", "small", "reconcile"],
                        help="parts to leave out")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json", help="where to write the figures")
    parser.add_argument("--reconcile-child", nargs=2, metavar=("N", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.reconcile_child:
        reconcile_child(int(args.reconcile_child[0]), args.identities, Path(args.reconcile_child[1]), args.profile)
        return 0

    results: dict = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                 "platform": platform.platform()}, "command": " ".join(["python", *sys.argv])}
    with tempfile.TemporaryDirectory(prefix="trade-measures-bench-") as tmp:
        tmp = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            corpus = tmp / "corpus"
            start = time.perf_counter()
            synth.build(corpus, args.articles, REPO / "patterns")
            print(f"built {args.articles} synthetic articles in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        texts = synth.article_texts(corpus)
        words, articles = sum(len(t.split()) for t in texts), len(texts)
        results["corpus"] = {"path": str(args.corpus or "synthetic"), "articles": articles, "words": words}

        tok = tokenizer_pass(texts)
        results["tokenizer"] = {**rate(words, articles, tok["seconds"]), "warm_seconds": round(tok["warm_seconds"], 2)}
        print(f"tokenizer: {results['tokenizer']}", file=sys.stderr)

        single = end_to_end(corpus, tmp / "out-1", 1)
        results["single"] = summarize(single, words, articles, tok["seconds"])
        print(f"workers 1: {results['single']['wall']}", file=sys.stderr)

        if "parallel" not in args.skip:
            parallel = end_to_end(corpus, tmp / f"out-{args.workers}", args.workers)
            results["parallel"] = summarize(parallel, words, articles, tok["seconds"])
            results["parallel"]["workers"] = args.workers
            results["parallel"]["speedup"] = round(single["wall_seconds"] / parallel["wall_seconds"], 2)
            results["parallel"]["speedup_run"] = round(single["summary"]["seconds"] / parallel["summary"]["seconds"], 2)
            results["parallel"]["speedup_articles"] = round(results["single"]["phases"]["articles"]
                                                            / results["parallel"]["phases"]["articles"], 2)
            results["parallel"]["identical"] = all(
                (tmp / "out-1" / n).read_bytes() == (tmp / f"out-{args.workers}" / n).read_bytes()
                for n in ("articles.jsonl", "mentions.jsonl", "measures.jsonl", "errors.jsonl"))
            print(f"workers {args.workers}: {results['parallel']['wall']}, speedup {results['parallel']['speedup']}",
                  file=sys.stderr)

        if "small" not in args.skip and args.corpus is None:
            n_small = args.small or max(1, args.articles // 5)
            synth.build(tmp / "small", n_small, REPO / "patterns")
            small_texts = synth.article_texts(tmp / "small")
            small = end_to_end(tmp / "small", tmp / "out-small", 1)
            results["small"] = summarize(small, sum(len(t.split()) for t in small_texts), len(small_texts), None)

        if "reconcile" not in args.skip:
            out = tmp / "reconcile.json"
            child = ["bench/bench.py", "--identities", str(args.identities), "--reconcile-child", str(args.mentions),
                     str(out)] + (["--profile"] if args.profile else [])
            run_child(child, out)
            results["reconcile"] = json.loads(out.read_text())
            print(f"reconcile: {results['reconcile']['seconds']:.1f} s", file=sys.stderr)

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"\nfigures written to {args.out}")
    return 0


def summarize(child: dict, words: int, articles: int, tokenizer_seconds) -> dict:
    s = child["summary"]
    out = {"wall": rate(words, articles, child["wall_seconds"]), "run": rate(words, articles, s["seconds"]),
           "stage_seconds": {k: round(v, 2) for k, v in s["stage_seconds"].items()},
           "peak_rss_mb": s["peak_rss_mb"], "peak_rss_mb_tree": round(child["peak_rss_mb_tree"], 1),
           "articles_out": s["articles"], "mentions": s["mentions"], "measures": s["measures"],
           "startup_seconds": round(child["wall_seconds"] - s["seconds"], 2), "corpus_articles": articles,
           "corpus_words": words,
           # the per-input phase, and what follows it (near-duplicates, reconciliation, exports, reports)
           "phases": {"articles": round(s["stage_seconds"]["articles"], 2),
                      "after": round(s["seconds"] - s["stage_seconds"]["articles"], 2)}}
    if tokenizer_seconds:
        out["ratio_to_tokenizer"] = round(tokenizer_seconds / child["wall_seconds"], 3)
        out["ratio_to_tokenizer_run"] = round(tokenizer_seconds / s["seconds"], 3)
    return out


def table(r: dict) -> str:
    c = r["corpus"]
    lines = [f"corpus: {c['articles']} articles, {c['words']:,} words ({c['path']}); {r['machine']['cpus']} CPUs",
             "", f"{'':34s} {'seconds':>8s} {'words/s':>9s} {'articles/s':>10s}  notes"]
    t = r["tokenizer"]
    lines.append(f"{'bare spacy.blank(en) tokenizer':34s} {t['seconds']:8.2f} {t['words_per_s']:9,d} "
                 f"{t['articles_per_s']:10.1f}  second pass (warm cache): {t['warm_seconds']:.2f} s")
    for key, label in (("single", "trade-measures run --workers 1"), ("parallel", "trade-measures run --workers N")):
        if key not in r:
            continue
        x = r[key]
        lines.append(f"{label:34s} {x['wall']['seconds']:8.2f} {x['wall']['words_per_s']:9,d} "
                     f"{x['wall']['articles_per_s']:10.1f}  {x['startup_seconds']:.1f} s of it start-up")
    lines.append("")
    s = r["single"]
    lines.append(f"end-to-end / tokenizer (target >= {TARGETS['ratio']:.2f}): {s['ratio_to_tokenizer']:.3f} "
                 f"({s['ratio_to_tokenizer_run']:.3f} without interpreter start-up) "
                 f"{verdict(s['ratio_to_tokenizer'] >= TARGETS['ratio'])}")
    if "parallel" in r:
        p = r["parallel"]
        lines.append(f"--workers {p['workers']} speed-up (target >= {TARGETS['speedup']}): {p['speedup']:.2f}x "
                     f"({p['speedup_run']:.2f}x without start-up) "
                     f"{verdict(p['speedup'] >= TARGETS['speedup'])}"
                     f"; outputs identical: {p['identical']}")
    lines.append(f"phases, --workers 1: per-article {s['phases']['articles']} s, after it {s['phases']['after']} s"
                 + (f"; --workers {r['parallel']['workers']}: per-article {r['parallel']['phases']['articles']} s "
                    f"({r['parallel']['speedup_articles']:.2f}x), after it {r['parallel']['phases']['after']} s"
                    if "parallel" in r else ""))
    lines.append("stage seconds, --workers 1: " + ", ".join(f"{k} {v}" for k, v in s["stage_seconds"].items()))
    if "parallel" in r:
        lines.append(f"stage seconds, --workers {r['parallel']['workers']} (ingest/nlp/extract summed over workers): " +
                     ", ".join(f"{k} {v}" for k, v in r["parallel"]["stage_seconds"].items()))
    rss = [("single", s)] + ([("small", r["small"])] if "small" in r else [])
    for key, x in rss:
        lines.append(f"peak RSS, {x['corpus_articles']} articles, --workers 1: {x['peak_rss_mb']['articles']} MB "
                     f"after the per-article phase, {x['peak_rss_mb'].get('reconcile')} MB after reconciliation, "
                     f"{x['peak_rss_mb']['run']} MB for the whole run (reports included)")
    if "parallel" in r:
        pr = r["parallel"]["peak_rss_mb"]
        lines.append(f"peak RSS, --workers {r['parallel']['workers']}: main {pr.get('articles')} MB after the "
                     f"per-article phase, {pr.get('run')} MB whole run; largest worker {pr.get('workers')} MB")
    if "reconcile" in r:
        x = r["reconcile"]
        lines.append(f"reconcile {x['mentions']:,} mentions ({x['identities']} identities -> "
                     f"{x['measures']:,} measures): {x['seconds']:.1f} s "
                     f"(target < {TARGETS['reconcile_seconds']:.0f} s) "
                     f"{verdict(x['seconds'] < TARGETS['reconcile_seconds'])}"
                     f"{' (profiled: slower)' if x['profiled'] else ''}; peak RSS {x['peak_rss_mb']:.0f} MB")
        for name, tottime, cumtime in x["hot_spots"]:
            lines.append(f"    {name}: {tottime} s own, {cumtime} s with callees")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
