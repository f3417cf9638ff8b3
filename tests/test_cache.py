"""Incremental runs: a re-run over a grown or edited folder processes only new and changed inputs
(OUT/.cache/), and writes the same bytes as a full run with --no-cache."""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline import cli, runner
from pipeline.cache import CACHE_DIR, CACHE_FILE
from pipeline.runner import Pipeline, run
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = runner.OUTPUT_FILES + ("report.html", "report.md")
FIRST = sorted(p.name for p in (REPO / "corpus").iterdir() if p.name != "README.md")[:14] + ["trade-briefs-2023.jsonl"]
NEW = "kenya-sugar-duty-2025.txt"
KENYA = ("Kenya suspends sugar import duty\n\nKenya suspended its import duty on sugar until August 31, 2025, "
         "the treasury said on Tuesday. Millers welcomed the decision.\n")


def settings(**kw) -> Settings:
    return Settings(progress=False, workers=1, **kw)


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def grow(news: Path) -> int:
    """What a day brings: a new article, an edited one, a new sidecar, a deleted one, two
    more lines in a JSONL dump. Returns the number of inputs to process again."""
    (news / NEW).write_text(KENYA, encoding="utf-8")
    edited = news / "canada-surtax-chinese-evs-steel-regional.txt"
    edited.write_text(edited.read_text("utf-8").replace("100%", "105%"), encoding="utf-8")
    (news / "argentina-soy-export-tax-cut-2025.meta.json").write_text('{"outlet": "Pampa Daily"}', encoding="utf-8")
    (news / "australia-trade-surplus-january-2024.txt").unlink()
    with open(news / "trade-briefs-2023.jsonl", "a", encoding="utf-8") as dump:
        dump.write(json.dumps({"id": "kenya-brief", "text": KENYA}) + "\n" + json.dumps({"text": "x"}) + "\n")
    return 5


@pytest.fixture(scope="module")
def incremental(pipeline_obj, tmp_path_factory):
    """(first summary, second summary, OUT of the incremental runs, OUT of a full run, inputs changed)."""
    base = tmp_path_factory.mktemp("cache")
    news = base / "news"
    news.mkdir()
    for name in FIRST:
        shutil.copy(REPO / "corpus" / name, news / name)
    first = run(news, base / "out", settings(), pipeline=pipeline_obj)
    changed = grow(news)
    second = run(news, base / "out", settings(), pipeline=pipeline_obj)
    run(news, base / "full", settings(cache=False), pipeline=pipeline_obj)
    return first, second, base / "out", base / "full", changed


@pytest.mark.parametrize("name", OUTPUTS)
def test_incremental_run_writes_the_same_bytes_as_a_full_run(incremental, name):
    _, _, out, full, _ = incremental
    assert (out / name).read_bytes() == (full / name).read_bytes()


def test_first_run_processes_everything(incremental):
    first, *_ = incremental
    assert (first.cached, first.processed) == (0, first.articles + first.errors)


def test_second_run_processes_only_new_and_changed_inputs(incremental):
    first, second, *_, changed = incremental
    unchanged = first.processed - 3  # less the deleted file, the edited one and the one with a new sidecar
    assert (second.processed, second.cached) == (changed, unchanged)


def test_summary_line_says_what_came_from_the_cache(incremental):
    _, second, *_ = incremental
    assert f"({second.cached} inputs from the cache, {second.processed} processed)" in second.line()


def test_cache_keeps_only_the_inputs_of_the_last_run(incremental):
    _, second, out, *_ = incremental
    with sqlite3.connect(out / CACHE_DIR / CACHE_FILE) as db:
        [(rows,)] = db.execute("SELECT COUNT(*) FROM results")
    assert rows == second.cached + second.processed


def test_unchanged_folder_is_read_from_the_cache_alone(incremental, pipeline_obj, tmp_path):
    *_, out, full, _ = incremental
    news = tmp_path / "news"
    shutil.copytree(REPO / "corpus", news, ignore=lambda d, names: [n for n in names if n not in FIRST])
    grow(news)
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    summary = run(news, copy, settings(), pipeline=pipeline_obj)
    assert (summary.processed, outputs(copy)) == (0, outputs(full))


def test_no_cache_processes_everything_and_rebuilds_the_cache(incremental, pipeline_obj, tmp_path):
    *_, out, _, _ = incremental
    news = tmp_path / "news"
    shutil.copytree(REPO / "corpus", news, ignore=lambda d, names: [n for n in names if n not in FIRST])
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    forced = run(news, copy, settings(cache=False), pipeline=pipeline_obj)
    again = run(news, copy, settings(), pipeline=pipeline_obj)
    assert (forced.cached, forced.processed, again.processed, again.cached) == \
        (0, forced.articles + forced.errors, 0, forced.processed)


def test_cli_no_cache_flag(tmp_path, capsys):
    news = tmp_path / "news"
    news.mkdir()
    (news / NEW).write_text(KENYA, encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["run", str(news), "-o", str(out), "--no-reports"]) == cli.EXIT_OK
    assert cli.main(["run", str(news), "-o", str(out), "--no-reports"]) == cli.EXIT_OK
    cached = capsys.readouterr().err
    assert cli.main(["run", str(news), "-o", str(out), "--no-reports", "--no-cache"]) == cli.EXIT_OK
    assert ("1 inputs from the cache" in cached, "from the cache" in capsys.readouterr().err) == (True, False)


# --------------------------------------------------------------------------- what invalidates

@pytest.fixture
def small(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name in FIRST[:4]:
        shutil.copy(REPO / "corpus" / name, news / name)
    return news


def test_edited_rules_invalidate_the_cache(small, tmp_path):
    patterns = tmp_path / "patterns"
    shutil.copytree(Pipeline(settings()).rules.directory, patterns)
    run(small, tmp_path / "out", settings(patterns=patterns))
    with open(patterns / "products.jsonl", "a", encoding="utf-8") as rules:
        rules.write('{"label": "PRODUCT", "pattern": "unobtainium", "id": "unobtainium"}\n')
    with open(patterns / "product_catalog.jsonl", "a", encoding="utf-8") as catalog:
        catalog.write('{"id": "unobtainium", "hs": ["8112"], "group": "metals"}\n')
    summary = run(small, tmp_path / "out", settings(patterns=patterns))
    assert (summary.cached, summary.processed) == (0, 4)


def test_renamed_file_is_processed_again(small, pipeline_obj, tmp_path):
    run(small, tmp_path / "out", settings(), pipeline=pipeline_obj)
    first = sorted(p for p in small.iterdir() if p.suffix == ".txt")[0]
    first.rename(small / f"renamed-{first.name}")
    summary = run(small, tmp_path / "out", settings(), pipeline=pipeline_obj)
    assert (summary.cached, summary.processed) == (3, 1)


def test_interrupted_run_leaves_the_cache_as_it_was(small, pipeline_obj, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run(small, out, settings(), pipeline=pipeline_obj)
    before = (out / CACHE_DIR / CACHE_FILE).read_bytes()
    (small / NEW).write_text(KENYA, encoding="utf-8")
    real = runner.extract_mentions

    def interrupt(doc, aid, *args, **kwargs):
        if aid == NEW.removesuffix(".txt"):
            raise KeyboardInterrupt
        return real(doc, aid, *args, **kwargs)

    monkeypatch.setattr(runner, "extract_mentions", interrupt)
    with pytest.raises(KeyboardInterrupt):
        run(small, out, settings(), pipeline=pipeline_obj)
    assert (sorted(p.name for p in (out / CACHE_DIR).iterdir()), (out / CACHE_DIR / CACHE_FILE).read_bytes()) == \
        ([CACHE_FILE], before)


def test_a_broken_cache_file_is_rebuilt(small, pipeline_obj, tmp_path, capsys):
    out = tmp_path / "out"
    (out / CACHE_DIR).mkdir(parents=True)
    (out / CACHE_DIR / CACHE_FILE).write_bytes(b"not a database" * 100)
    first = run(small, out, settings(), pipeline=pipeline_obj)
    second = run(small, out, settings(), pipeline=pipeline_obj)
    assert (first.processed, second.cached, "rebuilding the cache" in capsys.readouterr().err) == (4, 4, True)
