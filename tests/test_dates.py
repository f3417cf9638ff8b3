"""Date and duration normalization: partial ISO dates exactly as precise as the text."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.dates import add_duration, context_year, last_date, parse_duration, present_year, year_by_weekday

PUBLISHED = date(2025, 11, 11)  # a Tuesday


@pytest.mark.parametrize(
    "text,value,precision",
    [
        ("9 October 2025", "2025-10-09", "day"),
        ("Nov 11, 2025", "2025-11-11", "day"),
        ("2025-11-09", "2025-11-09", "day"),
        ("the 3rd of December 2024", "2024-12-03", "day"),
        ("December 2024", "2024-12", "month"),
        ("2024", "2024", "year"),
        ("early 2025", "2025", "year"),
        ("mid-2025", "2025", "year"),
        ("early December 2024", "2024-12", "month"),
        ("2022.07.08", "2022-07-08", "day"),
        ("2022.7.8", "2022-07-08", "day"),
    ],
    ids=["day-month-year", "abbrev-month-day-year", "iso", "ordinal-of", "month-year", "year",
         "early-year", "mid-year", "early-month-year", "year-first-dots", "year-first-dots-unpadded"],
)
def test_absolute_dates_keep_their_precision(dates, text, value, precision):
    nd = dates.normalize(text)
    assert (nd.value, nd.precision, nd.how) == (value, precision, "absolute")


@pytest.mark.parametrize("text,published,value", [
    ("New Year's Eve", date(2026, 1, 9), "2025-12-31"),
    ("Boxing Day", date(2026, 1, 9), "2025-12-26"),
    ("on Christmas Day", date(2025, 12, 20), "2025-12-25"),
    ("New Year’s Day 2027", None, "2027-01-01"),
], ids=["new-years-eve-before-january-news", "boxing-day", "christmas-day-ahead", "with-its-year"])
def test_days_named_by_their_feast(dates, text, published, value):
    assert dates.normalize(text, published).value == value


@pytest.mark.parametrize("text,value", [
    ("the seventh of August last year", "2025-08-07"),
    ("the twenty-first of March 2025", "2025-03-21"),
    ("April the fifth", "2026-04-05"),
    ("May the 3rd", "2026-05-03"),
    ("the twentieth day of March 2026", "2026-03-20"),
    ("the 20th day of March 2026", "2026-03-20"),
], ids=["ordinal-word-of-month-last-year", "compound-ordinal-word", "month-the-ordinal-word", "month-the-ordinal",
        "legal-ordinal-word-day-of", "legal-ordinal-day-of"])
def test_spoken_dates_name_their_day_in_words(dates, text, value):
    assert dates.normalize(text, date(2026, 9, 17)).value == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("Friday", "2025-11-07"),
        ("Tuesday", "2025-11-11"),  # the story's own weekday is that day
        ("last Tuesday", "2025-11-04"),
        ("today", "2025-11-11"),
        ("yesterday", "2025-11-10"),
        ("tomorrow", "2025-11-12"),
        ("last month", "2025-10"),
        ("next month", "2025-12"),
        ("last year", "2024"),
        ("this Sunday", "2025-11-16"),  # later in the week it is told in: still to come
        ("this Monday", "2025-11-10"),
    ],
    ids=["weekday", "same-weekday", "last-weekday", "today", "yesterday", "tomorrow", "last-month",
         "next-month", "last-year", "this-later-weekday", "this-earlier-weekday"],
)
def test_relative_dates_resolve_against_the_publication_date(dates, text, value):
    nd = dates.normalize(text, PUBLISHED)
    assert (nd.value, nd.how, nd.anchor) == (value, "relative", "2025-11-11")


@pytest.mark.parametrize("text", ["Friday", "today", "yesterday", "last month", "next year"])
def test_relative_dates_without_a_publication_date_stay_unresolved(dates, text):
    nd = dates.normalize(text)
    assert (nd.value, nd.how) == (None, "relative")


def test_week_references_are_not_given_an_invented_day(dates):
    assert dates.normalize("last week", PUBLISHED).value is None


@pytest.mark.parametrize(
    "text,anchor,year_hint,prefer,value",
    [
        ("October 9", PUBLISHED, None, "nearest", "2025-10-09"),
        ("March 31", PUBLISHED, None, "future", "2026-03-31"),
        ("December 20", PUBLISHED, None, "past", "2024-12-20"),
        ("October", PUBLISHED, None, "nearest", "2025-10"),
        ("October 9", None, 2025, "nearest", "2025-10-09"),
        ("that November", None, 2001, "nearest", "2001-11"),
        ("the same November", None, 2001, "nearest", "2001-11"),
        ("Come January", PUBLISHED, None, "future", "2026-01"),
    ],
    ids=["published-nearest", "expiry-prefers-future", "announcement-prefers-past", "month-only",
         "year-hint-only", "that-month", "the-same-month", "come-month"],
)
def test_year_less_dates_are_inferred(dates, text, anchor, year_hint, prefer, value):
    nd = dates.normalize(text, anchor, year_hint, prefer)
    assert (nd.value, nd.how) == (value, "inferred")


def test_year_less_date_records_what_it_was_resolved_against(dates):
    assert dates.normalize("October 9", None, 2025).anchor == "article context year 2025"


def test_year_less_date_without_anchor_or_hint_is_unresolved(dates):
    assert dates.normalize("October 9").value is None


@pytest.mark.parametrize(
    "text,iso",
    [
        ("for a year", "P1Y"),
        ("for the coming year", "P1Y"),
        ("90 days", "P90D"),
        ("90-day", "P90D"),
        ("one-year", "P1Y"),
        ("for another year", "P1Y"),
        ("six months", "P6M"),
        ("for a further six months", "P6M"),
        ("for the next 18 months", "P18M"),
        ("for two years", "P2Y"),
        ("for 12 months", "P1Y"),
        ("24-month", "P2Y"),
    ],
    ids=["for-a-year", "for-the-coming-year", "90-days", "90-day", "one-year", "for-another-year", "six-months",
         "for-a-further-six-months", "for-the-next-18-months", "for-two-years", "12-months-is-a-year",
         "24-month-is-two-years"],
)
def test_parse_duration(text, iso):
    assert parse_duration(text) == iso


def test_parse_duration_without_a_duration_is_none():
    assert parse_duration("until further notice") is None


@pytest.mark.parametrize(
    "start,duration,end",
    [
        ("2025-11-10", "P1Y", "2026-11-10"),
        ("2025-05-14", "P90D", "2025-08-12"),
        ("2025-01-01", "P2W", "2025-01-15"),
        ("2024-12", "P6M", "2025-06"),
        ("2025", "P1Y", "2026"),
    ],
    ids=["year", "days", "weeks", "month-precision-kept", "year-precision-kept"],
)
def test_add_duration(start, duration, end):
    assert add_duration(start, duration) == end


@pytest.mark.parametrize(
    "start,duration,end",
    [
        ("2025-03-31", "P1Y", "2026-03-31"),
        ("2025-01-29", "P1Y", "2026-01-29"),
        ("2025-10-31", "P1M", "2025-11-30"),
    ],
    ids=["31st-plus-year", "29th-plus-year", "31st-plus-month-clamps-to-30th"],
)
def test_add_duration_keeps_late_days_of_the_month(start, duration, end):
    """Regression: every day after the 28th used to be clamped to the 28th (fixed in 48f6bf4)."""
    assert add_duration(start, duration) == end


@pytest.mark.parametrize("value,last", [
    ("2024-12-08", "2024-12-08"), ("2024-12", "2024-12-31"), ("2024-02", "2024-02-29"), ("2023", "2023-12-31"),
    (None, None),
], ids=["day", "month", "leap-february", "year", "none"])
def test_last_date_is_the_last_day_a_partial_date_can_mean(value, last):
    assert (last_date(value).isoformat() if last_date(value) else None) == last


@pytest.mark.parametrize("start,duration", [("2019-04", "P180D"), ("2019-04", "P2W"), ("2019", "P6M")],
                         ids=["month-plus-days", "month-plus-weeks", "year-plus-months"])
def test_add_duration_finer_than_the_start_has_no_end(start, duration):
    """'In April 2019 ... for 180 days' ends in late September or in October: no month to give."""
    assert add_duration(start, duration) is None


def test_add_duration_with_an_unknown_duration_is_none():
    assert add_duration("2025-11-10", "until further notice") is None


@pytest.mark.parametrize(
    "years,expected",
    [([], None), ([2024], 2024), ([2023, 2024, 2025], 2024), ([2023, 2025], 2024)],
    ids=["none", "one", "odd-median", "even-median"],
)
def test_context_year_is_the_median_year(years, expected):
    assert context_year(years) == expected


def test_repeated_normalization_is_served_from_the_cache(dates):
    first = dates.normalize("March 31", PUBLISHED, None, "future")
    assert dates.normalize("March 31", PUBLISHED, None, "future") is first


def test_the_pipeline_reuses_one_date_normalizer(pipeline_obj):
    """Ingest (datelines) and the spaCy normalizer share one parser and one cache."""
    assert pipeline_obj.ingestor.dates is pipeline_obj.nlp.get_pipe("trade_normalizer").dates


@pytest.mark.parametrize(
    "text,anchor,prefer,value,precision",
    [
        ("the end of the year", PUBLISHED, "future", "2025-12-31", "day"),
        ("year-end", PUBLISHED, "future", "2025-12-31", "day"),
        ("end-August", PUBLISHED, "future", "2026-08-31", "day"),
        ("the end of February", PUBLISHED, "future", "2026-02-28", "day"),
        ("the end of March 2024", None, "nearest", "2024-03-31", "day"),
        ("end of 2026", None, "nearest", "2026-12-31", "day"),
        ("until the end of next year", PUBLISHED, "future", "2026-12-31", "day"),
        ("the end of the year", None, "future", None, None),  # 'this year' needs the publication date
        ("the start of the year", PUBLISHED, "nearest", "2025-01", "month"),
        ("the beginning of July", PUBLISHED, "future", "2026-07", "month"),
        ("the start of 2027", None, "nearest", "2027-01", "month"),
        ("from the beginning of next year", PUBLISHED, "future", "2026-01", "month"),
        ("the start of the year", None, "nearest", None, None),
        # a month named only by its place from today starts on its first day
        ("from the start of next month", PUBLISHED, "nearest", "2025-12-01", "day"),
        ("the beginning of this month", PUBLISHED, "nearest", "2025-11-01", "day"),
    ],
    ids=["end-of-the-year", "year-end", "end-month", "end-february", "end-month-year", "end-of-year-number",
         "end-of-next-year", "end-of-the-year-unanchored", "start-of-the-year", "beginning-of-month",
         "start-of-year-number", "beginning-of-next-year", "start-of-the-year-unanchored", "start-of-next-month",
         "beginning-of-this-month"],
)
def test_a_period_bound_is_its_last_day_or_first_month(dates, text, anchor, prefer, value, precision):
    """'the end of the year' is its last day; 'the start of the year' its first month ('the start of
    next month' its first day)."""
    nd = dates.normalize(text, anchor, None, prefer)
    assert nd.value == value and (value is None or nd.precision == precision)


@pytest.mark.parametrize(
    "text,anchor,value",
    [
        ("last November", PUBLISHED, "2024-11"),   # a November story: the November before
        ("last October", PUBLISHED, "2025-10"),
        ("next January", PUBLISHED, "2026-01"),
        ("this March", PUBLISHED, "2025-03"),
        ("last November", None, None),             # no publication date: left unresolved
    ],
    ids=["last-same-month", "last-month-name", "next-month-name", "this-month-name", "unanchored"],
)
def test_named_month_relative_to_publication(dates, text, anchor, value):
    nd = dates.normalize(text, anchor)
    assert nd.value == value and nd.how == "relative"


@pytest.mark.parametrize(
    "text,year",
    [
        ("Imports fell in 2024. In the first nine months of 2025 they rose. It buys more from 2026 through 2028.", 2025),
        ("Exports were banned in December 2022. Output rose in 2023. The ban applies from January 2027.", 2023),
        ("No year at all.", None),
        ("The order relies on the Trade Act of 1974. The US ran a surplus with Brazil in 2024.", 2024),
        ("Banned in December 2022. Output rose in 2023. From the start of 2028 only sulphate may leave.", 2023),
        ("China cut the tariff on Monday. The higher rate stays on hold until Nov. 10, 2026.", 2025),
        ("The dispute dates back to 2004. The plane maker delivered 863 aircraft in 2019.", 2019),
        ("The pause lasts until Nov. 10, 2026. China will buy 12 million tons of soybeans in the rest of this year "
         "and 25 million tons a year in 2026, 2027 and 2028.", 2025),
    ],
    ids=["future-bounds-left-out", "capped-at-the-latest-told-year", "none", "a-law's-year-is-no-story-year",
         "from-the-start-of-is-a-bound", "only-bounds-ahead", "an-old-origin-and-a-recent-year",
         "years-after-this-year-lie-ahead"],
)
def test_present_year_of_a_year_less_dateline(text, year):
    assert present_year(text) == year


@pytest.mark.parametrize(
    "dateline,guess,lead,year",
    [
        ("2025-03-08", 2024, "BEIJING - China said on Saturday it would tax canola.", 2025),
        ("2021-10-31", 2018, "ROME - The EU said on Sunday it would suspend its duties.", 2021),
        ("2025-06-05", 2025, "HARARE - The minister said on Thursday that the ban stands.", 2025),
        ("2025-06-05", 2025, "HARARE - The ban stands, the minister said.", 2025),
        # the wire style 'said Friday', told before a look-back 'on Thursday (U.S. time)'
        ("2025-10-30", 2025, "SEOUL - Robots will face a 15 percent tariff, the ministry said Friday. Trump on "
         "Thursday (U.S. time) signed a proclamation.", 2026),
    ],
    ids=["a-year-later", "three-years-later", "the-guess-fits", "no-weekday-told", "said-weekday-without-on"],
)
def test_year_of_a_wire_dateline_by_the_weekday_told(dateline, guess, lead, year):
    assert year_by_weekday(date.fromisoformat(dateline), guess, lead) == year
