"""Property-based tests (hypothesis): arbitrary text and bytes never make ingest or dates raise.

Examples are kept few (`max_examples`) so the suite stays fast; hypothesis's database keeps
any failure it finds for the next run.
"""
from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, example, given, settings, strategies as st

from pipeline.ingest import (Document, InputError, check_language, clean_text, decode, markdown_to_text,
                             split_front_matter)
from pipeline.nlp.dates import to_date

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PARTIAL_ISO = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
SUFFIXES = ["a.txt", "a.md", "a.json", "a.jsonl", "a.html", "a.txt.gz", "a"]

# Text that looks a little like news: words, digits, dates, punctuation, newlines, and markup.
NEWSY = st.lists(st.one_of(
    st.sampled_from(["India", "banned", "exports", "of", "rice", "the", "on", "Friday", "tariff", "25%", "from",
                     "July", "20,", "2023", "---", "#", "**", "[link](u)", "<p>", "</p>", "{", "}", '"text":',
                     "Published:", "Photo:", "Leave a Reply", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\ufeff",
                     "é", "中", "\x00", "\ufffd"]),
    st.text(max_size=12)), max_size=60).map(" ".join)
TEXT = st.one_of(st.text(max_size=400), NEWSY)
RAW = st.one_of(st.binary(max_size=400), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))


@FAST
@given(raw=RAW, name=st.sampled_from(SUFFIXES))
def test_from_bytes_never_raises(pipeline_obj, raw, name):
    items = list(pipeline_obj.ingestor.from_bytes(raw, name, "a"))
    assert items and all(isinstance(i, (Document, InputError)) for i in items)


@FAST
@given(raw=RAW, name=st.sampled_from(SUFFIXES))
def test_rejections_carry_a_known_code_and_documents_have_text(pipeline_obj, raw, name):
    from pipeline.ingest import ERRORS

    for item in pipeline_obj.ingestor.from_bytes(raw, name, "a"):
        if isinstance(item, InputError):
            assert item.error in ERRORS and item.detail
        else:
            assert isinstance(item.text, str) and "\r" not in item.text and item.id


@FAST
@given(raw=st.binary(max_size=400))
def test_decode_gives_text_without_carriage_returns(raw):
    text, warnings = decode(raw)
    assert isinstance(text, str) and "\r" not in text and all(isinstance(w, str) for w in warnings)


@FAST
@given(text=TEXT)
def test_clean_text_only_removes_lines(rules, text):
    """Cleaning drops lines, rejoins wrapped ones and drops footnote marks: it invents nothing,
    so each word left, hyphens and digits aside, is a stretch of the original."""
    cleaned = clean_text(text, rules.boilerplate, rules.pattern_words)
    squeezed = _squeeze(text)
    assert all(_squeeze(word) in squeezed for word in cleaned.text.split())


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\-\d]", "", text)


@FAST
@given(text=TEXT)
def test_front_matter_and_markdown_never_raise(text):
    from pipeline.ingest import Rejected

    try:
        meta, body = split_front_matter(text)
        assert isinstance(meta, dict) and body in text
    except Rejected as exc:
        assert exc.error == "bad_metadata"
    plain, title = markdown_to_text(text)
    assert isinstance(plain, str) and (title is None or isinstance(title, str))


@FAST
@given(text=TEXT)
def test_language_check_shares_are_fractions(text):
    check = check_language(text)
    assert 0.0 <= check.ascii_share <= 1.0 and 0.0 <= check.function_share <= 1.0 and check.english in (True, False)


@FAST
@given(text=TEXT)
def test_metadata_date_is_none_or_a_partial_iso_date(pipeline_obj, text):
    value = pipeline_obj.ingestor.metadata_date(text)
    assert value is None or (PARTIAL_ISO.fullmatch(value) and to_date(value) is not None)


@FAST
@given(text=TEXT, anchor=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))),
       year_hint=st.one_of(st.none(), st.integers(1950, 2099)), prefer=st.sampled_from(["past", "future", "nearest"]))
@example(text="February 29", anchor=date(2024, 1, 1), year_hint=None, prefer="past")  # shifted into 2023
@example(text="29 February", anchor=date(2024, 12, 1), year_hint=None, prefer="future")  # shifted into 2025
def test_date_normalizer_never_raises(dates, text, anchor, year_hint, prefer):
    nd = dates.normalize(text, anchor=anchor, year_hint=year_hint, prefer=prefer)
    assert nd.value is None or (PARTIAL_ISO.fullmatch(nd.value) and to_date(nd.value) is not None)


@SLOW
@given(raw=RAW, name=st.sampled_from(["a.txt", "a.md", "a.jsonl"]))
def test_entity_and_mention_offsets_stay_inside_the_cleaned_text(pipeline_obj, raw, name):
    docs = [d for d in pipeline_obj.ingestor.from_bytes(raw, name, "a") if isinstance(d, Document)]
    for article, mentions, text in pipeline_obj.process(docs):
        for e in article.entities:
            assert 0 <= e.start <= e.end <= len(text) and text[e.start:e.end] == e.text
        for m in mentions:
            assert 0 <= m.start <= m.end <= len(text)
            for ev in m.evidence:
                assert 0 <= ev.start <= ev.end <= len(text)
            for d in m.dates:
                assert 0 <= d.start <= d.end <= len(text)
