"""--workers N writes the same bytes as --workers 1, and a failure on one input costs that input only."""
from __future__ import annotations

import dataclasses
import gzip
import json
import multiprocessing
import os
import re
import shutil
import threading
import time
from pathlib import Path

import pytest

from pipeline import engines, runner
from pipeline.report import write_reports
from pipeline.runner import OUTPUT_FILES, run
from pipeline.settings import Settings
from pipeline import work
from pipeline.work import INTERNAL_ERROR, TIMEOUT

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = OUTPUT_FILES + ("report.html", "report.md")
GOOD = ("Kenya suspends sugar import duty\n\nKenya suspended its import duty on sugar until August 31, 2025, "
        "the treasury said on Tuesday. Millers welcomed the decision.\n")
# what depends on input order: exact copies (whole files, JSONL lines, a copy of a rejected file),
# ids taken twice, rejected inputs between good ones
EDGE_CASES = {
    "a/kenya.txt": GOOD, "b/kenya.txt": GOOD + "\nA different ending.\n", "z-copy.txt": GOOD,
    "dump.jsonl": "\n".join(json.dumps(o) for o in [{"id": "kenya", "text": GOOD}, {"text": GOOD + "x"},
                                                    {"id": "kenya", "text": GOOD}, {"title": "no text"}]) + "\n",
    "empty.txt": "", "empty-copy.txt": "", "notes.pdf": "%PDF-1.4",
}
UNTIMED = {"seconds", "stage_seconds", "peak_rss_mb", "workers", "processed", "cached"}


def news_folder(base: Path, extra: dict) -> Path:
    news = base / "news"
    shutil.copytree(REPO / "corpus", news)
    for name, text in extra.items():
        (news / name).parent.mkdir(parents=True, exist_ok=True)
        (news / name).write_text(text, encoding="utf-8")
    (news / "copy.txt.gz").write_bytes(gzip.compress((news / "india-onion-export-ban-lifted-2024.txt").read_bytes()))
    return news


def counts(summary) -> dict:
    return {k: v for k, v in dataclasses.asdict(summary).items() if k not in UNTIMED}


@pytest.fixture(scope="module")
def runs(pipeline_obj, tmp_path_factory):
    base = tmp_path_factory.mktemp("parallel")
    news = news_folder(base, EDGE_CASES)
    return {n: (run(news, base / f"workers-{n}", Settings(progress=False, workers=n, cache=False),
                    pipeline=pipeline_obj), base / f"workers-{n}") for n in (1, 2)}


def test_workers_2_ran_two_worker_processes(runs):
    assert (runs[1][0].workers, runs[2][0].workers) == (1, 2)


@pytest.mark.parametrize("name", OUTPUTS)
def test_workers_2_writes_the_same_bytes_as_workers_1(runs, name):
    assert (runs[2][1] / name).read_bytes() == (runs[1][1] / name).read_bytes()


def test_workers_2_counts_every_input_like_workers_1(runs):
    assert counts(runs[2][0]) == counts(runs[1][0])


def test_every_input_is_processed_once(runs):
    """Every article and every rejected input but notes.pdf (rejected by its name, unread);
    exact copies are not processed, not even the one whose original was still in flight."""
    one, _ = runs[1]
    assert (runs[2][0].processed, one.processed) == (one.articles + one.errors - 1,) * 2


def test_stage_times_cover_every_stage(runs):
    assert sorted(runs[2][0].stage_seconds) == sorted(runs[1][0].stage_seconds) == \
        ["articles", "dedupe", "export", "extract", "ingest", "nlp", "reconcile", "reports"]


# --------------------------------------------------------------------------- after the per-input phase

def test_the_reports_of_a_run_are_those_rebuilt_from_its_files(runs, tmp_path):
    """The run hands the reports the records it holds; `load_run` reads them from the files."""
    _, out = runs[2]
    copy = tmp_path / "copy"
    shutil.copytree(out, copy, ignore=shutil.ignore_patterns("report.*", ".cache"))
    write_reports(copy)
    assert [(copy / n).read_bytes() for n in ("report.html", "report.md")] == \
        [(out / n).read_bytes() for n in ("report.html", "report.md")]


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_reconciliation_in_parts_writes_the_same_measures(runs, workers, pipeline_obj):
    """Blocks of mentions reconciled in several processes, put back in block order."""
    _, out = runs[1]
    mentions = [json.loads(line) for line in (out / "mentions.jsonl").read_text("utf-8").splitlines()]
    articles = [json.loads(line) for line in (out / "articles.jsonl").read_text("utf-8").splitlines()]
    duplicates = {a["id"]: a["duplicate_of"] for a in articles if a["duplicate_of"]}
    published = {a["id"]: a["published"] for a in articles}
    lines, records = runner._reconcile(mentions, duplicates, published, workers, pipeline_obj.rules.same_product)
    assert lines == (out / "measures.jsonl").read_text("utf-8").splitlines()
    assert records == [json.loads(line) for line in lines]


def test_a_small_folder_stays_in_process(pipeline_obj, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for src in sorted((REPO / "corpus").glob("*.txt"))[:3]:
        shutil.copy(src, news)
    summary = run(news, tmp_path / "out", Settings(progress=False, workers=2), pipeline=pipeline_obj)
    assert summary.workers == 1


# --------------------------------------------------------------------------- failures

def needs_fork():
    """Worker processes see a monkeypatch of this process only when they are forked from it."""
    if "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        pytest.skip("the fault is injected with a monkeypatch that only forked workers inherit")


def fail_on(monkeypatch, article_id: str, how):
    real = runner.extract_mentions

    def extract(doc, aid, *args, **kwargs):
        if aid == article_id:
            how()
        return real(doc, aid, *args, **kwargs)

    monkeypatch.setattr(runner, "extract_mentions", extract)


def raise_error():
    raise RuntimeError("boom")


def kill_worker():
    os._exit(3)


@pytest.fixture(scope="module")
def reference(pipeline_obj, tmp_path_factory):
    """A folder with one article the faults are injected into, and a run over it."""
    base = tmp_path_factory.mktemp("faults")
    news = news_folder(base, {"boom.txt": GOOD.replace("Kenya", "Uganda")})
    run(news, base / "out", Settings(progress=False, workers=1, cache=False), pipeline=pipeline_obj)
    return news, base / "out"


def lines_without(out: Path, name: str, article: str) -> list[str]:
    return [line for line in (out / name).read_text("utf-8").splitlines()
            if json.loads(line).get("id") != article and json.loads(line).get("article") != article]


@pytest.fixture(params=[1, 2], ids=["workers-1", "workers-2"])
def workers(request):
    if request.param > 1:
        needs_fork()
    return request.param


def test_an_exception_on_one_input_is_an_error_line(reference, pipeline_obj, tmp_path, monkeypatch, workers):
    news, _ = reference
    fail_on(monkeypatch, "boom", raise_error)
    summary = run(news, tmp_path / "out", Settings(progress=False, workers=workers, cache=False), pipeline=pipeline_obj)
    [error] = [e for e in summary.rejected if e.path == "boom.txt"]
    assert (error.error, error.detail) == (INTERNAL_ERROR, "while extracting: RuntimeError: boom")


def test_an_exception_on_one_input_costs_no_other(reference, pipeline_obj, tmp_path, monkeypatch, workers):
    news, ref = reference
    fail_on(monkeypatch, "boom", raise_error)
    run(news, tmp_path / "out", Settings(progress=False, workers=workers, cache=False), pipeline=pipeline_obj)
    assert [lines_without(tmp_path / "out", n, "boom") for n in ("articles.jsonl", "mentions.jsonl")] == \
        [lines_without(ref, n, "boom") for n in ("articles.jsonl", "mentions.jsonl")]


def test_a_worker_that_dies_costs_one_input(reference, pipeline_obj, tmp_path, monkeypatch):
    needs_fork()
    news, ref = reference
    fail_on(monkeypatch, "boom", kill_worker)
    summary = run(news, tmp_path / "out", Settings(progress=False, workers=2, cache=False), pipeline=pipeline_obj)
    assert ([(e.path, e.error) for e in summary.rejected if e.error == INTERNAL_ERROR],
            lines_without(tmp_path / "out", "articles.jsonl", "boom")) == \
        ([("boom.txt", INTERNAL_ERROR)], lines_without(ref, "articles.jsonl", "boom"))


def test_workers_that_keep_dying_stop_the_run(pipeline_obj, tmp_path, monkeypatch):
    needs_fork()
    news = tmp_path / "news"
    shutil.copytree(REPO / "corpus", news)
    monkeypatch.setattr(runner, "extract_mentions", lambda *args, **kwargs: kill_worker())
    with pytest.raises(engines.EngineError, match="keep dying"):
        run(news, tmp_path / "out", Settings(progress=False, workers=2, cache=False), pipeline=pipeline_obj)
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name.endswith(".tmp")) == []


# --------------------------------------------------------------------------- inputs that stall

LIMIT = 1.0  # seconds, some 30 times an input here; a stalled input costs it twice (in its batch, then alone)


def stall():
    """Busy for 40 times the limit: without a working limit the tests fail, not hang."""
    end = time.monotonic() + 40 * LIMIT
    while time.monotonic() < end:
        pass


@pytest.fixture
def short_limit(pipeline_obj, monkeypatch):
    """A prebuilt pipeline brings its input limits (forked workers inherit this one)."""
    monkeypatch.setattr(pipeline_obj.settings, "time_limit", LIMIT)


def stall_while_reading(monkeypatch, rel: str):
    real = work.ingest_input

    def ingest_input(ingestor, inp):
        if inp.rel == rel:
            stall()
        return real(ingestor, inp)

    monkeypatch.setattr(work, "ingest_input", ingest_input)


def test_an_input_that_stalls_is_a_timeout_line(reference, pipeline_obj, tmp_path, monkeypatch, short_limit, workers):
    news, _ = reference
    fail_on(monkeypatch, "boom", stall)
    summary = run(news, tmp_path / "out", Settings(progress=False, workers=workers, cache=False), pipeline=pipeline_obj)
    assert [(e.path, e.error, e.detail.split(" (")[0]) for e in summary.rejected if e.error == TIMEOUT] == \
        [("boom.txt", TIMEOUT, f"gave up after {LIMIT:g} s while extracting")]


def test_an_input_that_stalls_costs_no_other(reference, pipeline_obj, tmp_path, monkeypatch, short_limit, workers):
    news, ref = reference
    fail_on(monkeypatch, "boom", stall)
    run(news, tmp_path / "out", Settings(progress=False, workers=workers, cache=False), pipeline=pipeline_obj)
    assert [lines_without(tmp_path / "out", n, "boom") for n in ("articles.jsonl", "mentions.jsonl")] == \
        [lines_without(ref, n, "boom") for n in ("articles.jsonl", "mentions.jsonl")]


def test_a_stall_while_reading_is_a_timeout_line(reference, pipeline_obj, tmp_path, monkeypatch, short_limit, workers):
    news, ref = reference
    stall_while_reading(monkeypatch, "boom.txt")
    summary = run(news, tmp_path / "out", Settings(progress=False, workers=workers, cache=False), pipeline=pipeline_obj)
    assert ([(e.path, e.detail.split(" (")[0]) for e in summary.rejected if e.error == TIMEOUT],
            lines_without(tmp_path / "out", "articles.jsonl", "boom")) == \
        ([("boom.txt", f"gave up after {LIMIT:g} s while reading")], lines_without(ref, "articles.jsonl", "boom"))


@pytest.mark.parametrize("fault", ["raise_error", "stall"], ids=["failed", "timed-out"])
def test_a_failed_or_timed_out_input_is_not_cached(reference, pipeline_obj, tmp_path, monkeypatch, short_limit, fault):
    """Neither a crash nor a stall may recur on the next run: the input is tried again."""
    news, _ = reference
    with monkeypatch.context() as patch:
        fail_on(patch, "boom", globals()[fault])
        run(news, tmp_path / "out", Settings(progress=False, workers=1), pipeline=pipeline_obj)
    summary = run(news, tmp_path / "out", Settings(progress=False, workers=1), pipeline=pipeline_obj)
    assert (summary.processed, summary.errors) == (1, 0)


def test_the_limit_stops_a_regular_expression_that_backtracks():
    """The shape of fresh25's stall: a pattern that tries every split of a word (2**28 here,
    about 20 s without a limit, so a broken limit fails this test instead of hanging it)."""
    limit = work.TimeLimit(LIMIT)
    with limit.installed(), pytest.raises(work.InputTimeout):
        limit.call(re.match, r"(?:\w+\s?)+:$", "a" * 29 + "(")


def test_the_warm_up_article_reaches_every_stage(pipeline_obj):
    """Pipeline._warm_up pays the first-use costs (about 0.3 s) before any input's time limit
    runs only if its article gets a dateline, a relative date and a mention."""
    [doc] = pipeline_obj.ingestor.from_bytes(runner.WARM_UP.encode(), "warm-up.txt", "warm-up")
    [(article, mentions, _)] = pipeline_obj.process([doc])
    assert (article.published_from, [(m.action, sorted({d.how for d in m.dates})) for m in mentions]) == \
        ("dateline", [("raise", ["relative"])])


@pytest.mark.parametrize("seconds, in_thread, usable", [(LIMIT, False, True), (0, False, False), (LIMIT, True, False)],
                         ids=["main-thread", "no-limit", "other-thread"])
def test_the_limit_applies_only_where_a_signal_can_reach(seconds, in_thread, usable):
    """SIGALRM reaches the main thread only: Dask worker threads run without a limit."""
    found = []
    if in_thread:
        thread = threading.Thread(target=lambda: found.append(work.TimeLimit(seconds).usable))
        thread.start()
        thread.join()
    else:
        found.append(work.TimeLimit(seconds).usable)
    assert found == [usable]
