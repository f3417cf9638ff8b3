"""`trade-measures diff OLD_OUT NEW_OUT`: matching, what counts as a change, the files and exit codes.

Unit tests compare small hand-made output folders; the end-to-end test runs the pipeline
twice on three corpus articles, with the shipped patterns and with a copy from which one
product line was deleted, and checks that the diff reports what that changed.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.diff import diff_runs, write_diff
from pipeline.report import load_run
from pipeline.runner import Pipeline, run
from pipeline.settings import Settings

SENTENCE = "China imposed export controls on gallium and germanium on July 3, 2023."


def _mention(mid="a#1", article="a", products=("gallium", "germanium"), action="impose", **values):
    m = {"id": mid, "article": article, "sentence": SENTENCE, "start": 0, "end": len(SENTENCE), "imposer": "CN",
         "agency": None, "targets": [], "type": "export_control", "action": action, "products": list(products),
         "hs_codes": [], "announced": "2023-07-03", "effective": None, "expires": None, "duration": None,
         "rate": None, "dates": [{"role": "announced", "text": "July 3, 2023", "value": "2023-07-03",
                                  "precision": "day", "how": "absolute", "anchor": None,
                                  "start": SENTENCE.index("July"), "end": SENTENCE.index("July") + 12}],
         "confidence": 0.9, "direction": "restrictive", "evidence": [], "sentences": []}
    m.update(values)
    return m


def _event(action="impose", announced="2023-07-03", articles=("a",), mentions=("a#1",), rate=None):
    fields = {"action": {"value": action, "status": "agreed", "reason": None, "candidates": [
                  {"value": action, "articles": list(articles), "mentions": list(mentions),
                   "independent_sources": len(articles)}]},
              "announced": {"value": announced, "status": "agreed", "reason": None, "candidates": [
                  {"value": announced, "articles": list(articles), "mentions": list(mentions),
                   "independent_sources": len(articles)}] if announced else []}}
    return {"action": action, "announced": announced, "effective": None, "expires": None, "duration": None,
            "rate": rate, "articles": list(articles), "mentions": list(mentions), "fields": fields,
            "direction": "restrictive"}


def _measure(mid="CN-export_control-gallium-1", products=("gallium", "germanium"), events=None):
    return {"id": mid, "imposer": "CN", "agency": None, "targets": [], "type": "export_control",
            "products": list(products), "hs_codes": [], "events": events if events is not None else [_event()],
            "conflicts": []}


def _records(**overrides):
    records = {"articles.jsonl": [{"id": "a", "path": "a.txt", "title": "Gallium curbs", "outlet": None,
                                   "url": None, "published": "2023-07-04", "published_from": "dateline",
                                   "sha256": "0" * 64, "words": 12, "duplicate_of": None,
                                   "entities": [{"label": "PRODUCT", "text": "gallium", "start": 32, "end": 39,
                                                 "norm": "gallium", "rule": None}], "warnings": []}],
               "mentions.jsonl": [_mention()], "measures.jsonl": [_measure()], "errors.jsonl": []}
    records.update(overrides)
    return records


def _write(folder: Path, records) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in records.items():
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def _diff(tmp_path, old, new):
    return diff_runs(load_run(_write(tmp_path / "old", old)), load_run(_write(tmp_path / "new", new)))


# --------------------------------------------------------------------------- matching

def test_identical_runs_have_no_changes(tmp_path):
    d = _diff(tmp_path, _records(), _records())
    assert (d.changed, d.line()) == (False, "no changes")


def test_a_changed_date_is_one_changed_event_with_old_and_new(tmp_path):
    new = _records()
    new["measures.jsonl"] = [_measure(events=[_event(announced="2023-07-04")])]
    [m] = _diff(tmp_path, _records(), new).measures
    [e] = m.events
    [c] = [c for c in e.changes if c.field == "announced"]
    assert (m.kind, e.kind, c.old.split()[0], c.new.split()[0]) == ("changed", "changed", "2023-07-03", "2023-07-04")


def test_a_changed_value_carries_the_sentences_of_both_sides(tmp_path):
    new = _records()
    new["measures.jsonl"] = [_measure(events=[_event(announced="2023-07-04")])]
    [m] = _diff(tmp_path, _records(), new).measures
    [c] = [c for c in m.events[0].changes if c.field == "announced"]
    assert [q.text for q in c.old_quotes + c.new_quotes] == [SENTENCE, SENTENCE]


def test_events_match_by_class_so_a_reworded_action_is_a_change_not_a_swap(tmp_path):
    old = _records(**{"measures.jsonl": [_measure(events=[_event(), _event("lift", "2024-01-01")])]})
    new = _records(**{"measures.jsonl": [_measure(events=[_event(), _event("suspend", "2024-01-01")])]})
    [m] = _diff(tmp_path, old, new).measures
    assert [(e.kind, [c.field for c in e.changes][:1]) for e in m.events] == [("changed", ["action"])]


def test_events_match_by_class_when_a_date_change_reorders_the_timeline(tmp_path):
    old = _records(**{"measures.jsonl": [_measure(events=[_event(), _event("lift", "2024-01-01")])]})
    new = _records(**{"measures.jsonl": [_measure(events=[_event("lift", "2022-01-01"), _event()])]})
    [m] = _diff(tmp_path, old, new).measures
    assert [(e.kind, e.label) for e in m.events] == [("changed", "lift 2022-01-01")]


def test_a_renamed_measure_is_paired_not_removed_and_added(tmp_path):
    new = _records(**{"measures.jsonl": [_measure("CN-export_control-gallium-2", products=("gallium",))]})
    [m] = _diff(tmp_path, _records(), new).measures
    assert (m.kind, m.renamed, [c.field for c in m.changes]) == ("changed", True, ["id", "products"])


def test_a_measure_of_another_imposer_is_not_paired(tmp_path):
    other = dict(_measure("US-export_control-gallium-3"), imposer="US")
    d = _diff(tmp_path, _records(), _records(**{"measures.jsonl": [other]}))
    assert sorted(m.kind for m in d.measures) == ["added", "removed"]


def test_a_new_conflict_is_a_change_of_the_measure(tmp_path):
    conflict = {"event": 0, "field": "announced", "values": [], "severity": "important", "reason": "tie"}
    new = _records(**{"measures.jsonl": [dict(_measure(), conflicts=[conflict])]})
    [m] = _diff(tmp_path, _records(), new).measures
    assert [(c.field, c.old, c.new) for c in m.changes] == [("conflicts", [], ["impose announced (important)"])]


def test_rate_offsets_alone_are_not_a_change(tmp_path):
    rate = {"value": 25.0, "unit": "percent", "kind": "level", "previous": None, "text": "25%", "start": 10, "end": 13}
    old = _records(**{"measures.jsonl": [_measure(events=[_event(rate=rate)])]})
    new = _records(**{"measures.jsonl": [_measure(events=[_event(rate=dict(rate, start=99, end=102))])]})
    assert _diff(tmp_path, old, new).changed is False


def test_mentions_lost_and_gained_per_article(tmp_path):
    new = _records(**{"mentions.jsonl": [_mention(), _mention("a#2", action="lift",
                                                            sentence="China lifted the gallium curbs.")]})
    old = _records(**{"mentions.jsonl": [_mention(), _mention("a#2", imposer="US", products=["chips"],
                                                              sentence="The US banned chips.")]})
    [a] = _diff(tmp_path, old, new).articles
    assert ([m["sentence"] for m in a.lost], [m["sentence"] for m in a.gained]) == \
        (["The US banned chips."], ["China lifted the gallium curbs."])


def test_a_mention_that_lost_a_product_is_changed_with_both_versions(tmp_path):
    new = _records(**{"mentions.jsonl": [_mention(products=["gallium"])]})
    [a] = _diff(tmp_path, _records(), new).articles
    [c] = a.changed
    assert ([(x.field, x.old, x.new) for x in c.changes], a.lost, a.gained) == \
        ([("products", ["gallium", "germanium"], ["gallium"])], [], [])


def test_renumbered_mentions_are_not_a_change(tmp_path):
    old = _records(**{"mentions.jsonl": [_mention("a#1"), _mention("a#2", action="lift")]})
    new = _records(**{"mentions.jsonl": [_mention("a#1", action="lift"), _mention("a#2")]})
    assert _diff(tmp_path, old, new).articles == []


def test_entities_lost_are_listed_per_article(tmp_path):
    new = _records()
    new["articles.jsonl"] = [dict(new["articles.jsonl"][0], entities=[])]
    [a] = _diff(tmp_path, _records(), new).articles
    assert a.entities_lost == [("PRODUCT", "gallium", "gallium")]


def test_a_new_rejected_input_is_a_change(tmp_path):
    new = _records(**{"errors.jsonl": [{"path": "x.txt", "line": None, "error": "empty", "detail": ""}]})
    d = _diff(tmp_path, _records(), new)
    assert (d.changed, [e["path"] for e in d.errors_gained]) == (True, ["x.txt"])


def test_summary_line_groups_counts(tmp_path):
    new = _records(**{"mentions.jsonl": [_mention(products=["gallium"])], "measures.jsonl": []})
    assert _diff(tmp_path, _records(), new).line() == "measures: 1 removed; events: 1 removed; mentions: 1 changed"


# --------------------------------------------------------------------------- the files

HOSTILE = "<script>document.body.setAttribute('data-pwned','1')</script><img src=x onerror=alert(1)>"


@pytest.fixture()
def hostile_diff(tmp_path):
    new = _records(**{"mentions.jsonl": [_mention(products=["gallium"], sentence=f"{SENTENCE} {HOSTILE}")],
                      "measures.jsonl": [_measure(f"CN-{HOSTILE}", products=(HOSTILE,))]})
    new["articles.jsonl"] = [dict(new["articles.jsonl"][0], title=HOSTILE, url="javascript:alert(1)")]
    return write_diff(_write(tmp_path / "old", _records()), _write(tmp_path / "new", new), tmp_path / "out"), \
        tmp_path / "out"


def test_diff_html_escapes_article_data(hostile_diff):
    _, out = hostile_diff
    html = (out / "diff.html").read_text(encoding="utf-8")
    assert ("<script>document" in html, "<img" in html, re.search(r"<[^>]*\sonerror=", html),
            'href="javascript:' in html, len(re.findall(r"<script\b", html))) == (False, False, None, False, 1)


def test_diff_markdown_escapes_article_data(hostile_diff):
    _, out = hostile_diff
    assert re.findall(r"(?<!\\)<(script|img)", (out / "diff.md").read_text(encoding="utf-8")) == []


def test_diff_of_identical_runs_says_no_changes_in_both_files(tmp_path):
    folder = _write(tmp_path / "run", _records())
    write_diff(folder, folder, tmp_path / "out")
    assert ("No changes" in (tmp_path / "out" / "diff.html").read_text(encoding="utf-8"),
            "No changes" in (tmp_path / "out" / "diff.md").read_text(encoding="utf-8")) == (True, True)


# --------------------------------------------------------------------------- the command

def test_cli_diff_writes_into_new_out_by_default(tmp_path, capsys):
    old, new = _write(tmp_path / "old", _records()), _write(tmp_path / "new", _records())
    assert cli.main(["diff", str(old), str(new)]) == cli.EXIT_OK
    assert sorted(p.name for p in new.glob("diff.*")) == ["diff.html", "diff.md"]


def test_cli_diff_writes_into_the_out_option(tmp_path, capsys):
    old, new = _write(tmp_path / "old", _records()), _write(tmp_path / "new", _records())
    cli.main(["diff", str(old), str(new), "-o", str(tmp_path / "report")])
    assert sorted(p.name for p in (tmp_path / "report").iterdir()) == ["diff.html", "diff.md"]


@pytest.mark.parametrize("which", ["old", "new"])
def test_cli_diff_of_a_missing_folder_is_a_usage_error(tmp_path, capsys, which):
    folders = {"old": _write(tmp_path / "old", _records()), "new": _write(tmp_path / "new", _records())}
    folders[which] = tmp_path / "missing"
    assert cli.main(["diff", str(folders["old"]), str(folders["new"])]) == cli.EXIT_USAGE
    assert "is not a folder" in capsys.readouterr().err


def test_cli_diff_of_a_folder_that_is_not_a_run_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert cli.main(["diff", str(tmp_path / "empty"), str(_write(tmp_path / "new", _records()))]) == cli.EXIT_USAGE
    assert "has no measures.jsonl" in capsys.readouterr().err


def test_cli_diff_is_documented(capsys):
    cli.main(["diff", "--help"])
    out = capsys.readouterr().out
    assert all(word in out for word in ("OLD_OUT", "NEW_OUT", "--fail-on-change", "example:", "exit status"))


# --------------------------------------------------------------------------- two real runs, one pattern apart

ARTICLES = ("india-rice-export-ban-lifted-2024-wire.txt", "india-rice-ban-scrapped-blog.txt",
            "india-white-rice-exports-reopen-business-daily.txt")
DROPPED = "parboiled rice"


@pytest.fixture(scope="module")
def two_runs(repo, rules, tmp_path_factory):
    """The same three articles run with a snapshot of the shipped patterns and with a copy of
    it without the product line for 'parboiled rice' (which two of them mention). Snapshots,
    so that an edit of patterns/ while the tests run cannot make the runs differ by more."""
    base = tmp_path_factory.mktemp("diff-runs")
    news = base / "news"
    news.mkdir()
    for name in ARTICLES:
        shutil.copy(repo / "corpus" / name, news / name)
    shipped, dropped = base / "patterns", base / "patterns-dropped"
    shutil.copytree(rules.directory, shipped)
    shutil.copytree(shipped, dropped)
    lines = (shipped / "products.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not (line.strip() and json.loads(line).get("id") == DROPPED)]
    assert len(kept) < len(lines), f"no product line for {DROPPED!r} in patterns/products.jsonl"
    (dropped / "products.jsonl").write_text("".join(kept), encoding="utf-8")
    old, new = base / "old", base / "new"
    run(news, old, pipeline=Pipeline(Settings(patterns=shipped, progress=False)))
    run(news, new, pipeline=Pipeline(Settings(patterns=dropped, progress=False)))
    return old, new


def _with_product(mentions: list[dict]) -> list[str]:
    return sorted(m["id"] for m in mentions if DROPPED in (m.get("products") or []))


def test_the_old_run_has_mentions_of_the_dropped_product(two_runs):
    old, _ = two_runs
    assert _with_product(list(load_run(old).mentions.values())) != []


def test_diff_reports_every_mention_of_the_dropped_product(two_runs):
    old, new = two_runs
    d = diff_runs(load_run(old), load_run(new))
    reported = [m for a in d.articles for m in a.lost] + [c.old for a in d.articles for c in a.changed]
    assert _with_product(reported) == _with_product(list(load_run(old).mentions.values()))


def test_diff_shows_the_products_change_field_by_field(two_runs):
    old, new = two_runs
    d = diff_runs(load_run(old), load_run(new))
    changes = [c for a in d.articles for mc in a.changed for c in mc.changes if c.field == "products"]
    assert changes and all(DROPPED in c.old and DROPPED not in c.new for c in changes)


def test_diff_lists_the_lost_rule_matches(two_runs):
    old, new = two_runs
    d = diff_runs(load_run(old), load_run(new))
    assert {norm for a in d.articles for _, _, norm in a.entities_lost} == {DROPPED}


def test_diff_reports_the_measure_of_the_dropped_product(two_runs):
    old, new = two_runs
    d = diff_runs(load_run(old), load_run(new))
    assert any(DROPPED in ((m.old or {}).get("products") or []) for m in d.measures)


def test_cli_diff_fail_on_change_exits_1(two_runs, tmp_path, capsys):
    old, new = two_runs
    assert cli.main(["diff", str(old), str(new), "-o", str(tmp_path), "--fail-on-change"]) == cli.EXIT_CHANGED


def test_cli_diff_without_fail_on_change_exits_0(two_runs, tmp_path, capsys):
    old, new = two_runs
    assert cli.main(["diff", str(old), str(new), "-o", str(tmp_path)]) == cli.EXIT_OK
    assert "mentions:" in capsys.readouterr().out


def test_cli_diff_of_a_run_against_itself_exits_0_with_no_changes(two_runs, tmp_path, capsys):
    old, _ = two_runs
    assert cli.main(["diff", str(old), str(old), "-o", str(tmp_path), "--fail-on-change"]) == cli.EXIT_OK
    assert capsys.readouterr().out.startswith("no changes")
    assert "No changes" in (tmp_path / "diff.md").read_text(encoding="utf-8")


def test_diff_files_name_the_dropped_product(two_runs, tmp_path, capsys):
    old, new = two_runs
    cli.main(["diff", str(old), str(new), "-o", str(tmp_path)])
    assert all(DROPPED in (tmp_path / name).read_text(encoding="utf-8") for name in ("diff.html", "diff.md"))


def test_diff_is_deterministic(two_runs, tmp_path):
    old, new = two_runs
    write_diff(old, new, tmp_path / "a")
    write_diff(old, new, tmp_path / "b")
    assert [(tmp_path / "a" / n).read_bytes() for n in ("diff.html", "diff.md")] == \
        [(tmp_path / "b" / n).read_bytes() for n in ("diff.html", "diff.md")]
