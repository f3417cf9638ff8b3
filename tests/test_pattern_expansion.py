"""Token patterns over closed word lists become phrase patterns (pipeline.nlp.expand_token_patterns).

The expansion is a speed-up only: for every pattern the phrases must match exactly the
spans spaCy's Matcher matches, in the same casing rules. Each case runs both on one text.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher, PhraseMatcher

from pipeline.nlp import expand_token_patterns

TEXT = ("Duties remain in place and curbs stay in force. The season that ends in September. "
        "Beijing kept them suspended, kept tariffs on and keeps paused. Chips and CHIPS and chips. "
        "It may ease; May be next; in May 2025. Section 232 tariffs and section 301. "
        "super-hard \u201cmaterials\u201d and superhard 'material' and end-use checks.")

CASES = [
    pytest.param([{"LOWER": {"IN": ["remain", "stay"]}}, {"LOWER": "in"}, {"LOWER": {"IN": ["place", "force"]}}],
                 id="lower-lists"),
    pytest.param([{"LOWER": "season"}, {"LOWER": {"IN": ["that", "which"]}, "OP": "?"}, {"LOWER": "ends"}],
                 id="optional-token"),
    pytest.param([{"LOWER": {"IN": ["kept", "keeps"]}}, {"LOWER": {"IN": ["them", "tariffs"]}, "OP": "?"},
                  {"LOWER": {"IN": ["suspended", "paused", "on"]}}], id="optional-middle"),
    pytest.param([{"LOWER": "chips", "TEXT": {"NOT_IN": ["CHIPS"]}}], id="casing-exclusion"),
    pytest.param([{"TEXT": "may"}], id="exact-case"),
    pytest.param([{"TEXT": "May"}, {"LOWER": {"IN": ["be", "consider"]}}], id="exact-case-then-lower"),
    pytest.param([{"LOWER": "section", "TEXT": "Section"}, {"TEXT": {"IN": ["232", "301"]}},
                  {"LOWER": "tariffs", "OP": "?"}], id="exact-case-with-lower-key"),
    pytest.param([{"LOWER": "super"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "hard"}, {"IS_QUOTE": True},
                  {"LOWER": "materials"}], id="quote-flag"),
    pytest.param([{"LOWER": "end"}, {"LOWER": "-"}, {"LOWER": {"IN": ["use", "end-use"]}}, {"LOWER": "checks"}],
                 id="unsplittable-word-dropped"),
]


def spans(nlp, doc, matcher) -> set[tuple[int, int]]:
    return {(s, e) for _, s, e in matcher(doc)}


@pytest.mark.parametrize("pattern", CASES)
def test_phrases_match_what_the_token_pattern_matches(pattern):
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    token_matcher = Matcher(nlp.vocab)
    token_matcher.add("P", [pattern])
    lower, cased, tokens = expand_token_patterns(nlp, [{"label": "X", "pattern": pattern}])
    assert not tokens, "a closed word list must not stay a token pattern"
    found = set()
    for attr, phrases in (("LOWER", lower), ("ORTH", cased)):
        pm = PhraseMatcher(nlp.vocab, attr=attr)
        pm.add("P", [nlp.make_doc(p["pattern"]) for p in phrases])
        found |= spans(nlp, doc, pm)
    assert found == spans(nlp, doc, token_matcher) and found


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "keep"}, {"OP": "?"}, {"LOWER": "on"}],           # a wildcard
    [{"SHAPE": "dd"}, {"LOWER": "percent"}],                      # a shape
    [{"LOWER": {"REGEX": "^tariff"}}],                            # a regex
    [{"LOWER": {"IN": [f"w{i}" for i in range(80)]}}] * 2,        # too many phrases
])
def test_open_patterns_stay_token_patterns(pattern):
    lower, cased, tokens = expand_token_patterns(spacy.blank("en"), [{"label": "X", "pattern": pattern}])
    assert (lower, cased, len(tokens)) == ([], [], 1)


def test_the_shipped_rules_need_no_token_matcher(pipeline_obj):
    """Every shipped pattern is a phrase: one token pattern costs ~0.2 s per 500k words."""
    nlp, rules = pipeline_obj.nlp, pipeline_obj.rules
    assert expand_token_patterns(nlp, rules.entity_patterns)[2] == []
    assert expand_token_patterns(nlp, rules.cue_patterns)[2] == []
