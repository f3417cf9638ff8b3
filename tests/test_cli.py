"""The command line: documented commands, exit codes, and an end-to-end run in a subprocess."""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys

import pytest

from pipeline import cli
from pipeline.models import Article, ErrorRecord, Measure, Mention
from pipeline.runner import CACHE_DIR, OUTPUT_FILES

MODELS = {"articles.jsonl": Article, "mentions.jsonl": Mention, "measures.jsonl": Measure,
          "errors.jsonl": ErrorRecord}


def _subcommands() -> dict[str, tuple[argparse.ArgumentParser, str]]:
    """name -> (sub-parser, its one-line help), read from the parser itself."""
    parser = cli.build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {a.dest: a.help for a in sub._choices_actions}
    return {name: (p, helps.get(name)) for name, p in sub.choices.items()}


SUBCOMMANDS = sorted(_subcommands())


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if not isinstance(a, (argparse._HelpAction, argparse._SubParsersAction))]


def test_main_help_exits_0(capsys):
    assert cli.main(["--help"]) == cli.EXIT_OK


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_main_help_lists_every_command(capsys, command):
    cli.main(["--help"])
    assert command in capsys.readouterr().out


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_command_help_exits_0(capsys, command):
    assert cli.main([command, "--help"]) == cli.EXIT_OK


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_command_help_mentions_every_option(capsys, command):
    parser, _ = _subcommands()[command]
    cli.main([command, "--help"])
    out = capsys.readouterr().out
    names = [a.option_strings[-1] if a.option_strings else a.metavar or a.dest for a in _options(parser)]
    assert [n for n in names if n not in out] == []


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_command_is_documented(command):
    """A one-line help, a description, an example, and help text for every option."""
    parser, help_line = _subcommands()[command]
    missing = [what for what, ok in (("help", help_line), ("description", parser.description),
                                     ("example", "example:" in (parser.epilog or "")))
               if not ok]
    missing += [a.dest for a in _options(parser) if not a.help]
    assert missing == []


def test_diff_command_exists():
    assert "diff" in SUBCOMMANDS


def test_usage_error_exits_2(capsys):
    assert cli.main(["run"]) == cli.EXIT_USAGE


def test_no_command_exits_2(capsys):
    assert cli.main([]) == cli.EXIT_USAGE


def test_run_on_a_missing_folder_exits_2(capsys, tmp_path):
    assert cli.main(["run", str(tmp_path / "missing"), "-o", str(tmp_path / "out")]) == cli.EXIT_USAGE


def test_run_on_a_missing_folder_says_why(capsys, tmp_path):
    cli.main(["run", str(tmp_path / "missing"), "-o", str(tmp_path / "out")])
    assert "is not a folder" in capsys.readouterr().err


def test_negative_time_limit_exits_2_and_says_why(capsys, tmp_path, repo):
    code = cli.main(["run", str(repo / "corpus"), "-o", str(tmp_path / "out"), "--time-limit", "-1"])
    assert (code, "--time-limit" in capsys.readouterr().err) == (cli.EXIT_USAGE, True)


def test_run_with_a_broken_rule_file_exits_2_with_the_file(capsys, tmp_path, rules, repo):
    patterns = tmp_path / "patterns"
    shutil.copytree(rules.directory, patterns)
    with open(patterns / "regex_entities.jsonl", "a", encoding="utf-8") as f:
        f.write("\nnot json\n")
    code = cli.main(["run", str(repo / "corpus"), "-o", str(tmp_path / "out"), "--patterns", str(patterns), "-q"])
    assert (code, "regex_entities.jsonl" in capsys.readouterr().err) == (cli.EXIT_USAGE, True)


def test_schema_exits_0(capsys):
    assert cli.main(["schema"]) == cli.EXIT_OK


def test_schema_prints_json_with_every_output_file(capsys):
    cli.main(["schema"])
    assert {"articles.jsonl", "mentions.jsonl", "measures.jsonl"} <= set(json.loads(capsys.readouterr().out))


# --------------------------------------------------------------------------- end to end

def _run(cwd, out, *extra, corpus="corpus") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "run", str(corpus), "-o", str(out), *extra],
                          cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def e2e(repo, tmp_path_factory):
    out = tmp_path_factory.mktemp("e2e")
    return _run(repo, out), out


@pytest.fixture(scope="module")
def two_runs(repo, rules, tmp_path_factory):
    """Two runs of one snapshot of the package and its rule files (`python -m pipeline` from the
    snapshot folder), so an edit of pipeline/ or patterns/ made while the tests run cannot make
    them differ: what is compared is the pipeline's determinism."""
    base = tmp_path_factory.mktemp("determinism")
    shutil.copytree(repo / "pipeline", base / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(rules.directory, base / "patterns")
    outs = [base / "first", base / "second"]
    for out in outs:
        _run(base, out, "-q", "--patterns", str(base / "patterns"), corpus=repo / "corpus").check_returncode()
    return outs


def test_end_to_end_run_exits_0(e2e):
    proc, _ = e2e
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_end_to_end_run_prints_a_summary(e2e):
    proc, _ = e2e
    assert "articles" in proc.stderr and proc.stdout == ""


@pytest.mark.parametrize("name", OUTPUT_FILES)
def test_end_to_end_run_writes_the_output_file(e2e, name):
    _, out = e2e
    assert (out / name).is_file()


@pytest.mark.parametrize("name", ["articles.jsonl", "mentions.jsonl", "measures.jsonl"])
def test_end_to_end_output_is_not_empty(e2e, name):
    _, out = e2e
    assert (out / name).read_text(encoding="utf-8").strip() != ""


@pytest.mark.parametrize("name", OUTPUT_FILES)
def test_every_output_line_validates_against_its_model(e2e, name):
    _, out = e2e
    model = MODELS[name]
    lines = (out / name).read_text(encoding="utf-8").splitlines()
    assert [model.model_validate_json(line).model_dump(mode="json") for line in lines] == \
        [json.loads(line) for line in lines]


def test_end_to_end_leaves_no_temporary_files(e2e):
    _, out = e2e
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.name != CACHE_DIR) == []


def test_end_to_end_run_writes_the_reports(e2e):
    _, out = e2e
    assert (out / "report.html").is_file() and (out / "report.md").is_file()


@pytest.mark.parametrize("name", OUTPUT_FILES)
def test_outputs_get_the_permissions_of_any_new_file(e2e, tmp_path, name):
    _, out = e2e
    probe = tmp_path / "probe"
    probe.write_text("x")
    assert oct((out / name).stat().st_mode & 0o777) == oct(probe.stat().st_mode & 0o777)


def test_run_with_a_rejected_input_exits_1(capsys, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("India banned exports of onions on December 8, 2023.\n", encoding="utf-8")
    (news / "empty.txt").write_bytes(b"")
    assert cli.main(["run", str(news), "-o", str(tmp_path / "out"), "-q", "--no-reports"]) == cli.EXIT_REJECTED


@pytest.mark.parametrize("name", OUTPUT_FILES)
def test_second_run_is_byte_identical(two_runs, name):
    first, second = two_runs
    assert (first / name).read_bytes() == (second / name).read_bytes()
