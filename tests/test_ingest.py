"""Ingest: decoding, line-level cleaning, publication dates, and offsets into the cleaned text."""
from __future__ import annotations

import json

import pytest

from pipeline.ingest import Document, InputError, clean_text, decode
from pipeline.runner import run

HEADLINE = "Kenya suspends sugar import duty"
BODY = "Kenya suspended its import duty on sugar until August 31, 2025."


@pytest.fixture(scope="module")
def ingestor(pipeline_obj):
    return pipeline_obj.ingestor


def ingest(ingestor, raw: bytes):
    [item] = list(ingestor.from_bytes(raw, "a.txt", "a"))
    return item


def cleaned(rules, text: str) -> str:
    return clean_text(text, rules.boilerplate).text


# --------------------------------------------------------------------------- decoding

def test_bom_is_removed():
    assert decode("\ufeffKenya".encode())[0] == "Kenya"


def test_crlf_becomes_lf():
    assert decode(b"one\r\ntwo\rthree")[0] == "one\ntwo\nthree"


def test_stray_bytes_are_replaced():
    assert "\ufffd" in decode(b"duty \xff\xfe on sugar")[0]


def test_stray_bytes_give_a_warning():
    assert decode(b"duty \xff\xfe on sugar")[1] == ["2 undecodable byte(s) replaced"]


def test_stray_byte_warning_reaches_the_document(ingestor):
    doc = ingest(ingestor, f"{HEADLINE}\n{BODY} \xff".encode("latin-1"))
    assert "1 undecodable byte(s) replaced" in doc.warnings


@pytest.mark.parametrize("raw,error", [(b"  \n\n", "empty"), (b"abc\x00def", "binary")], ids=["empty", "binary"])
def test_unusable_input_is_an_error_not_a_document(ingestor, raw, error):
    item = ingest(ingestor, raw)
    assert isinstance(item, InputError) and item.error == error


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl", "a.json"])
def test_a_file_holding_only_a_byte_order_mark_is_an_empty_file(ingestor, name):
    # (a .jsonl of a BOM alone gave no record and no error: the file was lost from the run)
    items = list(ingestor.from_bytes(b"\xef\xbb\xbf\n", name, "a"))
    assert [(type(i), i.error) for i in items] == [(InputError, "empty")]


# --------------------------------------------------------------------------- cleaning

@pytest.mark.parametrize(
    "noise",
    [
        "Workers unload sugar sacks at the port of Mombasa.\nREUTERS/Stringer via Getty Images",
        "Photo: Sugar cane fields in western Kenya",
        "If you wish to reprint this article, please indicate the source.",
        "Share this article",
        "This week: Indonesia lifts palm oil levy · UK and US agree car quota · EU plywood duties loom",
        "(Translated from the Portuguese original)",
        "This article was translated from French by our newsroom.",
        "We use cookies to personalise content and to analyse our traffic. [Accept] [Decline]",
        "Home | Markets | Commodities | Policy | Podcasts",
        "Home / Policy / Kenya",
        "Skip to main content",
    ],
    ids=["caption-and-credit", "photo-label", "reprint-notice", "share-bar", "newsletter-contents-line",
         "translation-note", "translation-sentence", "cookie-banner", "site-menu", "breadcrumb", "skip-link"],
)
def test_boilerplate_lines_are_removed(rules, noise):
    text = f"{HEADLINE}\n\n{noise}\n\n{BODY}\n\nMillers welcomed the decision."
    assert cleaned(rules, text) == f"{HEADLINE}\n\n{BODY}\n\nMillers welcomed the decision."


RELATED = "- Scotch whisky makers watch Indian tariff cuts\n- Luxury stocks rally"


@pytest.mark.parametrize(
    "text,expected",
    [
        *[pytest.param(f"{HEADLINE}\n\n{BODY}\n\n{header}\n{RELATED}", f"{HEADLINE}\n\n{BODY}",
                       id=f"related-section-{header.lower().strip(':').replace(' ', '-')}")
          for header in ("More from Markets", "Related:", "Related stories", "You may also like", "SHOW NOTES")],
        *[pytest.param(f"{HEADLINE}\n\n{BODY}\n\n{header}\n{RELATED}", f"{HEADLINE}\n\n{BODY}", id=f"related-list-{name}")
          for name, header in (("most-read-this-week", "MOST READ THIS WEEK"), ("read-also", "READ ALSO"),
                               ("other-stories", "OTHER STORIES THIS WEEK"), ("markdown-bold", "**Related posts**"),
                               ("most-clicked", "MOST CLICKED LAST ISSUE"), ("explainers", "Related explainers:"),
                               ("related-materials", "Related materials:"), ("more-news", "MORE NEWS"),
                               ("read-also-in-two-languages", "À LIRE AUSSI / READ ALSO"),
                               ("most-read-after-another-language", "LO MÁS LEÍDO / MOST READ"),
                               ("also-of-interest", "Auch interessant / Also of interest"))],
        # (a broadcast's on-screen crawl of headlines)
        pytest.param(f"{HEADLINE}\n\n{BODY}\n\nON-SCREEN CRAWL: PERU LIFTS BAN ON CHILEAN POULTRY ... OIL FALLS 1 PERCENT"
                     f"\n\nMillers welcomed it.", f"{HEADLINE}\n\n{BODY}\n\nMillers welcomed it.",
                     id="a-broadcast-crawl-goes"),
        # ('(Reporting by ...)': a wire's credit, under which headlines link to other stories)
        pytest.param(f"{HEADLINE}\n\n{BODY}\n\n(Reporting by Ana Ruiz; Editing by Tom Bell)\n\n"
                     "Oil prices slip as Russia eases fuel export curbs\nBrazil's importers scramble for cargoes",
                     f"{HEADLINE}\n\n{BODY}", id="headlines-under-a-wire-credit"),
        # ('READ MORE' under the body heads links; a sentence after it is still the article's)
        pytest.param(f"{HEADLINE}\n\n{BODY}\n\nREAD MORE\n{RELATED}\n\nMillers welcomed it.",
                     f"{HEADLINE}\n\n{BODY}\n\nMillers welcomed it.", id="headlines-under-read-more"),
        pytest.param(f"Read more\n{HEADLINE}\n\n{BODY}", f"{HEADLINE}\n\n{BODY}", id="read-more-above-the-body-goes-alone"),
        pytest.param(f"{HEADLINE}\n\n{BODY}\n\nRelated: Kenya tea earnings hit by weaker prices · Assam crop falls"
                     f"\n\nMillers welcomed it.", f"{HEADLINE}\n\n{BODY}\n\nMillers welcomed it.",
                     id="related-line-inline-goes-alone"),
        pytest.param(f"Latest news\n{HEADLINE}\n\n{BODY}", f"{HEADLINE}\n\n{BODY}", id="a-menu-above-the-body-goes-alone"),
        pytest.param(f"{HEADLINE}\n\n{BODY}\n\nLeave a Reply\nGreat news, Kenya also banned sugar exports on Friday.\n",
                     f"{HEADLINE}\n\n{BODY}", id="leave-a-reply-drops-the-rest"),
        pytest.param(f"{HEADLINE}\n\n{BODY}\n\nComments (2)\n\njlopes: The steel quotas will be extended again in May.\n",
                     f"{HEADLINE}\n\n{BODY}", id="a-comment-count-drops-the-rest"),
        pytest.param(f"{HEADLINE}\n\n{HEADLINE}\n\n{BODY}", f"{HEADLINE}\n\n{BODY}", id="repeated-headline"),
        # (a digest's contents entry repeated as its item's heading: the heading stays where the item is)
        pytest.param(f"{HEADLINE}\n\nIN THIS ISSUE\n1. India: duty on insoluble sulphur\n\n{BODY}\n\n"
                     f"1. INDIA: DUTY ON INSOLUBLE SULPHUR\n\nMillers welcomed it.",
                     f"{HEADLINE}\n\nIN THIS ISSUE\n\n\n{BODY}\n\n1. INDIA: DUTY ON INSOLUBLE SULPHUR\n\nMillers welcomed it.",
                     id="a-contents-entry-gives-way-to-its-items-heading"),
    ],
)
def test_what_is_not_the_article_goes(rules, text, expected):
    assert cleaned(rules, text) == expected


WRAP = "In August Commerce completed its seventh review of the duty orders,"  # a line that runs to the margin


@pytest.mark.parametrize("text,expected", [
    pytest.param(f"{WRAP}\nlowering the rate to 17.12 percent.", f"{WRAP} lowering the rate to 17.12 percent.",
                 id="a-wrapped-line-joins"),
    pytest.param(f"{WRAP} lowering the rate to 17.12\npercent from 20.56 percent.",
                 f"{WRAP} lowering the rate to 17.12 percent from 20.56 percent.", id="a-figure-split-by-the-wrap"),
    pytest.param(f"{WRAP} raising the coun-\ntervailing rate", f"{WRAP} raising the countervailing rate",
                 id="a-known-word-rejoined"),
    pytest.param(f"{WRAP} most Cana-\ndian lumber", f"{WRAP} most Canadian lumber", id="a-known-adjective-rejoined"),
    pytest.param(f"{WRAP} and a duty-\nfree quota", f"{WRAP} and a duty-free quota", id="a-compound-keeps-its-hyphen"),
    pytest.param(f"{WRAP} millers welcomed the sus-\npension", f"{WRAP} millers welcomed the suspension",
                 id="a-fragment-rejoined"),
    pytest.param(f"{WRAP} but Of-\nficials said", f"{WRAP} but Officials said", id="a-capitalised-fragment-rejoined"),
    pytest.param(f"{WRAP} imports must be non-\ngenetically modified, non-genetically",
                 f"{WRAP} imports must be non-genetically modified, non-genetically", id="halves-the-text-knows-keep-it"),
    pytest.param(f"{WRAP} instead of the\nEast African Community's rate", f"{WRAP} instead of the East African Community's rate",
                 id="a-capitalised-line-after-an-open-word"),
    pytest.param(f"{WRAP} said Peter Kimani-\nSorensen", f"{WRAP} said Peter Kimani-Sorensen", id="a-name-hyphenated-at-the-break"),
    pytest.param(f"{WRAP}\nMillers protest", f"{WRAP}\nMillers protest", id="a-capitalised-next-line-stays"),
    pytest.param(f"{WRAP} and the ban was lifted.\nimports resumed", f"{WRAP} and the ban was lifted.\nimports resumed",
                 id="a-line-ending-a-sentence-stays"),
    pytest.param(f"{WRAP} by product:\nrice, wheat", f"{WRAP} by product:\nrice, wheat", id="a-list-after-a-colon-stays"),
    pytest.param(f"{WRAP} and on 25 August\n2023 a duty was imposed.", f"{WRAP} and on 25 August 2023 a duty was imposed.",
                 id="a-year-after-its-month"),
    pytest.param(f"{WRAP} lifted on 28\nSeptember 2024.", f"{WRAP} lifted on 28 September 2024.",
                 id="a-month-after-its-day"),
    pytest.param(f"{WRAP} in January 2025,\n1.5 million tonnes in November.",
                 f"{WRAP} in January 2025, 1.5 million tonnes in November.", id="a-list-goes-on-after-a-comma"),
    pytest.param(f"{WRAP}\n2. Wheat", f"{WRAP}\n2. Wheat", id="a-numbered-heading-stays"),
    pytest.param("duties were imposed on parboiled rice.2 The ban was lifted in 2025.4 A federation was asked.",
                 "duties were imposed on parboiled rice. The ban was lifted in 2025. A federation was asked.",
                 id="footnote-marks-go"),
    pytest.param("first point\nsecond point", "first point\nsecond point", id="short-items-stay"),
    pytest.param("_" * 60 + "\ncombined rate", "_" * 60 + "\ncombined rate", id="a-rule-line-stays"),
])
def test_text_wrapped_at_a_fixed_width_is_rejoined(rules, text, expected):
    assert clean_text(text, rules.boilerplate, rules.pattern_words).text == expected


COLUMN = """Kenya has opened a 90-day
window for duty-free imports
of white maize, the third such
window in five years, as the
price of a two-kilogramme
packet of sifted flour climbed
above KSh 210 in Nairobi
supermarkets.
A Gazette notice dated Nov-
ember 13 allows millers and
traders with permits to import
up to 400,000 tonnes of white
maize duty-free for 90 days
from November 16. The usual
duty on maize from outside the
East African Community is 50
per cent. The notice says im-
ports must be non-genetically
modified."""


def test_a_newspaper_column_is_rejoined(rules):
    """A print edition's narrow column, taken from a PDF: lines far shorter than a web paragraph's
    margin still wrap one sentence, and the words split at the margin join again."""
    text = clean_text("Maize window opens\n\n" + COLUMN, rules.boilerplate, rules.pattern_words).text
    assert text.split("\n")[2:] == [
        "Kenya has opened a 90-day window for duty-free imports of white maize, the third such window in five "
        "years, as the price of a two-kilogramme packet of sifted flour climbed above KSh 210 in Nairobi supermarkets.",
        "A Gazette notice dated November 13 allows millers and traders with permits to import up to 400,000 tonnes "
        "of white maize duty-free for 90 days from November 16. The usual duty on maize from outside the East African "
        "Community is 50 per cent. The notice says imports must be non-genetically modified."]


def test_short_repeated_line_is_kept(rules):
    text = f"{HEADLINE}\n\nKey points\n\n{BODY}\n\nKey points\n\nMillers welcomed it."
    assert cleaned(rules, text).count("Key points") == 2


def test_headline_becomes_the_title(ingestor):
    assert ingest(ingestor, f"{HEADLINE}\n\n{BODY}".encode()).title == HEADLINE


@pytest.mark.parametrize("top,title", [
    ("SUGAR TRADE REVIEW", HEADLINE),
    ("KENYA BANS SUGAR EXPORTS", "KENYA BANS SUGAR EXPORTS"),
], ids=["a-masthead-gives-way-to-the-headline", "a-capitalised-headline-alone-is-the-title"])
def test_the_title_is_the_headline_under_a_masthead(ingestor, top, title):
    body = f"{top}\n\n{HEADLINE}\n\n{BODY}" if top != title else f"{top}\n\n{BODY}"
    assert ingest(ingestor, body.encode()).title == title


def test_article_lines_that_merely_contain_credit_words_are_kept(rules):
    """Regression: 'separate' held 'epa' and 'photovoltaic' held 'photo', so this line and the
    paragraph before it were dropped as a credit and its caption (fixed in 48f6bf4)."""
    text = (f"{HEADLINE}\n\n{BODY}\n\n"
            "The ministry said it would publish separate rules for photovoltaic glass.\n\nMillers welcomed it.")
    assert cleaned(rules, text) == text


# --------------------------------------------------------------------------- publication date

@pytest.mark.parametrize(
    "top,published",
    [
        ("Today : Nov 11, 2025", "2025-11-11"),
        ("11 November 2025", "2025-11-11"),
        ("Published: 12 May 2025 09:30 GMT", "2025-05-12"),
        ("Updated 09:30 GMT, 12 May 2025", "2025-05-12"),
        ("By Jane Doe | March 3, 2025 11:02 am ET", "2025-03-03"),
        ("By Marta Example in Brussels | Published: 24/10/2025 11:12 CET", "2025-10-24"),
        ("By Staff Reporter · Updated: 4 March 2025", "2025-03-04"),
        ("Monday, March 3, 2025", "2025-03-03"),
        ("Radio Example Business - Monday 10 June 2024, 07:00", "2024-06-10"),
        ("26.08.2025 | Black Sea desk", "2025-08-26"),
        ("Jane Doe | New Delhi | October 20, 2023", "2023-10-20"),
        ("No. 87 | Friday 16 May 2025", "2025-05-16"),
        ("Saturday, 15 November 2025, 06:30", "2025-11-15"),
        ("Thu, 21 Aug 2025 09:40 +07:00", "2025-08-21"),
        ("Monday, July 7, 2025 | 08:15", "2025-07-07"),
        ("Brasília | 07/03/2025 | 10h42", "2025-03-07"),
        ("GAZETA DO EXEMPLO · Bebedouro (SP) · 31/07/2025 08:12 · English edition", "2025-07-31"),
        ("Saturday, 11/04/2020, 07:30 (GMT+7)", "2020-04-11"),
        ("Wednesday, 11/04/2020, 07:30", "2020-11-04"),
        ("15.04.2022. 07:30", "2022-04-15"),
        ("News item | 15-01-2025 | 15:00", "2025-01-15"),
        ("12th November 2019 | Textiles & Apparel | Asia-Pacific", "2019-11-12"),
        ("For immediate release: Thursday, December 4, 2025", "2025-12-04"),
        ("POLICY BRIEF No. 27 | July 2025", "2025-07"),
        ("Chips & Policy | Thursday 20 November 2025 // 10:47 UTC", "2025-11-20"),
        ("Published on 05/08/2025 - 19:32 GMT+2 • Updated 06/08/2025 - 08:05", "2025-08-05"),
        ("April 2026 issue | Trade feature | Posted online 7 April 2026", "2026-04-07"),
        ("Wednesday, 16 September 2026 | Corporate & Economy", "2026-09-16"),
        # a dateline kept in the outlet's own language
        ("Economía | San José, miércoles 11 de marzo de 2026", "2026-03-11"),
        ("Lima, viernes 30 de octubre de 2026 | Empresas y Minería", "2026-10-30"),
        ("Paris, le 1er octobre 2025", "2025-10-01"),
        ("Hamburg, 15. März 2026", "2026-03-15"),
        ("São Paulo, 3 de março de 2025", "2025-03-03"),
        # a gazette's place and 'dated the ...', a report's issue label, a weekday before a hyphenated date
        ("New Delhi, dated the 13th October, 2026", "2026-10-13"),
        ("Sale No. 37 of 2026 | Sale dates: 15th & 16th September 2026 | Report issued: 17th September 2026",
         "2026-09-17"),
        ("Wed 14-10-2026 | Closing edition, 18:45 IST", "2026-10-14"),
        # a date in another calendar first, then the Gregorian day it corresponds to
        ("Sunday 21 Dhu al-Hijjah 1447 AH, corresponding to 7 June 2026", "2026-06-07"),
        # a circular dated in two calendars, the Gregorian after a slash
        ("Date: 2 Falgun 1432 / 15 February 2026", "2026-02-15"),
    ],
    ids=["today-label", "bare-date", "published-label", "time-first", "byline-bar", "byline-bar-numeric-date",
         "byline-dot-updated",
         "weekday-date", "masthead-dash-date", "numeric-day-first", "pipes-byline-place-date", "pipes-issue-date",
         "weekday-comma-time", "short-weekday", "weekday-bar-time", "place-slash-date-day-first",
         "middle-dots-place-date-time", "weekday-says-day-first", "weekday-says-month-first",
         "dot-after-the-year", "dashes-between-numbers", "ordinal-day-then-sections", "immediate-release-label",
         "month-and-year-after-pipes", "double-slash-time", "dash-before-the-time", "posted-label-after-pipes",
         "weekday-date-then-section", "spanish-section-place-weekday", "spanish-place-weekday-section", "french-le-1er",
         "german-day-dot", "portuguese", "place-dated-the", "report-issued-label", "short-weekday-hyphenated",
         "other-calendar-corresponding-to", "two-calendars-after-a-label"],
)
def test_dateline_gives_the_publication_date(ingestor, top, published):
    doc = ingest(ingestor, f"{top}\n{HEADLINE}\n\n{BODY}".encode())
    assert (doc.published, doc.published_from) == (published, "dateline")


@pytest.mark.parametrize("line,published", [
    ("May 18, 2024 16:02 GMT+700", "2024-05-18"),
    ("ISTANBUL Nov 16, 2020 - 2:41 pm GMT+3", "2020-11-16"),
    ("Mataram, 27.03.2024 | 10:15 WITA", "2024-03-27"),
    ("Source: Department of Foreign Trade  |  Release date: 2020-04-26 10:15  |  Print  |  Close", "2020-04-26"),
    ("Federal Register / Vol. 91, No. 47 / Wednesday, March 11, 2026 / Rules and Regulations", "2026-03-11"),
    ("Summary date: 2026-03-20", "2026-03-20"),
    ("15 May 2026 • Edited • 🌐", "2026-05-15"),
    ("eastafricabusinessdaily.example/markets/2026/11/02/eac-ministers-widen-35pc-band", "2026-11-02"),
    # a numeric day with its time after it: day first, as the bare date is read, not the US order
    ("Published on 05/11/2026 at 19:32 | Updated on 05/11/2026 at 20:05", "2026-11-05"),
    # not a dateline: a sentence, or a start date under its label
    ("Kenya suspended its import duty on sugar until August 31, 2025.", None),
    ("Effective date: 1 March 2026", None),
], ids=["date-then-time-and-zone", "place-in-capitals-date-time", "place-dotted-date-bar-time", "release-date-between-bars",
        "register-issue-line", "summary-date-label", "date-then-bullets", "url-with-a-dated-path",
        "numeric-day-first-then-time", "a-sentence",
        "an-effective-date"])
def test_a_dated_line_under_the_headline_dates_the_story(ingestor, line, published):
    doc = ingest(ingestor, f"{HEADLINE}\n{line}\n\n{BODY}".encode())
    assert doc.published == published


@pytest.mark.parametrize("top,place", [
    ("By Our Bureau | New Delhi | Last Updated: Apr 07, 2020, 08:52 AM IST", "IN"),
    ("Nairobi, 3 March 2025", "KE"),
    ("By Jane Doe | Updated 14:02 GMT, 3 March 2025", None),
    ("Posted On: 22 MAR 2025 5:41PM by PIB Delhi", "IN"),
    ("By Adam Washington | 3 March 2025", None),
], ids=["byline-with-a-capital", "place-and-date", "no-place", "news-agency-desk-and-city", "a-surname-is-no-place"])
def test_a_removed_dateline_keeps_its_place_as_a_hint(ingestor, top, place):
    """The line leaves the text, but where it was filed is the article's likely home."""
    doc = ingest(ingestor, f"{HEADLINE}\n{top}\n\n{BODY}".encode())
    assert (doc.place, top in doc.text) == (place, False)


def test_the_dateline_place_is_the_home_of_an_unnamed_government(pipeline_obj, ingestor):
    """'The government lifted ...' in a story filed from New Delhi about an outbreak in China."""
    text = ("Govt lifts export curbs on drug ingredients\nBy Our Bureau | New Delhi | Apr 07, 2020\n\n"
            "The government on Monday lifted restrictions on the export of 24 active pharmaceutical ingredients, "
            "five weeks after it curbed their shipments because of the outbreak in China.")
    [(article, mentions, _)] = list(pipeline_obj.process([ingest(ingestor, text.encode())]))
    assert [(m.imposer, m.action) for m in mentions] == [("IN", "lift")]


def test_dateline_is_removed_from_the_text(ingestor):
    doc = ingest(ingestor, f"Today : Nov 11, 2025\n{HEADLINE}\n\n{BODY}".encode())
    assert doc.text == f"{HEADLINE}\n\n{BODY}"


@pytest.mark.parametrize(
    "lead,published",
    [
        ("HANOI, March 3 (Example Wire) - Vietnam cut its rice export duty in 2024.", "2024-03-03"),
        ("NEW DELHI/DHAKA, Nov. 9 - India banned onion exports, a move it reversed in 2024.", "2024-11-09"),
        ("Jakarta, 5 May (Example) — Indonesia said so in 2023.", "2023-05-05"),
        ("HANOI, March 3 (Example Wire) - Vietnam said it will cut the duty that it has on rice and that the move is for the year.", None),  # no year anywhere
        ("BEIJING, March 8 (Wire) - China said on Saturday it will tax canola, after Ottawa's levies of August 2024.",
         "2025-03-08"),  # 2024 is named, but March 8 fell on a Saturday in 2025
        ("ROME, Oct 31 (Wire) - The EU said on Sunday it will suspend the duties it imposed on June 22, 2018, under "
         "the Trade Expansion Act of 1962.", "2021-10-31"),  # Oct 31 was a Sunday in 2021, three years on
        ("Bern, 03.07.2024 - At its meeting that day, the Federal Council adopted further sanctions.", "2024-07-03"),
        ("SEOUL, Aug. 12 (Example Agency) -- Korean firms welcomed the duties the United States set in 2026.",
         "2026-08-12"),
        # the agency between slashes ('MOSCOW, June 4. /TASS/.'); June 4 was a Wednesday in 2025
        ("YEREVAN, June 4. /Example News/. Russia said on Wednesday it will curb imports of flowers, after a halt "
         "on mineral water it imposed in July 2024.", "2025-06-04"),
    ],
    ids=["upper-with-agency", "two-places-no-agency", "title-case-day-first", "no-year-in-text", "weekday-picks-the-year",
         "weekday-three-years-on", "place-and-dotted-date", "double-hyphen-after-the-agency", "agency-between-slashes"],
)
def test_wire_dateline_dates_the_story_and_stays_in_the_text(ingestor, lead, published):
    doc = ingest(ingestor, f"{HEADLINE}\n\n{lead}\n\nMillers welcomed the decision.".encode())
    assert doc.published == published
    assert lead in doc.text


@pytest.mark.parametrize(
    "line,place,published",
    [
        ("Vol. 7, No. 24 — Friday 20 June 2025", "top", "2025-06-20"),
        ("Feb. 8, 2024 at 9:41 a.m. CST", "top", "2024-02-08"),
        ("By Anna Example | Updated 14:02 GMT, 13 January 2025", "top", "2025-01-13"),
        ("May 17, 2019 / 4:52 PM / Updated an hour ago", "top", "2019-05-17"),
        ("John Doe\nSpecial Adviser, Media\nAugust 28, 2025", "end", "2025-08-28"),
        ("The author is an economist.\n\nThis column was first published on December 28, 2023.", "end", "2023-12-28"),
        ("Colombo, 14 January 2026", "end", "2026-01-14"),
        ("13/06/2022 19:45", "end", "2022-06-13"),
        ("Posted Monday, July 31, 2017 | 3:15 p.m. CDT", "end", "2017-07-31"),
        ("Published in The Capital Ledger, July 29th, 2022", "end", "2022-07-29"),
        ("Published: 07 June 2020 ▪ 15:41 KSA | Last updated: 07 June 2020 ▪ 19:12 KSA", "top", "2020-06-07"),
        ("VAAL EXPRESS | Business | 2016/08/13 06:00 SAST", "top", "2016-08-13"),
        ("Published 2022.07.08 17:52 | Modified 2022.07.08 21:06", "top", "2022-07-08"),
        ("Rural | Wed, 4 Jun 2025 · 6:31am", "top", "2025-06-04"),
        ("Fortaleza, Thursday 14 November 2024 – 07h32", "top", "2024-11-14"),
        ("20.12.2023 – Economy desk", "end", "2023-12-20"),
        ("This article was first published in the print edition on 18.08.2025.", "end", "2025-08-18"),
        ("Published 29/03/2022. The views expressed are the author's own.", "end", "2022-03-29"),
        ("Issued: 27th October, 2020", "end", "2020-10-27"),
        ("Santa Cruz de la Sierra, Wednesday 19 March 2025 | 06:40", "top", "2025-03-19"),
        ("Mehmet Demir, Kumluca - 28.10.2017 09:14", "end", "2017-10-28"),
        ("Tuesday 13 October 2026 | 1 Jumada al-Ula 1448 AH | Issue No. 5,214 | Price: 10 EGP", "top", "2026-10-13"),
        ("Chat export: messages from 25.05.2026 to 27.05.2026 (exported 27.05.2026 18:02)", "top", "2026-05-27"),
        ("Prices as at the close of 13 March 2026. This report was published on 16 March 2026 at 07:30 HKT.\n"
         "(c) 2026 Example Securities Limited. All rights reserved.", "end", "2026-03-16"),
        ("Prepared: 28.02.2026 | Reference: RLX-2026-0412 | Translator: E. Example", "top", "2026-02-28"),
        ("Return tabled in the House of Commons on March 9, 2026", "end", "2026-03-09"),
        ("São Paulo, 26/03/2026", "top", "2026-03-26"),
        ("令和8年5月19日 (19 May 2026)", "end", "2026-05-19"),
    ],
    ids=["issue-number-dash", "date-at-time", "byline-updated-time-date", "slashes-relative-update",
         "signature-bare-date", "first-published-note", "place-and-date", "numeric-date-and-time",
         "posted-weekday-date-time", "published-in-outlet", "square-separator", "year-first-slashes",
         "year-first-dots", "time-glued-to-am", "hours-written-with-h", "dotted-date-then-desk",
         "print-edition-note", "published-note-then-disclaimer", "issued-label-under-signature",
         "place-with-particles-weekday-date", "byline-place-dash-dotted-date", "weekday-date-then-three-fields",
         "chat-export-range", "published-note-after-a-sentence", "prepared-label-with-fields",
         "return-tabled-on", "accented-place-numeric-date", "other-calendar-then-gregorian-in-brackets"],
)
def test_a_date_line_under_the_headline_or_at_the_end(ingestor, line, place, published):
    """A metadata line under the headline dates the story and goes; so does one closing it."""
    text = f"{HEADLINE}\n\n{line}\n\n{BODY}" if place == "top" else f"{HEADLINE}\n\n{BODY}\n\n{line}"
    doc = ingest(ingestor, text.encode())
    assert (doc.published, doc.published_from) == (published, "dateline")
    assert place == "end" or line not in doc.text


def test_a_closing_note_after_a_related_list_still_dates_the_story(ingestor):
    text = (f"{HEADLINE}\n\n{BODY}\n\nRelated coverage:\nEU drugmakers count the cost of tariff uncertainty\n"
            "Swiss exporters wait for relief\n\nThis article was first published on November 6, 2025.")
    doc = ingest(ingestor, text.encode())
    assert (doc.published, doc.published_from) == ("2025-11-06", "dateline")
    assert "Swiss exporters" not in doc.text


@pytest.mark.parametrize("closing, published", [
    ("Done at Nairobi, 3 March 2026", "2026-03-03"),
    ("Issued at the Secretariat, Riyadh, on 28 Muharram 1448 H, corresponding to 14 July 2026.", "2026-07-14"),
    # (a sentence of the body that names a date is no closing formula)
    ("The order was signed in Nairobi on 3 March 2026 and published later.", None),
], ids=["done-at", "issued-at-corresponding-to", "a-body-sentence"])
def test_a_closing_formula_dates_an_order_though_a_note_follows_it(ingestor, closing, published):
    """'Done at Conakry, 2 November 2026' closes an order; a signature block and a long
    translator's note may follow it, and the line stays in the text."""
    articles = "".join(f"Article {n}\n\nThe duty on sugar of grade {n} is suspended until August 31, 2025.\n\n"
                       for n in range(1, 6))
    text = (f"{HEADLINE}\n\n{articles}{closing}\n\nThe Minister of Trade\n(signed)\n\nTranslator's "
            "note: the order was translated from the French by the desk, which is not responsible for any error.")
    doc = ingest(ingestor, text.encode())
    assert doc.published == published
    assert closing in doc.text


@pytest.mark.parametrize("name,published", [
    ("us-brazil-beef-tariff-rollback-2025-wire.txt", "2025-11-20"),
    ("2025/11/20/brazil-beef.txt", "2025-11-20"),
    ("brazil-beef-wire.txt", None),
    ("2024-2025-brazil-beef.txt", None),
], ids=["year-in-the-name", "year-in-the-folders", "no-year", "two-years"])
def test_a_year_less_wire_dateline_in_a_text_with_no_year_takes_the_file_names(ingestor, name, published):
    raw = (f"{HEADLINE}\n\nWASHINGTON/SAO PAULO, Nov 20 (Example Wire) - President Donald Trump on Thursday removed "
           "the extra tariff on Brazilian beef.\n\nImporters said that the move was one they had been waiting for and "
           "that it would help them to buy more of it.").encode()
    [doc] = list(ingestor.from_bytes(raw, name, "a"))
    assert doc.published == published


def test_a_capitalised_line_that_is_no_byline_does_not_stall_the_run(ingestor):
    """An all-capitals line with a date and then a lower-case word ('as of') is no byline; the
    byline pattern once tried every way of splitting the capitals into words before saying so
    (minutes for this line), so a run over a bulletin with such a heading never ended."""
    line = "QUICK REFERENCE - ADDITIONAL DUTY RATES ON DERIVATIVE PRODUCTS (as of February 14, 2020)"
    doc = ingest(ingestor, f"{HEADLINE}\n\n{BODY}\n\n{line}\n\nSteel nails: 25%.".encode())
    assert line in doc.text and doc.published is None


def test_title_case_headline_with_a_date_is_no_dateline(ingestor):
    doc = ingest(ingestor, f"Tariffs On Steel Take Effect On March 4, 2025\n\n{BODY}".encode())
    assert doc.published is None
    assert doc.text.startswith("Tariffs On Steel")


def test_a_date_and_time_closing_the_page_under_related_links_dates_the_story(ingestor):
    body = "\n\n".join(f"Paragraph {k} of the story says that Kenya suspended its import duty on sugar." for k in range(6))
    text = (f"{HEADLINE}\n\n{body}\n\nRelated coverage:\n- Sugar prices climb\n- Millers protest\n\n"
            "1 December 2025 12:04 GMT")
    doc = ingest(ingestor, text.encode())
    assert (doc.published, doc.published_from) == ("2025-12-01", "dateline")


def test_a_date_heading_under_the_lead_is_the_story_not_its_dateline(ingestor):
    # ('NOV 6, 2026' over a factbox's bullets, below the lead: the items' date, kept)
    text = f"{HEADLINE}\nNovember 10, 2026 6:02 AM GMT\n\n{BODY}\n\nNOV 6, 2026\n* Kenya extended the suspension."
    doc = ingest(ingestor, text.encode())
    assert doc.published == "2026-11-10" and "NOV 6, 2026\n* Kenya" in doc.text


def test_a_date_under_a_wire_credit_still_dates_the_story(ingestor):
    body = "\n\n".join(f"Paragraph {k} of the story says that Kenya suspended its import duty on sugar." for k in range(6))
    text = f"{HEADLINE}\n\n{body}\n\n(Reporting by Ana Ruiz)\n\nSugar prices climb in Nairobi\n\n1 December 2025 12:04 GMT"
    doc = ingest(ingestor, text.encode())
    assert (doc.published, doc.published_from) == ("2025-12-01", "dateline")
    assert "Sugar prices climb" not in doc.text and doc.text.endswith("sugar.")


def test_wire_dateline_loses_to_a_full_dateline(ingestor):
    doc = ingest(ingestor, f"Published: 12 April 2024\n{HEADLINE}\n\nASTANA, April 11 (Wire) - Kazakhstan said it will ban the import of wheat that comes in by rail, as it did in 2023.".encode())
    assert doc.published == "2024-04-12"


def test_page_clutter_does_not_push_the_dateline_out_of_the_header(ingestor):
    clutter = ["Skip to content", "METALS DAILY", "Home | Steel | Aluminium | Mining | Policy",
               "Sign in | Subscribe | ES | PT", "We use cookies to personalise content. [Accept] [Decline]",
               "Home / Policy / Kenya", HEADLINE, "Millers brace for a sugar glut", "By Jane Example, Nairobi",
               "Published: 2026-05-21 10:15 EAT | Updated: 2026-05-21 16:40 EAT"]
    doc = ingest(ingestor, "\n\n".join(clutter + [BODY]).encode())
    assert (doc.published, doc.published_from) == ("2026-05-21", "dateline")


def test_a_timeline_entry_near_the_top_is_a_sentence_not_a_dateline(ingestor):
    entry = "Dec. 23, 2024 - The levy expires and is not renewed, removing the surcharge on imports."
    doc = ingest(ingestor, f"{HEADLINE}\n\nBy Jane Example | Published 16 May 2025\n\n{BODY}\n\n{entry}".encode())
    assert doc.published == "2025-05-16" and entry in doc.text


def test_date_deep_in_the_body_is_not_a_dateline(ingestor):
    lines = [HEADLINE] + [f"Paragraph {i} about sugar prices and millers in Kenya." for i in range(10)]
    doc = ingest(ingestor, "\n".join(lines + ["11 November 2025", BODY]).encode())
    assert doc.published is None


def test_no_date_gives_none(ingestor):
    doc = ingest(ingestor, f"{HEADLINE}\n\n{BODY}".encode())
    assert (doc.published, doc.published_from) == (None, "none")


def test_no_date_gives_a_warning(ingestor):
    doc = ingest(ingestor, f"{HEADLINE}\n\n{BODY}".encode())
    assert "no publication date: relative dates left unresolved" in doc.warnings


def test_metadata_date_beats_the_dateline(ingestor):
    doc = ingestor.document(f"Today : Nov 11, 2025\n{HEADLINE}\n\n{BODY}", "a.txt", "a", "0", [],
                            published="2025-11-12")
    assert (doc.published, doc.published_from) == ("2025-11-12", "metadata")


# --------------------------------------------------------------------------- offsets

FILES = {
    "bom-crlf-dateline.txt": ("\ufeffToday : Nov 11, 2025\r\nThailand suspends rubber export duty\r\n\r\n"
                              "Thailand on Monday suspended its export duty on natural rubber until March 31, 2026."
                              "\r\nExporters welcomed the move.\r\n").encode(),
    "caption-credit.txt": ("Kenya suspends sugar import duty\n\n"
                           "Workers unload sugar sacks at the port of Mombasa.\nREUTERS/Stringer via Getty Images\n\n"
                           "Kenya suspended its import duty on sugar until August 31, 2025.  \n\n"
                           "Millers welcomed the decision, which they said would lower prices.\n").encode(),
    "comments.txt": ("Turkey cuts wheat tariff\n\nPhoto: Wheat fields near Konya\n\n"
                     "Turkey cut its import tariff on wheat from 25% to 10% on 3 March 2025.\n\n"
                     "Turkey cuts wheat tariff\n\nMillers said bread prices may fall.\n\n"
                     "Leave a Reply\nTurkey also banned exports of hazelnuts on Friday.\n").encode(),
    "stray-bytes.txt": (b"Vietnam lifts gallium export ban\n\nVietnam lifted its ban on gallium \xff exports. "
                        b"The restrictions, introduced in December 2024, had hit chipmakers in Japan.\n"),
}


@pytest.fixture(scope="module")
def small_run(pipeline_obj, tmp_path_factory):
    news = tmp_path_factory.mktemp("news")
    for name, raw in FILES.items():
        (news / name).write_bytes(raw)
    out = tmp_path_factory.mktemp("out")
    run(news, out, pipeline=pipeline_obj)
    articles = {a["id"]: a for a in map(json.loads, (out / "articles.jsonl").read_text("utf-8").splitlines())}
    mentions = [json.loads(line) for line in (out / "mentions.jsonl").read_text("utf-8").splitlines()]
    texts = {name.rsplit(".", 1)[0]: clean_text(decode(raw)[0], pipeline_obj.rules.boilerplate).text
             for name, raw in FILES.items()}
    return articles, mentions, texts


def test_small_run_has_every_article(small_run):
    articles, _, _ = small_run
    assert sorted(articles) == sorted(name.rsplit(".", 1)[0] for name in FILES)


def test_small_run_finds_mentions(small_run):
    _, mentions, _ = small_run
    assert {m["article"] for m in mentions} == {name.rsplit(".", 1)[0] for name in FILES}


@pytest.mark.parametrize("article", [name.rsplit(".", 1)[0] for name in FILES])
def test_entity_offsets_point_into_the_cleaned_text(small_run, article):
    articles, _, texts = small_run
    text = texts[article]
    assert [e for e in articles[article]["entities"] if text[e["start"]:e["end"]] != e["text"]] == []


@pytest.mark.parametrize("article", [name.rsplit(".", 1)[0] for name in FILES])
def test_word_count_is_of_the_cleaned_text(small_run, article):
    articles, _, texts = small_run
    assert articles[article]["words"] == len(texts[article].split())


def test_mention_sentence_is_exactly_the_slice(small_run):
    """Regression: start/end used to include the trailing newline the sentence text had
    stripped (fixed in 48f6bf4)."""
    _, mentions, texts = small_run
    assert [m["id"] for m in mentions if texts[m["article"]][m["start"]:m["end"]] != m["sentence"]] == []


def test_evidence_offsets_point_at_their_values(small_run):
    """Evidence spans lie inside the sentence they cite."""
    _, mentions, _ = small_run
    bad = [(m["id"], e["field"]) for m in mentions for e in m["evidence"]
           if not e["sentence_start"] <= e["start"] < e["end"] <= e["sentence_end"]]
    assert bad == []


def test_unsupported_files_are_accounted_for_in_errors(pipeline_obj, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(BODY, encoding="utf-8")
    (news / "b.pdf").write_bytes(b"%PDF-1.4 binary")
    run(news, tmp_path / "out", pipeline=pipeline_obj)
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [e["path"] for e in errors] == ["b.pdf"]


def test_rejected_input_is_written_to_errors(pipeline_obj, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(BODY, encoding="utf-8")
    (news / "empty.txt").write_bytes(b"\n\n")
    run(news, tmp_path / "out", pipeline=pipeline_obj)
    errors = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [(e["path"], e["error"]) for e in errors] == [("empty.txt", "empty")]


def test_document_dataclass_defaults():
    doc = Document(id="a", path="a.txt", text="x", sha256="0")
    assert (doc.published, doc.published_from, doc.warnings) == (None, "none", [])


@pytest.mark.parametrize(
    "dateline,text,published",
    [
        ("02/04/2022", "Press Releases > 2022 > February\nThe President signed it in February.", "2022-02-04"),
        ("02/04/2022", "The duty, imposed in April, stays.", "2022-04-02"),
        ("02/04/2022", "Traders may say it stays.", "2022-04-02"),  # 'may' the verb names no month: day first
        ("05/08/2025", "In August the EU paused its tariffs; in May it had drawn up the list. August talks.", "2025-08-05"),
    ],
    ids=["month-first-where-the-text-names-february", "day-first-where-it-names-april", "tie-keeps-day-first",
         "day-first-where-august-outnumbers-may"],
)
def test_an_ambiguous_numeric_dateline_takes_the_month_the_article_names(ingestor, dateline, text, published):
    doc = ingest(ingestor, f"{dateline}\n{HEADLINE}\n\n{BODY}\n\n{text}".encode())
    assert doc.published == published


def test_a_chat_export_keeps_each_message_without_its_time_stamp_and_sender(pipeline_obj, ingestor):
    text = ("Exported: Thursday 12 March 2026\n\n"
            "[12/03/2026, 08:03] Istmo Cargo Express: HONDURAS - RICE\n"
            "[12/03/2026, 08:03] Istmo Cargo Express: Honduras imposed a definitive safeguard duty of 25% on milled "
            "rice yesterday.\n"
            "12/03/2026, 08:55 - Ganadería Los Pinos: <audio omitted>\n")
    doc = ingest(ingestor, text.encode())
    [(_, mentions, _)] = list(pipeline_obj.process([doc]))
    assert (doc.text.splitlines(), [(m.imposer, m.announced) for m in mentions]) == (
        ["HONDURAS - RICE", "Honduras imposed a definitive safeguard duty of 25% on milled rice yesterday."],
        [("HN", "2026-03-11")])


def test_a_dateline_with_a_time_and_labels_after_pipes_is_no_chat_message(ingestor):
    doc = ingest(ingestor, f"{HEADLINE}\n06/06/2025 14:20 | Reading time: 4 min | By Tamar Lomidze\n\n{BODY}".encode())
    assert (doc.published, doc.published_from) == ("2025-06-06", "dateline")


def test_a_dateline_city_names_the_country_of_the_story(ingestor):
    """'Rosario, Monday 8 June 2026': a city that opens a dateline (a PLACE rule, no entity) is
    the story's home country."""
    doc = ingest(ingestor, b"CAPRO STATEMENT\n\nRosario, Monday 8 June 2026\n\n" + BODY.encode())
    assert (doc.place, doc.published) == ("AR", "2026-06-08")


@pytest.mark.parametrize("raw, published", [
    # a year-less wire dateline takes the page's copyright year, whatever weekday the lead tells
    (b"Palace raises rice tariff\n\nMANILA, March 10 - The Palace on Friday issued an order raising the rice tariff "
     b"to 25% from 15%, effective April 1.\n\n\xc2\xa9 2026 The Manila Ledger. All rights reserved.", "2026-03-10"),
    # guard: with no copyright line, the lead's weekday still decides
    (b"Palace raises rice tariff\n\nMANILA, March 10 - The Palace said on Friday it would raise the rice tariff "
     b"in 2022 and 2023.", "2023-03-10"),
    # a city with letters outside ASCII opens a wire dateline too
    ("Bird-flu bans split buyers\n\nSÃO PAULO, April 8 — China said on Friday that it was suspending all imports of "
     "chicken from Brazil, and the other buyers in the region are expected to follow it within the week."
     "\n\n© 2026 Global Poultry Trader.".encode(), "2026-04-08"),
])
def test_a_year_less_wire_dateline_takes_the_copyright_year(ingestor, raw, published):
    assert ingest(ingestor, raw).published == published


def test_a_date_line_under_a_long_page_header_dates_the_story(ingestor):
    """A terminal's story under its flash headlines: '19-Nov-2026 08:14 GMT' on a line of its own,
    below far more header lines than a dateline is usually looked for in, but above the body."""
    flashes = "\n".join(f"07:4{k} *CHINA TO CUT TARIFFS ON ITEM {k} - MOFCOM" for k in range(8))
    doc = ingest(ingestor, f"QTN Anywhere | Terminal News\nRELATED HEADLINES\n{flashes}\n\n{HEADLINE}\n\n"
                           f"19-Nov-2026 08:14 GMT\nBy A Reporter, Commodities Desk\n\n{BODY}".encode())
    assert (doc.published, doc.published_from) == ("2026-11-19", "dateline")
    # guard: below the first sentence of the body, a date line is the body's own
    doc = ingest(ingestor, f"QTN Anywhere | Terminal News\nRELATED HEADLINES\n{flashes}\n\n{HEADLINE}\n\n{BODY}\n\n"
                           f"19-Nov-2026 08:14 GMT\n\n{BODY} It was welcomed by millers.\n".encode())
    assert doc.published is None


def test_the_headline_below_a_section_path_is_the_title(ingestor):
    """'News > Policy & Trade' is where the page files the story; the headline follows, and the
    text keeps where it starts for the extraction (a headline tells the step the body tells)."""
    text = (f"AgriMarkets Europe\nGrains | Oilseeds | Policy & Trade\n\nNews > Policy & Trade\n\n{HEADLINE}\n\n{BODY} "
            "The ministry said the move would help millers and keep prices stable for the rest of the year.")
    doc = ingest(ingestor, text.encode())
    assert doc.title == HEADLINE
    assert doc.text[doc.title_start:].startswith(HEADLINE)


def test_a_published_line_above_the_pages_record_of_the_story_dates_it(ingestor):
    """'Published: ...' then 'Section: ... | Reporter: ...': the page's fields close the story, the
    date line above them still dates it."""
    paragraphs = "\n\n".join(f"Paragraph {n} of the story says what millers and traders made of the move." for n in range(8))
    text = (f"{HEADLINE}\n\n3 days ago\n\n{BODY}\n\n{paragraphs}\n\nArticle information\n"
            "Published: November 16, 2026, 7:48 PM PHT | Updated: November 16, 2026, 9:02 PM PHT\n"
            "Section: Business / Agriculture | Reporter: Carmelita Reyes | Video editor: Paolo Agbayani")
    doc = ingest(ingestor, text.encode())
    assert (doc.published, doc.published_from) == ("2026-11-16", "dateline")
    # guard: a body sentence of many words below the date line is no record of the story
    body_last = text.replace("Section: Business / Agriculture | Reporter: Carmelita Reyes | Video editor: Paolo Agbayani",
                             "Importers said the rules would be read closely by traders in Manila this week.")
    assert ingest(ingestor, body_last.encode()).published is None


@pytest.mark.parametrize("top", [
    "COLOMBIA COMPASS\nNews in English from Colombia\n\nBusiness / Trade",
    "ANDEAN LEDGER\nBusiness and markets news from Peru, in English\nMarkets | Mining | Economy | Subscribe\n\nEconomy",
    "MAPLE AUTO TRADE\nDealers · Fleet · OEM · Aftermarket · EV · Policy",
], ids=["tagline-then-section-label", "tagline-menu-label", "menu-with-dots"])
def test_a_sites_tagline_is_no_headline(ingestor, top):
    """Below a site name come its tagline, menu and section label; the headline comes after them."""
    text = f"{top}\n\n{HEADLINE}\n\nBy Lucia Montoya\n\n{BODY} The ministry said the move would help millers."
    assert ingest(ingestor, text.encode()).title == HEADLINE


def test_a_url_line_above_the_masthead_and_a_wire_dateline_below_the_furniture_date_the_story(ingestor):
    url = "https://www.example-weekly.com/markets/commodities/2026/11/16/putrajaya-trims-palm-oil-duty"
    doc = ingest(ingestor, f"{url}\n\nEXAMPLE WEEKLY\n\n{HEADLINE}\n\n{BODY} The ministry said the move would help.".encode())
    assert (doc.published, doc.published_from) == ("2026-11-16", "dateline")
    furniture = "\n".join(f"Menu line {n} | Section | Other section" for n in range(9))
    wire = (f"{HEADLINE}\n{furniture}\nUpdated 11:20 a.m.\n\nSANTIAGO, Nov. 19 — {BODY} The ministry said the move "
            "would help millers.\n\n© 2026 Example Journal")
    doc = ingest(ingestor, wire.encode())
    assert doc.published == "2026-11-19"


PARAGRAPHS = "\n\n".join(f"Paragraph {n} of the story says what millers and traders made of the move." for n in range(8))


@pytest.mark.parametrize("text, published", [
    # a date with seconds and a zone under a 'Posted by' byline (no date in the byline itself)
    (f"Dhowline | Trade finance\n\nInsights > Notes\n\n{HEADLINE}\n\nPosted by Rania Haddad, Head of Advisory\n"
     f"Wed, 18 Nov 2026 10:42:00 GMT\n\n{BODY}\n\n{PARAGRAPHS}", "2026-11-18"),
    # a site menu does not push the date line out of the page's top
    (f"SUNDAY HIGHVELD\nBusiness Weekend\nNews | Business Weekend | Money | Careers | Opinion | Sport\n"
     f"Subscribe from R49 a month\n\nBusiness Weekend > Trade\n\n{HEADLINE}\n\nA deck line about the fair\n\n"
     f"By Lindiwe Mthembu\nSunday 15 November 2026 · 06:00\n\n{BODY}\n\n{PARAGRAPHS}", "2026-11-15"),
    # 'Published 2 hours ago' gives no day; the date beside the comment form does
    (f"{HEADLINE}\n\nPublished 2 hours ago\n\n{BODY}\n\n{PARAGRAPHS}\n\nComments (23)\n\nLeave a comment\n"
     "Published: Tuesday, 17 November 2026 | 5:48 pm\nYour email address will not be published.\n\n"
     "Copyright © The Federal Chronicle. All rights reserved.", "2026-11-17"),
    # a 'Last updated on' line above the share bar, related links and the copyright line
    (f"{HEADLINE}\n\n{BODY}\n\n{PARAGRAPHS}\n\nTags: Onion, Customs duty\n\nLast updated on Sat Nov 14, 2026 09:05 PM\n\n"
     "Share: Facebook | X | WhatsApp | LinkedIn | Email\n\nRelated news\n- Potato prices fall as new crop reaches markets\n"
     "- Remittance inflow rises 11 percent in October\n\n© The Padma Tribune. All rights reserved.", "2026-11-14"),
    # a note that the story is republished is no body: the wire dateline under it dates the story
    (f"{HEADLINE}\n\n" + "\n".join(f"Section {n}" for n in range(9)) + "\n\nThis article was first published by "
     "the Pan-African Wire Service (PAWS) and is republished by "
     f"the Mirror under a content-sharing agreement.\n\nNAIROBI, Nov 16 (PAWS) - {BODY}\n\n{PARAGRAPHS}\n\n"
     "(c) 2026 Pan-African Wire Service", "2026-11-16"),
], ids=["seconds-and-zone", "menu-above", "ago-then-comment-form", "last-updated-above-links", "republished-wire"])
def test_dates_scraped_pages_give_below_their_furniture(ingestor, text, published):
    assert ingest(ingestor, text.encode()).published == published


def test_a_tagline_under_the_site_name_is_no_headline(ingestor):
    text = f"CediWatch\nGhana's business and markets news\nSubscribe | Sign in\n\n{HEADLINE}\n\nBy Akosua Mensah\n\n{BODY} {PARAGRAPHS}"
    assert ingest(ingestor, text.encode()).title == HEADLINE
