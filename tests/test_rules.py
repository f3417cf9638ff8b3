"""The rule files in patterns/: what they hold, and strict validation of every line."""
from __future__ import annotations

import json
import shutil

import pytest

from pipeline.rules import RuleFileError, RuleSet


def _ids(rules: RuleSet, label: str) -> set[str]:
    return {p["id"] for p in rules.entity_patterns if p["label"] == label}


def test_shipped_patterns_load(rules):
    assert rules.entity_patterns and rules.cue_patterns and rules.catalog and rules.boilerplate


def test_at_least_150_products(rules):
    assert len(_ids(rules, "PRODUCT")) >= 150


def test_at_least_40_agencies(rules):
    assert len(_ids(rules, "AGENCY")) >= 40


def test_every_product_has_a_catalog_entry(rules):
    assert sorted(_ids(rules, "PRODUCT") - set(rules.catalog)) == []


def test_every_agency_prefix_is_a_jurisdiction(rules):
    jurisdictions = _ids(rules, "JURISDICTION")
    prefixes = {RuleSet.agency_jurisdiction(a) for a in _ids(rules, "AGENCY")}
    assert sorted(prefixes - jurisdictions) == []


def test_every_government_cue_names_a_jurisdiction(rules):
    jurisdictions = _ids(rules, "JURISDICTION")
    govts = {p["id"] for p in rules.cue_patterns if p["label"] in ("GOVT", "OWNER") and p["id"] != "context"}
    assert sorted(govts - jurisdictions) == []


CUSTOMS_UNIONS = {"GCC"}  # a bloc that sets its duties as one, as the EU does (the EU's code has two letters)


def test_jurisdiction_ids_are_iso_alpha2_or_a_customs_union(rules):
    odd = sorted(j for j in _ids(rules, "JURISDICTION") if not (len(j) == 2 and j.isupper()) and j not in CUSTOMS_UNIONS)
    assert odd == []


@pytest.mark.parametrize(
    "agency,jurisdiction",
    [("CN-MOFCOM", "CN"), ("US-USTR", "US"), ("IN-DGFT", "IN"), ("CN-TARIFF-COMMISSION", "CN"),
     ("EU-COMMISSION", "EU"), ("GCC-PERMANENT-COMMITTEE", "GCC")],
)
def test_agency_jurisdiction_comes_from_the_id_prefix(agency, jurisdiction):
    assert RuleSet.agency_jurisdiction(agency) == jurisdiction


def test_hs_codes_are_deduplicated_in_order(rules):
    codes = rules.hs_codes(["gallium", "germanium"])
    assert len(codes) == len(set(codes))


def test_hs_codes_of_an_unknown_product_are_empty(rules):
    assert rules.hs_codes(["no such product"]) == []


BAD_LINES = {
    "extra-key": json.dumps({"label": "PRODUCT", "pattern": "tin ingots", "id": "tin", "comment": "typo"}),
    "not-json": '{"label": "PRODUCT", "pattern": "tin ingots", "id": "tin"',
    "wrong-label": json.dumps({"label": "AGENCY", "pattern": "tin ingots", "id": "XX-TIN"}),
    "shared-product": json.dumps({"label": "PRODUCT", "pattern": "tin ingots", "id": "tin", "shared": True}),
}


@pytest.fixture
def patterns_copy(rules, tmp_path):
    target = tmp_path / "patterns"
    shutil.copytree(rules.directory, target)
    return target


def _append(path, line: str) -> int:
    """Append `line` to a rule file; returns its 1-based line number."""
    text = path.read_text(encoding="utf-8")
    if text and not text.endswith("\n"):
        text += "\n"
    text += line + "\n"
    path.write_text(text, encoding="utf-8")
    return len(text.splitlines())


@pytest.mark.parametrize("fault", sorted(BAD_LINES))
def test_bad_rule_line_is_rejected_with_file_and_line(patterns_copy, fault):
    """(The wrong-label message used to name the file without the line; fixed in 48f6bf4.)"""
    n = _append(patterns_copy / "products.jsonl", BAD_LINES[fault])
    with pytest.raises(RuleFileError, match=rf"products\.jsonl:{n}\b"):
        RuleSet.load(patterns_copy)


def test_wrong_label_error_names_the_label(patterns_copy):
    _append(patterns_copy / "products.jsonl", BAD_LINES["wrong-label"])
    with pytest.raises(RuleFileError, match=r"'AGENCY'.*allowed: PRODUCT"):
        RuleSet.load(patterns_copy)


def test_extra_key_error_lists_the_allowed_keys(patterns_copy):
    _append(patterns_copy / "products.jsonl", BAD_LINES["extra-key"])
    with pytest.raises(RuleFileError, match="allowed keys: label, pattern, id, shared"):
        RuleSet.load(patterns_copy)


def test_product_without_catalog_entry_is_rejected(patterns_copy):
    _append(patterns_copy / "products.jsonl",
            json.dumps({"label": "PRODUCT", "pattern": "unobtainium", "id": "unobtainium"}))
    with pytest.raises(RuleFileError, match="unobtainium"):
        RuleSet.load(patterns_copy)


def test_parts_that_are_no_catalog_product_are_rejected(patterns_copy):
    _append(patterns_copy / "product_catalog.jsonl",
            json.dumps({"id": "hovercraft", "hs": ["8906"], "group": "vehicles", "parts": "hovercraft skirts"}))
    with pytest.raises(RuleFileError, match="'hovercraft skirts', which has no catalog line"):
        RuleSet.load(patterns_copy)


def test_parts_of_goods_come_from_the_catalog(rules):
    assert rules.parts_of["cars"] == "auto parts" and "rice" not in rules.parts_of


def test_shared_agency_names_are_indexed_and_kept_out_of_the_ruler(rules):
    assert "department of agriculture" in rules.shared_agency_names
    assert all("shared" not in p for p in rules.entity_patterns)


def test_agency_without_jurisdiction_prefix_is_rejected(patterns_copy):
    _append(patterns_copy / "agencies.jsonl", json.dumps({"label": "AGENCY", "pattern": "Tin Board", "id": "TINBOARD"}))
    with pytest.raises(RuleFileError, match="TINBOARD"):
        RuleSet.load(patterns_copy)


def test_one_phrase_with_two_ids_is_rejected(patterns_copy):
    """Regression: 'safeguard duty' was both an import tariff and a quota, and the quota won."""
    n = _append(patterns_copy / "measures.jsonl",
                json.dumps({"label": "MEASURE", "pattern": "Safeguard Duty", "id": "quota"}))
    with pytest.raises(RuleFileError, match=rf"measures\.jsonl:{n}\b.*'import_tariff'"):
        RuleSet.load(patterns_copy)


def test_boilerplate_regex_must_compile(patterns_copy):
    n = _append(patterns_copy / "boilerplate.jsonl",
                json.dumps({"id": "broken", "regex": "(unclosed", "action": "drop_line"}))
    with pytest.raises(RuleFileError, match=rf"boilerplate\.jsonl:{n}\b"):
        RuleSet.load(patterns_copy)


def test_missing_rule_file_is_named(patterns_copy):
    (patterns_copy / "cues.jsonl").unlink()
    with pytest.raises(RuleFileError, match=r"cues\.jsonl: rule file not found"):
        RuleSet.load(patterns_copy)


@pytest.mark.parametrize("broad,narrow,expected", [
    (["grains"], ["wheat", "corn"], True),
    (["grains"], ["sugar"], False),  # a grain ban and a sugar ban are two measures (HS 10 vs 17)
    (["fertilizers"], ["wheat"], False),
    (["agricultural products"], ["sugar", "wheat"], True),  # no HS chapters: its group covers
    (["rare earths"], ["dysprosium"], True),
])
def test_a_category_covers_its_hs_chapters_or_its_group(rules, broad, narrow, expected):
    assert rules.covers(broad, narrow) is expected
