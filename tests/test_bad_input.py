"""Bad input: each unusable file or JSONL line is one errors.jsonl line, the run goes on, counts add up."""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from pipeline import cli, ingest, runner
from pipeline.ingest import ERRORS, Ingestor, InputError, NewsFolder, check_language, read_limited, Rejected
from pipeline.runner import run

REPO = Path(__file__).resolve().parent.parent
GOOD = ("Kenya suspends sugar import duty\n\nKenya suspended its import duty on sugar until August 31, 2025, "
        "the treasury said on Tuesday. Millers welcomed the decision.\n")
FRENCH = ("Le gouvernement a annoncé mardi une hausse des droits de douane sur les importations d'acier en provenance "
          "de Chine, une mesure qui entrera en vigueur le mois prochain selon le ministère de l'Économie. Les "
          "producteurs saluent cette décision, mais les importateurs craignent une hausse des prix.")
SPANISH = ("El gobierno redujo el lunes los derechos de exportación sobre la soja y sus derivados, según informó el "
           "ministerio de economía en un comunicado. La medida estará vigente hasta el 30 de junio.")
CHINESE = "中国商务部周二宣布，将对部分稀土产品实施出口管制，措施将于下月起生效。相关企业需要申请许可证，并说明最终用户和用途。"
BLOCKS = bytes(range(0x80, 0x100)) * 8  # neither UTF-8 nor plausible Windows-1252

BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.md": (b"  \n\n\t\n", "empty"),
    "nul.txt": (b"Kenya\x00\x01\x02 sugar" * 20, "binary"),
    "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "binary"),
    "controls.txt": (bytes(range(1, 9)) * 50, "binary"),
    "mojibake.txt": (b"Kenya sugar " + BLOCKS, "undecodable"),
    "french.txt": (FRENCH.encode(), "not_english"),
    "chinese.md": (CHINESE.encode(), "not_english"),
    "broken.json": (b'{"text": "Kenya', "bad_json"),
    "many.json": (b'[{"text": "a"}, {"text": "b"}]', "bad_json"),
    "untitled.json": (b'{"title": "Kenya sugar", "body": "Kenya suspended..."}', "missing_text"),
    "blank-text.json": (b'{"text": "   "}', "missing_text"),
    "app.html": (b'<html><head><title>Loading</title><script src="/app.js"></script></head>'
                 b'<body><div id="root"></div></body></html>', "no_text"),  # a page its scripts would fill
    "notes.pdf": (b"%PDF-1.4 whatever", "unsupported_format"),
    "LICENSE": (b"MIT", "unsupported_format"),
    "lost.meta.json": (b'{"outlet": "Post"}', "orphan_sidecar"),
    "notgzip.txt.gz": (b"this is not gzip data", "bad_gzip"),
    "truncated.txt.gz": (gzip.compress(GOOD.encode() * 50)[:60], "bad_gzip"),
    "bomb.txt": (b"x" * 5000, "too_large"),
}
MAX_BYTES = 4000


def write(news: Path, files: dict) -> Path:
    for name, raw in files.items():
        path = news / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw.encode("utf-8") if isinstance(raw, str) else raw)
    return news


def errors_of(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]


def ids_of(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in (out / "articles.jsonl").read_text("utf-8").splitlines()]


@pytest.fixture
def small_cap(pipeline_obj, monkeypatch):
    """The session pipeline with --max-bytes MAX_BYTES for one test."""
    monkeypatch.setattr(pipeline_obj.ingestor, "max_bytes", MAX_BYTES)
    return pipeline_obj


# --------------------------------------------------------------------------- one bad file at a time

@pytest.fixture(scope="module")
def bad_runs(pipeline_obj, tmp_path_factory):
    """For each bad file: a run over it and one good article -> (errors, article ids, summary)."""
    results = {}
    saved = pipeline_obj.ingestor.max_bytes
    pipeline_obj.ingestor.max_bytes = MAX_BYTES
    try:
        for name, (raw, _) in BAD_FILES.items():
            base = tmp_path_factory.mktemp("bad")
            news = write(base / "news", {"good.txt": GOOD, name: raw})
            summary = run(news, base / "out", pipeline=pipeline_obj)
            results[name] = errors_of(base / "out"), ids_of(base / "out"), summary
    finally:
        pipeline_obj.ingestor.max_bytes = saved
    return results


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_is_one_error_line_with_its_code(bad_runs, name):
    errors, _, _ = bad_runs[name]
    assert [(e["path"], e["line"], e["error"]) for e in errors] == [(name, None, BAD_FILES[name][1])]


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_has_a_detail(bad_runs, name):
    errors, _, _ = bad_runs[name]
    assert errors[0]["detail"].strip() != ""


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_run_goes_on_past_a_bad_file(bad_runs, name):
    _, ids, _ = bad_runs[name]
    assert ids == ["good"]


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_is_a_warning_of_the_summary(bad_runs, name):
    _, _, summary = bad_runs[name]
    assert [line.split(":")[1].strip() for line in summary.warning_lines()] == [name]


def test_every_error_code_is_exercised():
    assert sorted({code for _, code in BAD_FILES.values()} | {"unreadable", "bad_metadata"}) == sorted(ERRORS)


def test_not_english_detail_gives_the_figures(bad_runs):
    errors, _, _ = bad_runs["french.txt"]
    assert "common English words" in errors[0]["detail"] and "ASCII" in errors[0]["detail"]


def test_too_large_detail_names_the_cap(bad_runs):
    errors, _, _ = bad_runs["bomb.txt"]
    assert str(MAX_BYTES) in errors[0]["detail"]


@pytest.mark.parametrize("text", [FRENCH, SPANISH, CHINESE], ids=["french", "spanish", "chinese"])
def test_language_check_rejects_other_languages(text):
    assert not check_language(text).english


def test_language_check_accepts_every_corpus_and_seed_article(pipeline_obj):
    folders = [REPO / "corpus"] + [p for p in [REPO.parent / "shared" / "seeds"] if p.is_dir()]
    docs = [d for folder in folders for d in NewsFolder(folder, pipeline_obj.ingestor)]
    assert [(d.path, d.error, d.detail) for d in docs if isinstance(d, InputError)] == []


def test_language_check_leaves_short_texts_alone():
    assert check_language("Zollsenkung").english


# --------------------------------------------------------------------------- metadata problems

def test_broken_sidecar_is_bad_metadata_of_its_article(pipeline_obj, tmp_path):
    news = write(tmp_path / "news", {"a.txt": GOOD, "a.meta.json": "{", "good.txt": GOOD + "Another line."})
    run(news, tmp_path / "out", pipeline=pipeline_obj)
    assert [(e["path"], e["error"]) for e in errors_of(tmp_path / "out")] == [("a.txt", "bad_metadata")]


# --------------------------------------------------------------------------- gzip bomb

def test_gzip_bomb_is_refused_quickly_with_bounded_memory(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    line = b"Kenya suspended its import duty on sugar until August 31, 2025.\n" * 16384  # 1 MiB
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        for _ in range(256):  # 256 MiB of text once decompressed
            handle.write(line)
    cap = 2_000_000
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(Rejected) as caught:
            read_limited(bomb, cap)
        seconds = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (caught.value.error, f"exceeded {cap}" in caught.value.detail) == ("too_large", True)
    assert seconds < 5 and peak < 4 * cap + 2 ** 21, (seconds, peak)


def test_gzip_under_the_cap_is_read(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(GOOD.encode()))
    assert read_limited(tmp_path / "a.txt.gz", len(GOOD)) == GOOD.encode()


def test_gzip_one_byte_over_the_cap_is_refused(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(GOOD.encode()))
    with pytest.raises(Rejected, match="too_large"):
        read_limited(tmp_path / "a.txt.gz", len(GOOD) - 1)


# --------------------------------------------------------------------------- files that vanish or cannot be read

def _after_discovery(monkeypatch, action):
    """Run `action(paths)` right after discovery, before any file is read."""
    real = ingest.discover

    def discover(*args, **kwargs):
        paths = real(*args, **kwargs)
        action(paths)
        return paths

    monkeypatch.setattr(ingest, "discover", discover)


def test_file_that_vanishes_is_unreadable(pipeline_obj, tmp_path, monkeypatch):
    news = write(tmp_path / "news", {"gone.txt": GOOD, "good.txt": GOOD + "More."})
    _after_discovery(monkeypatch, lambda paths: (news / "gone.txt").unlink())
    run(news, tmp_path / "out", pipeline=pipeline_obj)
    [error] = errors_of(tmp_path / "out")
    assert (error["path"], error["error"], error["detail"].startswith("FileNotFoundError")) == \
        ("gone.txt", "unreadable", True)


def test_file_replaced_by_a_folder_is_unreadable(pipeline_obj, tmp_path, monkeypatch):
    news = write(tmp_path / "news", {"odd.txt": GOOD, "good.txt": GOOD + "More."})

    def swap(paths):
        (news / "odd.txt").unlink()
        (news / "odd.txt").mkdir()

    _after_discovery(monkeypatch, swap)
    run(news, tmp_path / "out", pipeline=pipeline_obj)
    [error] = errors_of(tmp_path / "out")
    assert (error["error"], error["detail"].startswith("IsADirectoryError")) == ("unreadable", True)


def test_file_without_permission_is_unreadable(pipeline_obj, tmp_path, monkeypatch):
    news = write(tmp_path / "news", {"locked.txt": GOOD, "good.txt": GOOD + "More."})

    def guarded_open(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "open", guarded_open, raising=False)
    run(news, tmp_path / "out", pipeline=pipeline_obj)
    assert [(e["path"], e["error"], e["detail"]) for e in errors_of(tmp_path / "out")] == \
        [("locked.txt", "unreadable", "PermissionError: Permission denied")]


def test_broken_symlink_is_unreadable(pipeline_obj, tmp_path):
    news = write(tmp_path / "news", {"good.txt": GOOD})
    (news / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    run(news, tmp_path / "out", pipeline=pipeline_obj)
    assert [(e["path"], e["error"]) for e in errors_of(tmp_path / "out")] == [("link.txt", "unreadable")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_unreadable_without_blocking(pipeline_obj, tmp_path):
    news = write(tmp_path / "news", {"good.txt": GOOD})
    os.mkfifo(news / "pipe.txt")
    run(news, tmp_path / "out", pipeline=pipeline_obj)
    assert [(e["path"], e["error"]) for e in errors_of(tmp_path / "out")] == [("pipe.txt", "unreadable")]


# --------------------------------------------------------------------------- jsonl lines

JSONL_LINES = [
    json.dumps({"id": "kenya", "text": GOOD}),  # 1 article
    "",  # 2 blank: not a record
    "{not json",  # 3 bad_json
    json.dumps({"title": "no text"}),  # 4 missing_text
    json.dumps([1, 2]),  # 5 bad_json
    json.dumps({"text": FRENCH}),  # 6 not_english
    json.dumps({"id": "kenya", "text": GOOD}),  # 7 exact duplicate of line 1
    json.dumps({"text": GOOD + " Chile capped lithium exports."}),  # 8 article, id dump-8
]


@pytest.fixture(scope="module")
def jsonl_run(pipeline_obj, tmp_path_factory):
    base = tmp_path_factory.mktemp("jsonl")
    news = write(base / "news", {"dump.jsonl": "\n".join(JSONL_LINES) + "\n"})
    summary = run(news, base / "out", pipeline=pipeline_obj)
    return summary, errors_of(base / "out"), [json.loads(l) for l in (base / "out" / "articles.jsonl").open()]


def test_each_bad_jsonl_line_is_one_error_with_its_line_number(jsonl_run):
    _, errors, _ = jsonl_run
    assert [(e["path"], e["line"], e["error"]) for e in errors] == [
        ("dump.jsonl", 3, "bad_json"), ("dump.jsonl", 4, "missing_text"), ("dump.jsonl", 5, "bad_json"),
        ("dump.jsonl", 6, "not_english")]


def test_good_jsonl_lines_are_articles(jsonl_run):
    _, _, articles = jsonl_run
    assert [(a["id"], a["line"], a["duplicate_paths"]) for a in articles] == \
        [("kenya", 1, ["dump.jsonl:7"]), ("dump-8", 8, [])]


def test_jsonl_counts_add_up(jsonl_run):
    s, errors, articles = jsonl_run
    assert (s.jsonl_lines, s.jsonl_articles, s.jsonl_duplicates, s.jsonl_rejected, len(errors), len(articles)) == \
        (7, 2, 1, 4, 4, 2)


# --------------------------------------------------------------------------- exact duplicates

@pytest.fixture(scope="module")
def duplicate_run(pipeline_obj, tmp_path_factory):
    base = tmp_path_factory.mktemp("dups")
    news = write(base / "news", {"a.txt": GOOD, "b.txt": GOOD, "sub/c.txt": GOOD,
                                 "d.txt.gz": gzip.compress(GOOD.encode()), "e.txt": GOOD + "Different.",
                                 "x.txt": "", "y.txt": ""})
    code = cli.main(["run", str(news), "-o", str(base / "out"), "-q", "--no-reports"])
    return code, base / "out"


def test_exact_duplicates_are_listed_on_the_first_article(duplicate_run):
    _, out = duplicate_run
    articles = [json.loads(line) for line in (out / "articles.jsonl").open()]
    assert [(a["id"], a["duplicate_paths"]) for a in articles] == \
        [("a", ["b.txt", "d.txt.gz", "sub/c.txt"]), ("e", [])]


def test_exact_duplicates_are_not_errors_but_copies_of_rejected_files_are_rejected(duplicate_run):
    _, out = duplicate_run
    assert [(e["path"], e["error"]) for e in errors_of(out)] == [("x.txt", "empty"), ("y.txt", "empty")]


def test_duplicates_alone_exit_0(pipeline_obj, tmp_path):
    news = write(tmp_path / "news", {"a.txt": GOOD, "b.txt": GOOD})
    assert cli.main(["run", str(news), "-o", str(tmp_path / "out"), "-q", "--no-reports"]) == cli.EXIT_OK


# --------------------------------------------------------------------------- everything at once

@pytest.fixture(scope="module")
def mixed(pipeline_obj, tmp_path_factory):
    """A folder with every kind of good and bad input, run through the CLI: (exit code, stderr, summary, out)."""
    base = tmp_path_factory.mktemp("mixed")
    files = {name: raw for name, (raw, _) in BAD_FILES.items()}
    files.update({"good.txt": GOOD, "copy.txt": GOOD, "dump.jsonl": "\n".join(JSONL_LINES) + "\n",
                  "side.md": "# Chile caps lithium exports\n\nChile capped lithium exports at 200,000 tonnes a year.",
                  "side.meta.json": '{"published": "2025-03-04"}', "README.md": "not an input",
                  "sub/page.html": f"<p>{GOOD}</p>", "sub/.hidden.txt": "not an input"})
    news = write(base / "news", files)
    shutil.copy(REPO / "corpus" / "india-sugar-2022.json", news / "sugar.json")
    summaries, real_run = [], runner.run

    def recording_run(*args, **kwargs):
        summaries.append(real_run(*args, **kwargs))
        return summaries[-1]

    err = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stderr(err):
        patch.setattr(runner, "run", recording_run)  # cmd_run imports run from pipeline.runner when called
        code = cli.main(["run", str(news), "-o", str(base / "out"), "--max-bytes", str(MAX_BYTES), "--no-reports"])
    return code, err.getvalue(), summaries[0], base / "out"


def test_mixed_folder_exits_1(mixed):
    code, _, _, _ = mixed
    assert code == cli.EXIT_REJECTED


def test_files_add_up(mixed):
    _, _, s, _ = mixed
    assert (s.files, s.files_used + s.files_duplicate + s.files_rejected) == (s.files, s.files)


def test_jsonl_lines_add_up(mixed):
    _, _, s, _ = mixed
    assert s.jsonl_lines == s.jsonl_articles + s.jsonl_duplicates + s.jsonl_rejected


def test_every_input_file_is_counted(mixed):
    _, _, s, _ = mixed
    # the bad files and 9 more (sugar.json included), less README.md, the hidden file and side.md's sidecar
    assert s.files == len(BAD_FILES) + 9 - 3


def test_counts_match_the_output_files(mixed):
    _, _, s, out = mixed
    articles = (out / "articles.jsonl").read_text("utf-8").splitlines()
    single_files = s.files_used - 1  # dump.jsonl is the only JSONL file
    assert (len(articles), len(errors_of(out)), s.errors) == \
        (single_files + s.jsonl_articles, s.files_rejected + s.jsonl_rejected, s.files_rejected + s.jsonl_rejected)


def test_summary_line_shows_the_counts(mixed):
    _, err, s, _ = mixed
    assert (f"{s.files} files ({s.files_used} used, {s.files_duplicate} exact duplicates, {s.files_rejected} rejected), "
            f"{s.jsonl_lines} JSONL lines ({s.jsonl_articles} articles, {s.jsonl_duplicates} exact duplicates, "
            f"{s.jsonl_rejected} rejected)") in err


def test_each_rejected_input_is_a_warning_on_stderr(mixed):
    _, err, s, _ = mixed
    warnings = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == min(s.errors, 20) + (s.errors > 20)


def test_an_ingestor_never_raises_on_a_folder_of_bad_files(pipeline_obj, tmp_path):
    news = write(tmp_path / "news", {name: raw for name, (raw, _) in BAD_FILES.items()})
    items = list(NewsFolder(news, Ingestor(pipeline_obj.rules, pipeline_obj.dates, MAX_BYTES)))
    assert sorted(i.error for i in items) == sorted(code for _, code in BAD_FILES.values())


def test_out_folder_equal_to_news_dir_is_a_usage_error(tmp_path, capsys):
    news = write(tmp_path / "news", {"good.txt": GOOD})
    assert cli.main(["run", str(news), "-o", str(news), "-q"]) == cli.EXIT_USAGE


def test_out_folder_inside_news_dir_is_not_read(pipeline_obj, tmp_path):
    news = write(tmp_path / "news", {"good.txt": GOOD})
    run(news, news / "out", pipeline=pipeline_obj)
    summary = run(news, news / "out", pipeline=pipeline_obj)
    assert (summary.files, summary.errors) == (1, 0)


@pytest.mark.parametrize("value", ["0", "-5"])
def test_max_bytes_must_be_positive(tmp_path, capsys, value):
    news = write(tmp_path / "news", {"good.txt": GOOD})
    assert cli.main(["run", str(news), "-o", str(tmp_path / "out"), "--max-bytes", value]) == cli.EXIT_USAGE
