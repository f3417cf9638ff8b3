"""The golden gate (like trafilatura's eval gate): mention F1 and exact dates against gold.

The pipeline runs once per suite and session; ../shared/score.py scores the run. The floors
live in tests/eval_baseline.json: raise them as quality improves, never lower them silently.
Without ../shared (a fresh checkout) there is no scorer, so both suites are skipped.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pipeline.runner import run

BASELINE = json.loads((Path(__file__).parent / "eval_baseline.json").read_text(encoding="utf-8"))
SUITES = ("corpus", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48", "fresh49", "fresh50", "fresh51", "fresh52", "fresh53", "fresh54", "fresh55", "fresh56", "fresh57", "fresh58", "fresh59", "fresh60", "fresh61", "fresh62", "fresh63", "fresh64", "fresh65", "fresh66", "fresh67", "fresh68", "fresh69", "fresh70", "fresh71", "fresh72", "fresh73", "fresh74", "fresh75", "fresh76", "fresh77", "fresh78", "fresh79", "fresh80", "fresh81", "fresh82", "fresh83", "fresh84", "fresh85", "fresh86", "fresh87", "seeds")
DATE_FIELDS = ("announced", "effective", "expires")


def suite_folders(suite: str, repo: Path, shared: Path) -> tuple[Path, Path]:
    """(news folder, gold folder) of a suite."""
    if suite == "seeds":
        return shared / "seeds", shared / "gold"
    if suite.startswith("fresh"):  # written after the rules were tuned: see tests/fresh*/README.md
        return repo / "tests" / suite / "news", repo / "tests" / suite / "gold"
    return repo / "corpus", repo / "tests" / "gold" / "corpus"


@pytest.fixture(scope="session")
def scorer(shared):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", params=SUITES)
def scored(request, scorer, repo, shared, pipeline_obj, tmp_path_factory):
    """(suite, scorer result) for one in-process run of the pipeline over the suite."""
    suite = request.param
    news, gold = suite_folders(suite, repo, shared)
    if not news.is_dir() or not gold.is_dir():
        pytest.skip(f"{suite}: {news} or {gold} is missing")
    out = tmp_path_factory.mktemp(f"golden-{suite}")
    run(news, out, pipeline=pipeline_obj)
    return suite, scorer.score(str(out), [str(gold)]), out


def exact_dates(result: dict) -> tuple[int, int]:
    """(exact, total) over the gold announced, effective and expires dates of matched mentions."""
    pairs = [tuple(int(x) for x in result["fields"][f].split("/")) for f in DATE_FIELDS]
    return sum(p[0] for p in pairs), sum(p[1] for p in pairs)


def test_baseline_names_every_suite():
    assert sorted(BASELINE) == sorted(SUITES)


def test_scorer_found_the_run(scored):
    suite, result, _ = scored
    assert result["error"] is None and result["gold"] > 0, f"{suite}: {result}"


def test_mention_f1_at_or_above_floor(scored):
    suite, result, _ = scored
    floor = BASELINE[suite]["f1"]
    assert result["f1"] >= floor, (
        f"{suite}: mention F1 {result['f1']} < floor {floor} "
        f"(P {result['precision']}, R {result['recall']}, gold {result['gold']}, pred {result['pred']})")


def test_exact_dates_at_or_above_floor(scored):
    suite, result, _ = scored
    exact, total = exact_dates(result)
    share = exact / total if total else 1.0
    floor = BASELINE[suite]["dates"]
    fields = ", ".join(f"{f} {result['fields'][f]}" for f in DATE_FIELDS)
    assert share >= floor, f"{suite}: exact dates {exact}/{total} = {share:.3f} < floor {floor} ({fields})"


TRACED = ("imposer", "agency", "type", "action", "announced", "effective", "expires", "duration")


def untraced(mention: dict) -> list[tuple[str, str]]:
    """The (field, value) pairs of a mention with no evidence entry."""
    have = {(e["field"], e["value"]) for e in mention["evidence"]}
    wanted = [(f, str(mention[f])) for f in TRACED if mention.get(f)]
    wanted += [(f, v) for f in ("products", "targets") for v in mention[f]]
    missing = [p for p in wanted if p not in have]
    if mention.get("rate") and not any(e["field"] == "rate" for e in mention["evidence"]):
        missing.append(("rate", str(mention["rate"]["value"])))
    return missing


def test_every_value_of_every_mention_carries_evidence(scored):
    suite, _, out = scored
    mentions = [json.loads(line) for line in (out / "mentions.jsonl").read_text("utf-8").splitlines()]
    missing = [(m["id"], pair) for m in mentions for pair in untraced(m)]
    assert missing == [], f"{suite}: {len(missing)} values without evidence, e.g. {missing[:5]}"
