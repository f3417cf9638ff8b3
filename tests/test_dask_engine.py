"""--engine dask: the per-article stage on a Dask cluster writes the same bytes as the local engine.

A LocalCluster with in-process workers (threads) stands in for a real cluster; the run
connects to it by address, as `--scheduler tcp://host:8786` would.
"""
from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.engines import EngineError
from pipeline.runner import OUTPUT_FILES, run
from pipeline.settings import Settings

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed: pip install '.[dask]'")

REPO = Path(__file__).resolve().parent.parent
OUTPUTS = OUTPUT_FILES + ("report.html", "report.md")
FILES = ["china-gallium-germanium-export-controls-2023.txt", "china-gallium-germanium-export-controls-2023.meta.json",
         "china-graphite-export-permits-2023.html", "india-sugar-2022.json", "india-wheat-export-ban-2022.md",
         "trade-briefs-2023.jsonl", "us-china-tariffs-take-effect-2018.txt.gz",
         "india-rice-export-ban-lifted-2024-wire.txt", "india-rice-ban-scrapped-blog.txt",
         "eu-china-ev-countervailing-duties-2024-wire.txt", "eu-ev-tariffs-china-business-daily.txt"]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as local:
        yield local


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "news"
    folder.mkdir()
    for name in FILES:
        shutil.copy(REPO / "corpus" / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "copy.md").write_bytes((folder / "india-wheat-export-ban-2022.md").read_bytes())
    return folder


@pytest.fixture(scope="module")
def runs(cluster, news, pipeline_obj, tmp_path_factory):
    base = tmp_path_factory.mktemp("dask-runs")
    local = run(news, base / "local", Settings(progress=False, workers=1, cache=False), pipeline=pipeline_obj)
    dask = run(news, base / "dask", Settings(progress=False, cache=False, engine="dask",
                                             scheduler=cluster.scheduler_address), pipeline=pipeline_obj)
    return (local, base / "local"), (dask, base / "dask")


@pytest.mark.parametrize("name", OUTPUTS)
def test_dask_engine_writes_the_same_bytes_as_the_local_engine(runs, name):
    (_, local), (_, dask) = runs
    assert (dask / name).read_bytes() == (local / name).read_bytes()


def test_dask_engine_ran_on_the_cluster_workers(runs):
    _, (summary, _) = runs
    assert (summary.engine, summary.workers, summary.processed) == ("dask", 2, summary.articles + summary.errors)


def test_dask_engine_counts_every_input(runs):
    (local, _), (dask, _) = runs
    assert dask.line().split(" in ")[0] == local.line().split(" in ")[0]


def test_dask_engine_uses_the_cache(cluster, news, pipeline_obj, runs):
    _, (first, out) = runs
    again = run(news, out, Settings(progress=False, engine="dask", scheduler=cluster.scheduler_address),
                pipeline=pipeline_obj)
    assert (again.cached, again.processed) == (first.processed, 0)


def test_missing_dask_is_a_clear_error(news, pipeline_obj, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # as if it were not installed
    with pytest.raises(EngineError, match=r"pip install 'trade-measures\[dask\]'"):
        run(news, tmp_path / "out", Settings(progress=False, engine="dask"), pipeline=pipeline_obj)


def test_cli_scheduler_needs_the_dask_engine(news, tmp_path, capsys):
    assert cli.main(["run", str(news), "-o", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:8786"]) == \
        cli.EXIT_USAGE
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_without_a_scheduler_the_run_starts_its_own_local_cluster(news, pipeline_obj, runs, tmp_path):
    (_, local), _ = runs
    summary = run(news, tmp_path / "out", Settings(progress=False, cache=False, engine="dask", workers=1),
                  pipeline=pipeline_obj)
    assert (summary.workers, (tmp_path / "out" / "measures.jsonl").read_bytes()) == \
        (1, (local / "measures.jsonl").read_bytes())
