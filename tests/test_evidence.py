"""Every value of a mention is traced to the words it came from, in its own sentence or,
for a value the sentence leaves implicit, in the sentence that names it."""
from __future__ import annotations

import pytest

from conftest import run_text

TEXT = ("China banned exports of gallium to the United States in December 2024. "
        "The ban was suspended on Sunday for one year from 9 November.")
SECOND = TEXT.index("The ban")


@pytest.fixture(scope="module")
def suspension(pipeline_obj):
    _, mentions = run_text(pipeline_obj, TEXT, "2025-11-10")
    [m] = [m for m in mentions if m.action == "suspend"]
    return m


@pytest.mark.parametrize("field, value, words, sentence_start", [
    ("action", "suspend", "suspended", SECOND),
    ("type", "export_ban", "ban", SECOND),
    ("duration", "P1Y", "for one year", SECOND),
    # named only in the sentence before: traced there
    ("products", "gallium", "gallium", 0),
    ("imposer", "CN", "China", 0),
    ("targets", "US", "United States", 0),
    # computed from a start and a duration: the duration's words
    ("expires", "2026-11-09", "for one year", SECOND),
])
def test_each_value_points_at_the_words_that_name_it(suspension, field, value, words, sentence_start):
    found = [(TEXT[e.start:e.end], e.sentence_start) for e in suspension.evidence
             if e.field == field and e.value == value]
    assert (words, sentence_start) in found


def test_evidence_cites_the_sentence_its_span_lies_in(suspension):
    for e in suspension.evidence:
        assert e.sentence_start <= e.start < e.end <= e.sentence_end
        assert TEXT[e.sentence_start:e.sentence_end].strip() in (TEXT[:SECOND].strip(), TEXT[SECOND:].strip())
