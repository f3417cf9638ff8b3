"""Near-duplicate articles, and the reconciliation rules on hand-made mention dicts.

Every rule gets a case where it fires and a case where it must not.
"""
from __future__ import annotations

import itertools
import random

import pytest
from datasketch import MinHashLSH

from pipeline import dedupe
from pipeline.dedupe import find_duplicates, signature
from pipeline.models import DateExpr, Mention
from pipeline.reconcile import reconcile
from pipeline.runner import FACT_LABELS

# --------------------------------------------------------------------------- dedupe

ORIGINAL = """Vietnam suspends steel tariff on Chinese imports

Vietnam's trade ministry said on 3 March 2025 that it would suspend its 15% import tariff on Chinese steel for a year, easing costs for builders in Hanoi and Ho Chi Minh City.
The tariff on steel from China was introduced in June 2023 after a surge of cheap coil and rebar. Officials said the suspension would run until 3 March 2026 and could be reviewed earlier if imports jumped again.
Steel imports from China rose 12% last year, while purchases from South Korea fell 4%, according to customs figures. Construction firms had lobbied for months for relief, saying rebar prices were eating into margins on public housing projects across the country."""

LIGHT_EDIT = (ORIGINAL.replace("easing costs for builders", "cutting costs for contractors")
              .replace("Construction firms had lobbied for months", "Builders had lobbied for many months")
              .replace("cheap coil and rebar", "cheap steel coil"))

# Every sentence rewritten, the facts kept in the same order.
REWORDED = """Vietnam pauses levy on steel from China

Vietnam's trade ministry announced on 3 March 2025 a pause of the 15% duty charged on Chinese steel for a year, which should help developers in Hanoi.
Levies on steel shipped from China date back to June 2023, when a wave of low-priced rebar arrived. The pause ends on 3 March 2026 unless officials review it sooner.
Customs figures show steel purchases from China up 12% over the past year and those from South Korea down 4%. Developers say rebar costs had squeezed margins on social housing."""

UNRELATED = """Kenya halts sugar imports to protect millers

Kenya on Monday suspended imports of sugar until August 31, 2025, the agriculture ministry said, in a bid to support local millers hit by a glut of cheap supply from Uganda and Brazil.
Millers welcomed the decision, which they said would stabilise prices for farmers in western Kenya. Retailers warned that shelf prices could rise before the harvest arrives in September."""

# The same event, reported independently: its own words and its own order of facts.
INDEPENDENT = """Builders cheer as Hanoi pauses steel duty

Construction groups in Ho Chi Minh City said on Tuesday that rebar prices should ease after the government halted a levy on steel.
South Korea, a rival supplier, saw its sales fall 4% last year while Chinese mills gained 12%.
The 15% duty on steel from China, in force since June 2023, is now paused for a year until 3 March 2026, the trade ministry confirmed on 3 March 2025."""


@pytest.fixture(scope="module")
def sign(nlp):
    def _sign(text):
        facts = [e._.norm for e in nlp(text).ents if e.label_ in FACT_LABELS and e._.norm]
        return signature(text, facts)
    return _sign


@pytest.mark.parametrize(
    "copy,is_duplicate",
    [(LIGHT_EDIT, True), (REWORDED, True), (UNRELATED, False), (INDEPENDENT, False)],
    ids=["light-edit", "reworded-same-facts-same-order", "unrelated", "independent-report"],
)
def test_near_duplicates(sign, copy, is_duplicate):
    duplicates = find_duplicates({"a-original": sign(ORIGINAL), "b-copy": sign(copy)})
    assert (duplicates.get("b-copy") == "a-original") is is_duplicate


def test_reworded_copy_is_caught_by_facts_not_words(sign):
    original, reworded = sign(ORIGINAL), sign(REWORDED)
    assert original.text.jaccard(reworded.text) < 0.5 <= original.facts.jaccard(reworded.facts)


def test_duplicate_points_at_the_earliest_id(sign):
    duplicates = find_duplicates({"c": sign(ORIGINAL), "a": sign(LIGHT_EDIT), "b": sign(ORIGINAL)})
    assert duplicates == {"b": "a", "c": "a"}


def test_few_facts_are_not_enough_for_a_fact_match():
    facts = ["VN", "steel", "CN", "2025-03-03", "15 percent"]
    duplicates = find_duplicates({"a": signature("one wording of the story", facts),
                                  "b": signature("an entirely different phrasing here", facts)})
    assert duplicates == {}


@pytest.mark.parametrize("threshold", [dedupe.TEXT_THRESHOLD, dedupe.FACT_THRESHOLD])
def test_the_banded_index_finds_what_minhash_lsh_finds(threshold):
    """`dedupe._Bands` replaces datasketch's MinHashLSH: the same candidates for every query."""
    rng = random.Random(5)
    vocabulary = [f"w{i}" for i in range(300)]
    texts = []
    for i in range(300):
        start = rng.randrange(60) * 3
        texts.append(" ".join(w if rng.random() > 0.05 * (i % 9) else f"x{rng.randrange(10**6)}"
                              for w in vocabulary[start:start + 80]))
    sketches = [signature(text, text.split()[:10]) for text in texts]
    for pick in ("text", "facts"):
        ours, theirs = dedupe._Bands(threshold), MinHashLSH(threshold=threshold, num_perm=dedupe.NUM_PERM)
        for i, sig in enumerate(sketches):
            sketch = getattr(sig, pick)
            keys = ours.keys(sketch)
            assert ours.query(keys) == set(theirs.query(sketch))
            ours.insert(str(i), keys)
            theirs.insert(str(i), sketch)


# --------------------------------------------------------------------------- reconcile

_ids = itertools.count(1)


def mention(article: str, action: str, *, imposer="CN", type="export_control", products=("gallium",),
            how="absolute", **fields) -> dict:
    """A mentions.jsonl record: one DateExpr per date field given, validated by the model."""
    dates = [DateExpr(role=role, text=str(fields[role]), value=fields[role], how=how)
             for role in ("announced", "effective", "expires") if role in fields]
    record = Mention(id=f"{article}#{next(_ids)}", article=article, sentence="s", start=0, end=1,
                     imposer=imposer, type=type, action=action, products=list(products), dates=dates, **fields)
    return record.model_dump(mode="json")


def event(measures, action_class: str):
    """The one event of the one measure whose action is in `action_class`."""
    [measure] = measures
    [found] = [e for e in measure.events if e.action in action_class.split("|")]
    return found


def verdict(measures, action_class: str, field: str):
    v = event(measures, action_class).fields[field]
    return v.value, v.status


IMPOSED = mention("w", "impose", effective="2024-12-03")


@pytest.mark.parametrize("one,other", [("maize", "corn"), ("tyres", "tires"), ("aluminium foil", "aluminum foil"),
                                       ("fertilisers", "fertilizers")])
def test_synonym_products_are_one_measure_and_keep_both_names(rules, one, other):
    """One outlet writes 'maize' (or 'tyres'), another 'corn' ('tires'): one measure, each article's word kept."""
    a = mention("a", "impose", imposer="ZM", type="export_ban", products=(one,), effective="2024-02")
    b = mention("b", "impose", imposer="ZM", type="export_ban", products=(other,), effective="2024-02")
    assert len(reconcile([a, b])) == 2  # without the catalog's synonyms they stay apart
    [measure] = reconcile([a, b], same_product=rules.same_product)
    assert sorted(measure.products) == sorted([one, other])


def test_compatible_dates_agree_and_keep_the_precise_one():
    measures = reconcile([mention("a", "impose", effective="2024-12"), mention("b", "impose", effective="2024-12-03")])
    assert verdict(measures, "impose", "effective") == ("2024-12-03", "agreed")


def test_verdict_does_not_depend_on_the_order_of_the_mentions():
    month = mention("a", "suspend", effective="2024-12")
    third, tenth = mention("b", "suspend", effective="2024-12-03"), mention("c", "suspend", effective="2024-12-10")
    assert verdict(reconcile([month, third, tenth]), "suspend", "effective") == \
        verdict(reconcile([month, tenth, third]), "suspend", "effective")


def test_compatible_dates_raise_no_conflict():
    measures = reconcile([mention("a", "impose", effective="2024-12"), mention("b", "impose", effective="2024-12-03")])
    assert measures[0].conflicts == []


def test_lift_with_an_end_date_resolves_to_suspend():
    measures = reconcile([mention("a", "lift"), mention("b", "suspend", expires="2026-11-10")])
    assert verdict(measures, "suspend|lift", "action") == ("suspend", "resolved")


def test_lift_versus_suspend_is_a_minor_conflict():
    measures = reconcile([mention("a", "lift"), mention("b", "suspend", expires="2026-11-10")])
    assert [(c.field, c.severity) for c in measures[0].conflicts] == [("action", "minor")]


def test_lift_versus_suspend_without_an_end_date_is_not_resolved():
    measures = reconcile([mention("a", "lift"), mention("b", "suspend")])
    assert verdict(measures, "suspend|lift", "action") == (None, "conflict")


def test_temporal_consistency_demotes_a_suspension_announced_before_the_imposition():
    measures = reconcile([IMPOSED, mention("a", "suspend", announced="2025-11-09"),
                          mention("b", "suspend", announced="2024-11-01")])
    assert verdict(measures, "suspend", "announced") == ("2025-11-09", "resolved")


def test_temporal_consistency_names_its_rule():
    measures = reconcile([IMPOSED, mention("a", "suspend", announced="2025-11-09"),
                          mention("b", "suspend", announced="2024-11-01")])
    assert event(measures, "suspend").fields["announced"].reason.startswith("temporal consistency")


def test_announcement_after_the_imposition_stays_agreed():
    measures = reconcile([IMPOSED, mention("a", "suspend", announced="2025-11-09")])
    assert verdict(measures, "suspend", "announced") == ("2025-11-09", "agreed")


def test_temporal_consistency_does_not_apply_to_the_imposition_itself():
    measures = reconcile([mention("a", "impose", effective="2024-12-03"), mention("b", "impose", effective="2024-11-01")])
    assert verdict(measures, "impose", "effective") == (None, "conflict")


def test_follows_rule_demotes_a_date_before_the_event_the_article_says_it_follows():
    follows = DateExpr(role="follows", text="talks on October 30", value="2025-10-30", how="absolute")
    early = mention("b", "suspend", effective="2025-10-01")
    early["dates"].append(follows.model_dump(mode="json"))
    measures = reconcile([mention("a", "suspend", effective="2025-11-10"), early])
    assert verdict(measures, "suspend", "effective") == ("2025-11-10", "resolved")


# Article "a" reports the imposition and gives its date to the suspension as well (a mix-up).
CONFLATED = [mention("a", "impose", effective="2024-12-03"), mention("a", "suspend", effective="2024-12-03"),
             mention("b", "suspend", effective="2025-11-10")]
# The same mix-up, with the imposition reported by another article.
CONFLATED_ACROSS = [IMPOSED, mention("a", "suspend", effective="2024-12-03"),
                    mention("b", "suspend", effective="2025-11-10")]
# Regression: _merge_contradictions (1075e95) used to move the whole relax class into the impose
# event here, so the imposition event vanished and the suspension took its date (fixed in 48f6bf4).


def test_conflation_demotes_a_value_equal_to_the_imposition_date():
    assert verdict(reconcile(CONFLATED), "suspend", "effective") == ("2025-11-10", "resolved")


def test_conflation_names_its_rule():
    assert "conflation" in event(reconcile(CONFLATED), "suspend").fields["effective"].reason


def test_conflation_across_articles_demotes_the_imposition_date():
    assert verdict(reconcile(CONFLATED_ACROSS), "suspend", "effective") == ("2025-11-10", "resolved")


def test_conflation_across_articles_keeps_the_imposition_event():
    assert [e.action for e in reconcile(CONFLATED_ACROSS)[0].events] == ["impose", "suspend"]


def test_conflation_does_not_fire_on_unrelated_dates():
    measures = reconcile([IMPOSED, mention("a", "suspend", effective="2025-11-12"),
                          mention("b", "suspend", effective="2025-11-10")])
    assert verdict(measures, "suspend", "effective") == (None, "conflict")


def test_opposite_steps_on_the_same_day_are_one_event():
    """'raised' vs 'cut' the tariff on 2025-04-09 in two sources: one event they disagree on."""
    ms = [mention("a", "raise", type="import_tariff", effective="2025-04-09"),
          mention("b", "reduce", type="import_tariff", effective="2025-04-09")]
    assert len(reconcile(ms)[0].events) == 1


def test_opposite_steps_on_the_same_day_are_a_critical_conflict():
    ms = [mention("a", "raise", type="import_tariff", effective="2025-04-09"),
          mention("b", "reduce", type="import_tariff", effective="2025-04-09")]
    assert [(c.field, c.severity) for c in reconcile(ms)[0].conflicts] == [("action", "critical")]


def test_opposite_steps_on_different_days_are_two_events():
    ms = [mention("a", "raise", type="import_tariff", effective="2025-04-02"),
          mention("b", "reduce", type="import_tariff", effective="2025-05-14")]
    assert [e.action for e in reconcile(ms)[0].events] == ["raise", "reduce"]


def test_duplicate_articles_count_as_one_source():
    """2 vs 1 among raw articles, but two of them are one source: a tie."""
    ms = [mention("a", "suspend", effective="2025-11-10"), mention("a-copy", "suspend", effective="2025-11-10"),
          mention("c", "suspend", effective="2025-11-12")]
    assert verdict(reconcile(ms, {"a-copy": "a"}), "suspend", "effective") == (None, "conflict")


def test_duplicate_sources_are_reported_per_candidate():
    ms = [mention("a", "suspend", effective="2025-11-10"), mention("a-copy", "suspend", effective="2025-11-10"),
          mention("c", "suspend", effective="2025-11-12")]
    field = event(reconcile(ms, {"a-copy": "a"}), "suspend").fields["effective"]
    assert [(c.value, c.independent_sources) for c in field.candidates] == [("2025-11-10", 1), ("2025-11-12", 1)]


def test_majority_of_independent_sources_resolves():
    ms = [mention("a", "suspend", effective="2025-11-10"), mention("b", "suspend", effective="2025-11-10"),
          mention("c", "suspend", effective="2025-11-12")]
    assert verdict(reconcile(ms), "suspend", "effective") == ("2025-11-10", "resolved")


def test_tie_between_independent_sources_stays_a_conflict():
    ms = [mention("a", "suspend", effective="2025-11-10"), mention("c", "suspend", effective="2025-11-12")]
    assert verdict(reconcile(ms), "suspend", "effective") == (None, "conflict")


def test_explicit_beats_inferred_on_a_tie():
    ms = [mention("a", "suspend", effective="2025-11-10"),
          mention("c", "suspend", effective="2025-11-12", how="inferred")]
    assert verdict(reconcile(ms), "suspend", "effective") == ("2025-11-10", "resolved")


def test_unresolved_relative_date_alone_is_unresolved():
    m = mention("a", "suspend")
    m["dates"].append(DateExpr(role="effective", text="Friday", value=None, how="relative").model_dump(mode="json"))
    assert verdict(reconcile([m]), "suspend", "effective") == (None, "unresolved")


def test_explicit_date_beats_an_unresolved_weekday():
    undated = mention("b", "suspend")
    undated["dates"].append(DateExpr(role="effective", text="Friday", value=None, how="relative").model_dump(mode="json"))
    measures = reconcile([mention("a", "suspend", effective="2025-11-07"), undated])
    assert verdict(measures, "suspend", "effective") == ("2025-11-07", "resolved")


def test_expiry_not_after_the_start_is_a_conflict():
    measures = reconcile([mention("a", "suspend", effective="2025-11-10", expires="2025-11-01")])
    assert verdict(measures, "suspend", "expires")[1] == "conflict"


def test_expiry_after_the_start_stays_agreed():
    measures = reconcile([mention("a", "suspend", effective="2025-11-10", expires="2026-11-10")])
    assert verdict(measures, "suspend", "expires") == ("2026-11-10", "agreed")


# --------------------------------------------------------------------------- identity

def test_mentions_with_overlapping_products_form_one_measure():
    ms = [mention("a", "impose", products=["gallium", "germanium"]), mention("b", "suspend", products=["germanium"])]
    assert len(reconcile(ms)) == 1


def test_different_imposers_are_different_measures():
    assert len(reconcile([mention("a", "impose"), mention("b", "impose", imposer="US")])) == 2


def test_import_and_export_measures_are_different_measures():
    ms = [mention("a", "impose"), mention("b", "impose", type="import_tariff")]
    assert len(reconcile(ms)) == 2


def test_events_are_ordered_oldest_first():
    ms = [mention("a", "suspend", announced="2025-11-09"), mention("b", "impose", effective="2024-12-03")]
    assert [e.action for e in reconcile(ms)[0].events] == ["impose", "suspend"]


def test_measure_id_is_stable():
    ms = [mention("a", "impose", effective="2024-12-03")]
    assert reconcile(ms)[0].id == reconcile([dict(m) for m in ms])[0].id


def test_most_specific_type_wins():
    ms = [mention("a", "impose", type="export_control"), mention("b", "impose", type="export_ban")]
    assert reconcile(ms)[0].type == "export_ban"


def test_suspension_event_is_liberalising():
    assert event(reconcile([mention("a", "suspend")]), "suspend").direction == "liberalising"
