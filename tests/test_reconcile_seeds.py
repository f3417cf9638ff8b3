"""End to end on the seed articles: what ../shared/gold/reconciled.json says a careful
reviewer expects from measures.jsonl (skipped where ../shared is absent)."""
import json

import pytest

from pipeline.runner import run


@pytest.fixture(scope="module")
def seeds_out(shared, pipeline_obj, tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds_out")
    run(shared / "seeds", out, pipeline=pipeline_obj)
    read = lambda name: [json.loads(line) for line in (out / name).read_text("utf-8").splitlines()]  # noqa: E731
    return {"articles": read("articles.jsonl"), "measures": read("measures.jsonl")}


def _measure(measures, imposer, product):
    found = [m for m in measures if m["imposer"] == imposer and product in m["products"]]
    assert len(found) == 1, [m["id"] for m in measures]
    return found[0]


def _event(measure, action):
    found = [e for e in measure["events"] if e["action"] == action]
    assert len(found) == 1, [e["action"] for e in measure["events"]]
    return found[0]


def test_rewritten_copy_is_marked_duplicate(seeds_out):
    dup = {a["id"][:3]: (a["duplicate_of"] or "")[:3] for a in seeds_out["articles"]}
    assert dup["002"] == "001" or dup["001"] == "002"


def test_rewritten_copies_count_as_one_independent_source(seeds_out):
    suspend = _event(_measure(seeds_out["measures"], "CN", "rare earths"), "suspend")
    friday = [c for c in suspend["fields"]["announced"]["candidates"] if str(c["value"]).startswith("unresolved")]
    assert [(sorted(a[:3] for a in c["articles"]), c["independent_sources"]) for c in friday] == [(["001", "002"], 1)]


def test_rare_earth_suspension_announcement_is_flagged_not_guessed(seeds_out):
    field = _event(_measure(seeds_out["measures"], "CN", "rare earths"), "suspend")["fields"]["announced"]
    values = sorted(str(c["value"]).lower() for c in field["candidates"])
    assert (field["status"], field["value"], values) == ("conflict", None, ["2025-10-09", "unresolved: friday"])


@pytest.mark.parametrize("phrase", ["conflation", "impose", "2025-10-30", "follows"],
                         ids=["names-conflation", "names-imposition", "names-talks-date", "names-follows"])
def test_october_9_is_named_as_conflation_and_inconsistent_with_the_talks(seeds_out, phrase):
    field = _event(_measure(seeds_out["measures"], "CN", "rare earths"), "suspend")["fields"]["announced"]
    assert phrase in field["reason"]


def test_ban_suspension_resolves_to_november_9_and_its_expiry(seeds_out):
    event = _event(_measure(seeds_out["measures"], "CN", "gallium"), "suspend")
    assert (event["announced"], event["expires"]) == ("2025-11-09", "2026-11-27")


def test_lifted_versus_suspended_is_a_minor_wording_conflict_resolved_to_suspend(seeds_out):
    measure = _measure(seeds_out["measures"], "CN", "gallium")
    action = [c for c in measure["conflicts"] if c["field"] == "action"]
    assert [(c["severity"], measure["events"][c["event"]]["action"]) for c in action] == [("minor", "suspend")]


def test_imposition_and_suspension_are_one_measure_timeline_oldest_first(seeds_out):
    measure = _measure(seeds_out["measures"], "CN", "gallium")
    assert [(e["action"], e["direction"]) for e in measure["events"]] == [
        ("impose", "restrictive"), ("suspend", "liberalising")]


def test_every_conflict_has_a_severity_and_every_event_a_direction(seeds_out):
    severities = {c["severity"] for m in seeds_out["measures"] for c in m["conflicts"]}
    directions = {e["direction"] for m in seeds_out["measures"] for e in m["events"]}
    assert severities <= {"critical", "important", "minor"} and directions == {"restrictive", "liberalising"}
