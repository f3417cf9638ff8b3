"""Outputs are atomic and reproducible: an interrupted run never leaves a truncated JSONL, and a
re-run over the same inputs gives byte-identical files."""
from __future__ import annotations

import gzip
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import runner
from pipeline.runner import CACHE_DIR, OUTPUT_FILES, run

REPO = Path(__file__).resolve().parent.parent
COPIES = 12  # copies of each corpus article: enough for a run of many seconds


def big_folder(base: Path) -> Path:
    """Many distinct articles (corpus .txt files with a line that makes each copy unique)."""
    news = base / "news"
    news.mkdir()
    for src in sorted((REPO / "corpus").glob("*.txt")):
        text = src.read_text(encoding="utf-8")
        for n in range(COPIES):
            (news / f"{src.stem}-{n:02d}.txt").write_text(f"{text}\nFiled from desk {n}.\n", encoding="utf-8")
    return news


def temporary_files(out: Path) -> list[str]:
    """Dot files left in OUT (the run cache, OUT/.cache/, is not temporary)."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.name != CACHE_DIR)


def assert_complete_jsonl(out: Path) -> None:
    """Every JSONL under its final name ends with a newline and parses line by line."""
    for path in out.glob("*.jsonl"):
        raw = path.read_text(encoding="utf-8")
        assert raw == "" or raw.endswith("\n"), path.name
        for line in raw.splitlines():
            json.loads(line)


def start_run(news: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(news), "-o", str(out), "-q", "--no-reports"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_until_writing(proc: subprocess.Popen, out: Path, timeout: float = 120) -> None:
    """Until the run's temporary mentions file has data on disk: it is midway through the articles."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"the run ended before it could be interrupted: {proc.communicate()[1][-2000:]}"
        if any(p.stat().st_size > 0 for p in out.glob(".mentions.jsonl.*.tmp")):
            return
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the run never started writing")


@pytest.fixture(scope="module")
def interrupted(tmp_path_factory):
    """A folder of many articles and an OUT that already holds a complete small run."""
    base = tmp_path_factory.mktemp("interrupted")
    news = big_folder(base)
    small = base / "small"
    small.mkdir()
    for src in sorted((REPO / "corpus").glob("*.txt"))[:3]:
        shutil.copy(src, small)
    return base, news, small


@pytest.fixture
def out_with_previous_run(interrupted, tmp_path, pipeline_obj):
    _, _, small = interrupted
    out = tmp_path / "out"
    run(small, out, pipeline=pipeline_obj)
    return out, {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def test_ctrl_c_leaves_complete_files_and_no_temporary_ones(interrupted, out_with_previous_run):
    _, news, _ = interrupted
    out, _ = out_with_previous_run
    proc = start_run(news, out)
    wait_until_writing(proc, out)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr[-2000:]
    assert_complete_jsonl(out)
    assert temporary_files(out) == []


def test_ctrl_c_keeps_the_previous_outputs(interrupted, out_with_previous_run):
    _, news, _ = interrupted
    out, before = out_with_previous_run
    proc = start_run(news, out)
    wait_until_writing(proc, out)
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=120)
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES} == before


def test_kill_never_leaves_a_truncated_jsonl(interrupted, out_with_previous_run):
    _, news, _ = interrupted
    out, _ = out_with_previous_run
    proc = start_run(news, out)
    wait_until_writing(proc, out)
    proc.send_signal(signal.SIGKILL)  # no cleanup at all: temporary files may stay, final names are whole
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    assert_complete_jsonl(out)


@pytest.mark.parametrize("stage", ["find_duplicates", "reconcile_blocks", "write_jsonl"])
def test_interrupt_in_a_late_stage_leaves_no_temporary_files(pipeline_obj, tmp_path, monkeypatch, stage):
    news = tmp_path / "news"
    news.mkdir()
    for src in sorted((REPO / "corpus").glob("*.txt"))[:3]:
        shutil.copy(src, news)

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, stage, interrupt)
    with pytest.raises(KeyboardInterrupt):
        run(news, tmp_path / "out", pipeline=pipeline_obj)
    assert_complete_jsonl(tmp_path / "out")
    assert temporary_files(tmp_path / "out") == []


# --------------------------------------------------------------------------- reproducibility

def mixed_folder(news: Path) -> Path:
    """Every format, metadata, duplicates and bad inputs."""
    shutil.copytree(REPO / "corpus", news)
    (news / "copy-of-wheat.md").write_bytes((news / "india-wheat-export-ban-2022.md").read_bytes())
    (news / "empty.txt").write_bytes(b"")
    (news / "notes.pdf").write_bytes(b"%PDF-1.4")
    (news / "mixed.jsonl.gz").write_bytes(gzip.compress(b'{"text": "x"}\nnot json\n{"id": 1}\n', mtime=0))
    return news


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def two_runs(pipeline_obj, tmp_path_factory):
    base = tmp_path_factory.mktemp("twice")
    news = mixed_folder(base / "news")
    run(news, base / "first", pipeline=pipeline_obj)
    run(news, base / "second", pipeline=pipeline_obj)
    return base / "first", base / "second"


def test_two_runs_write_the_same_files(two_runs):
    first, second = two_runs
    assert sorted(outputs(first)) == sorted(outputs(second))


@pytest.mark.parametrize("name", OUTPUT_FILES)
def test_two_runs_are_byte_identical(two_runs, name):
    first, second = two_runs
    assert (first / name).read_bytes() == (second / name).read_bytes()


def test_reports_of_two_runs_are_byte_identical(two_runs):
    first, second = two_runs
    assert {k: v for k, v in outputs(first).items() if k.startswith("report")} == \
        {k: v for k, v in outputs(second).items() if k.startswith("report")}


def test_records_carry_no_timestamps(two_runs):
    first, _ = two_runs
    keys = {k for name in OUTPUT_FILES for line in (first / name).read_text("utf-8").splitlines()
            for k in json.loads(line)}
    assert sorted(k for k in keys if any(t in k.lower() for t in ("time", "stamp", "generated", "created"))) == []
