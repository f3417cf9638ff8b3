"""The reviewer reports (report.html, report.md): content, order, escaping, and a real browser.

Unit tests render small hand-made output folders. The browser tests load the report from
disk in headless Chromium (Debian package `chromium`; `.ci/run` installs it) and assert on
the rendered DOM (`--dump-dom`); the article data carries payloads that would be visible in
the DOM if they ran (a `data-pwned` attribute, a `PWNED` title).
"""
from __future__ import annotations

import copy
import json
import random
import re
import shutil
import subprocess
import time
from html import escape, unescape
from pathlib import Path

import pytest

from pipeline import report
from pipeline.report import load_run, render_html, render_markdown, write_reports
from pipeline.runner import run

SCRIPT_PAYLOAD = "<script>document.body.setAttribute('data-pwned','1')</script>"
IMG_PAYLOAD = "<img src=x onerror=\"document.title='PWNED'\">"
JS_URL = "javascript:alert(1)"
DATA_URL = "data:text/html,<script>alert(1)</script>"
EVIL_TITLE = f"Tariffs {SCRIPT_PAYLOAD} {IMG_PAYLOAD} | `pipe`"
EVIL_SENTENCE = f"The EU said {IMG_PAYLOAD} duties apply from October 30, 2024 {SCRIPT_PAYLOAD}."
GOOD_SENTENCE = "The duties take effect on October 23, 2024, the Commission said."


# --------------------------------------------------------------------------- hand-made runs

def _verdict(value, status="agreed", candidates=(), reason=None):
    return {"value": value, "status": status, "reason": reason,
            "candidates": [{"value": v, "articles": arts, "mentions": ms,
                            "independent_sources": len({"wire" if a == "copy" else a for a in arts})}
                           for v, arts, ms in candidates]}


def _event(action, fields, articles, mentions, direction="restrictive", **values):
    e = {"action": action, "announced": None, "effective": None, "expires": None, "duration": None, "rate": None,
         "articles": articles, "mentions": mentions, "fields": fields, "direction": direction}
    e.update(values)
    return e


def _mention(mid, article, sentence, start, dates=(), **values):
    m = {"id": mid, "article": article, "sentence": sentence, "start": start, "end": start + len(sentence),
         "imposer": "EU", "agency": None, "targets": ["CN"], "type": "import_tariff", "action": "impose",
         "products": ["electric vehicles"], "hs_codes": ["8703"], "announced": None, "effective": None,
         "expires": None, "duration": None, "rate": None, "dates": list(dates), "confidence": 0.9,
         "direction": "restrictive", "evidence": [], "sentences": [[start, start + len(sentence)]]}
    m.update(values)
    return m


def _date(role, text, value, sentence, start):
    at = start + sentence.index(text)
    return {"role": role, "text": text, "value": value, "precision": "day", "how": "absolute", "anchor": None,
            "start": at, "end": at + len(text)}


def sample_records() -> dict[str, list[dict]]:
    """Three measures: one with an open conflict (one source is hostile), one settled by a rule,
    one where sources agree; four articles, one of them hostile in every field it has."""
    articles = [
        {"id": "wire", "path": "wire.txt", "title": "EU duties on Chinese EVs", "outlet": "Wire",
         "url": "https://example.com/wire?a=1&b=2", "published": "2024-10-29", "published_from": "metadata",
         "sha256": "0" * 64, "words": 300, "duplicate_of": None, "entities": [], "warnings": []},
        {"id": "evil", "path": "evil.txt", "title": EVIL_TITLE, "outlet": f"Outlet {IMG_PAYLOAD}", "url": JS_URL,
         "published": None, "published_from": "none", "sha256": "1" * 64, "words": 80, "duplicate_of": None,
         "entities": [], "warnings": [f"no publication date {SCRIPT_PAYLOAD}"]},
        {"id": "datauri", "path": "d.txt", "title": "Data", "outlet": None, "url": DATA_URL, "published": None,
         "published_from": "none", "sha256": "2" * 64, "words": 10, "duplicate_of": None, "entities": [],
         "warnings": []},
        {"id": "copy", "path": "copy.txt", "title": "EU duties on Chinese EVs (syndicated)", "outlet": None,
         "url": None, "published": "2024-10-29", "published_from": "dateline", "sha256": "3" * 64, "words": 300,
         "duplicate_of": "wire", "entities": [], "warnings": []},
    ]
    m_wire = _mention("wire#1", "wire", GOOD_SENTENCE, 100, effective="2024-10-23",
                      dates=[_date("effective", "October 23, 2024", "2024-10-23", GOOD_SENTENCE, 100)])
    m_evil = _mention("evil#1", "evil", EVIL_SENTENCE, 40, effective="2024-10-30",
                      dates=[_date("effective", "October 30, 2024", "2024-10-30", EVIL_SENTENCE, 40)])
    m_copy = _mention("copy#1", "copy", GOOD_SENTENCE, 7, effective="2024-10-23",
                      dates=[_date("effective", "October 23, 2024", "2024-10-23", GOOD_SENTENCE, 7)])
    rate_sentence = "Argentina cut the export tax on soybeans to 26% from 33%."
    rate = {"value": 26.0, "unit": "percent", "kind": "level", "previous": 33.0, "text": "26%",
            "start": 500 + rate_sentence.index("26%"), "end": 500 + rate_sentence.index("26%") + 3}
    m_rate = _mention("wire#2", "wire", rate_sentence, 500, imposer="AR", type="export_duty", action="reduce",
                      products=["soybeans"], targets=[], rate=rate, direction="liberalising")
    m_rate2 = _mention("datauri#1", "datauri", "Argentina trimmed soybean export taxes to 24%.", 3, imposer="AR",
                       type="export_duty", action="reduce", products=["soybeans"], targets=[],
                       rate={"value": 24.0, "unit": "percent", "kind": "level", "previous": None, "text": "24%",
                             "start": 45, "end": 48}, direction="liberalising")
    m_ok = _mention("wire#3", "wire", "Japan lifted curbs on hydrogen fluoride exports to South Korea.", 800,
                    imposer="JP", type="export_control", action="lift", products=["hydrogen fluoride"],
                    targets=["KR"], direction="liberalising")
    conflict = _event("impose", {
        "action": _verdict("impose", candidates=[("impose", ["wire", "evil", "copy"], ["wire#1", "evil#1", "copy#1"])]),
        "effective": _verdict(None, "conflict", [("2024-10-23", ["wire", "copy"], ["wire#1", "copy#1"]),
                                                 ("2024-10-30", ["evil"], ["evil#1"])],
                              f"tie between independent sources: 2024-10-23 (wire, copy), 2024-10-30 (evil) "
                              f"{SCRIPT_PAYLOAD}"),
    }, ["copy", "evil", "wire"], ["wire#1", "evil#1", "copy#1"])
    settled = _event("reduce", {
        "action": _verdict("reduce", candidates=[("reduce", ["wire", "datauri"], ["wire#2", "datauri#1"])]),
        "rate": _verdict(rate, "resolved",
                         [(rate, ["wire"], ["wire#2"]), (m_rate2["rate"], ["datauri"], ["datauri#1"])],
                         "majority of independent sources: 26.0 percent (level) (wire) has 2 vs 1"),
    }, ["datauri", "wire"], ["wire#2", "datauri#1"], direction="liberalising", rate=rate)
    agreed = _event("lift", {"action": _verdict("lift", candidates=[("lift", ["wire"], ["wire#3"])])},
                    ["wire"], ["wire#3"], direction="liberalising")
    measures = [
        {"id": "AR-export_duty-soybeans-1", "imposer": "AR", "agency": None, "targets": [], "type": "export_duty",
         "products": ["soybeans"], "hs_codes": ["1201"], "events": [settled],
         "conflicts": [{"event": 0, "field": "rate", "values": ["26", "24"], "severity": "important",
                        "reason": settled["fields"]["rate"]["reason"]}]},
        {"id": "EU-import_tariff-electric-vehicles-2", "imposer": "EU", "agency": "EU-COM", "targets": ["CN"],
         "type": "import_tariff", "products": ["electric vehicles"], "hs_codes": ["8703"], "events": [conflict],
         "conflicts": [{"event": 0, "field": "effective", "values": ["2024-10-23", "2024-10-30"],
                        "severity": "important", "reason": conflict["fields"]["effective"]["reason"]}]},
        {"id": "JP-export_control-hydrogen-fluoride-3", "imposer": "JP", "agency": None, "targets": ["KR"],
         "type": "export_control", "products": ["hydrogen fluoride"], "hs_codes": [], "events": [agreed],
         "conflicts": []},
    ]
    errors = [{"path": f"bad{SCRIPT_PAYLOAD}.txt", "line": None, "error": "binary", "detail": "NUL bytes"}]
    return {"articles.jsonl": articles, "mentions.jsonl": [m_wire, m_evil, m_copy, m_rate, m_rate2, m_ok],
            "measures.jsonl": measures, "errors.jsonl": errors}


def write_run(folder: Path, records: dict[str, list[dict]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in records.items():
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory) -> Path:
    folder = write_run(tmp_path_factory.mktemp("sample"), sample_records())
    write_reports(folder)
    return folder


@pytest.fixture(scope="module")
def html(sample_dir) -> str:
    return (sample_dir / "report.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def markdown(sample_dir) -> str:
    return (sample_dir / "report.md").read_text(encoding="utf-8")


def _tags(markup: str) -> list[str]:
    return re.findall(r"<[a-zA-Z][^>]*>", markup)


# --------------------------------------------------------------------------- HTML: escaping

@pytest.mark.parametrize("raw", [SCRIPT_PAYLOAD, IMG_PAYLOAD, "<script>document", "<img"],
                         ids=["script-payload", "img-payload", "script-tag", "img-tag"])
def test_html_never_contains_article_markup_unescaped(html, raw):
    assert raw not in html


def test_html_has_no_event_handler_attribute_in_any_tag(html):
    assert [t for t in _tags(html) if re.search(r"\son[a-z]+\s*=", t, re.I)] == []


@pytest.mark.parametrize("scheme", ["javascript:", "data:"])
def test_html_never_links_a_non_web_url(html, scheme):
    assert re.findall(rf"href\s*=\s*[\"']?\s*{scheme}", html, re.I) == []


def test_html_shows_a_non_web_url_as_text(html):
    assert "javascript:alert(1)" in html and "(not a web link)" in html


def test_html_links_a_web_url_escaped(html):
    assert 'href="https://example.com/wire?a=1&amp;b=2"' in html


def test_html_has_exactly_one_script_element_its_own(html):
    assert len(re.findall(r"<script\b", html, re.I)) == 1


def test_html_shows_the_payloads_as_text(html):
    assert html.count("&lt;script&gt;document.body.setAttribute(&#x27;data-pwned&#x27;,&#x27;1&#x27;)") >= 3


def test_html_content_security_policy_allows_only_its_own_script(html):
    [csp] = [unescape(c) for c in re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe-inline" not in csp


@pytest.mark.parametrize("url,expected", [
    ("https://example.com/a", "https://example.com/a"),
    ("HTTP://example.com", "HTTP://example.com"),
    ("javascript:alert(1)", None),
    (" JavaScript:alert(1)", None),
    ("java\nscript:alert(1)", None),
    ("data:text/html,x", None),
    ("https://exa mple.com", None),
    ("//example.com", None),
    ("https://example.com/\"onmouseover=x", None),
    (None, None),
], ids=["https", "upper-http", "javascript", "javascript-spaced", "javascript-newline", "data", "space",
        "scheme-relative", "quote", "none"])
def test_safe_url(url, expected):
    assert report.safe_url(url) == expected


@pytest.mark.parametrize("key", ["plain-id", 'x"><svg onload=alert(1)>', "a b#c", ""],
                         ids=["plain", "quote", "space", "empty"])
def test_anchor_is_a_valid_html_id(key):
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]*", report.anchor("m", key))


# --------------------------------------------------------------------------- HTML: content

def test_html_is_self_contained(html):
    loaders = [t for t in _tags(html) if re.match(r"<(link|img|iframe|object|embed|source|video|audio)\b", t, re.I)
               or re.search(r"\ssrc\s*=", t, re.I)]
    assert (loaders, "@import" in html, "url(" in html) == ([], False, False)


def test_html_has_print_styles(html):
    assert "@media print" in html


def test_html_summary_counts_measures_by_state(html):
    assert "1 of 3 measures need a reviewer; 1 settled by a rule" in html


def test_html_measure_needing_a_reviewer_comes_first(html):
    order = re.findall(r'<section class="measure (\w+)"', html)
    assert order == ["review", "ruled", "agreed"]


def test_html_conflict_shows_both_candidates_side_by_side(html):
    cands = re.search(r'<div class="cands">(.*?)</div></div></div>', html, re.S).group(1)
    assert "2024-10-23" in cands and "2024-10-30" in cands


def test_html_highlights_the_value_inside_each_sentence(html):
    marks = re.findall(r"<mark>(.*?)</mark>", html)
    assert {"October 23, 2024", "October 30, 2024", "26%", "24%"} <= set(marks)


def test_html_keeps_the_rule_that_decided(html):
    assert "majority of independent sources" in html and "kept <b>26%, from 33%</b>" in html


def test_html_marks_the_kept_candidate(html):
    assert html.count('class="cand kept"') == 1


def test_html_a_flagged_value_left_in_the_record_is_disputed_not_kept(tmp_path):
    """reconcile may flag a value (expiry not after the start) and leave it in the record."""
    records = sample_records()
    verdict = records["measures.jsonl"][1]["events"][0]["fields"]["effective"]
    verdict["value"] = "2024-10-23"
    page = render_html(load_run(write_run(tmp_path, records)))
    assert (page.count('class="cand disputed"'), page.count('class="cand kept"'),
            "the record still holds <b>2024-10-23</b>" in page) == (1, 1, True)


def test_html_lists_rejected_inputs_and_warnings(html):
    assert "1 input rejected" in html and "no publication date" in html and "NUL bytes" in html


def test_html_counts_a_syndicated_copy_once(html):
    assert "3 articles, 2 independent" in html


def test_html_works_without_javascript(html):
    """The filter bar is hidden until the script shows it; nothing else depends on the script."""
    assert re.search(r'<div id="filters"[^>]*\bhidden\b', html)


def test_html_is_deterministic(sample_dir, html):
    assert render_html(load_run(sample_dir)) == html


# --------------------------------------------------------------------------- highlighting

@pytest.mark.parametrize("shift", [0, 3, -5, 10_000], ids=["exact", "off-by-3", "before", "far-off"])
def test_highlight_falls_back_to_the_value_text_when_offsets_do_not_line_up(tmp_path, shift):
    records = sample_records()
    for d in records["mentions.jsonl"][0]["dates"]:
        d["start"] += shift
        d["end"] += shift
    folder = write_run(tmp_path, records)
    ev = report.Evidence(load_run(folder))
    [q] = ev.quotes_for_mention("wire#1", "effective", "2024-10-23")
    assert [q.text[a:b] for a, b in q.marks] == ["October 23, 2024"]


def test_highlight_of_an_unresolved_value(tmp_path):
    records = sample_records()
    m = records["mentions.jsonl"][1]
    m["dates"] = [dict(m["dates"][0], value=None, text="October 30, 2024")]
    ev = report.Evidence(load_run(write_run(tmp_path, records)))
    [q] = ev.quotes_for_mention("evil#1", "effective", "unresolved: October 30, 2024")
    assert [q.text[a:b] for a, b in q.marks] == ["October 30, 2024"]


def test_highlight_html_escapes_inside_and_outside_the_mark():
    assert report.highlight_html("<a> & <b>", [(4, 5)]) == "&lt;a&gt; <mark>&amp;</mark> &lt;b&gt;"


# --------------------------------------------------------------------------- odd data

ODD = {
    "missing-keys": {"measures.jsonl": [{"id": "x"}]},
    "events-not-dicts": {"measures.jsonl": [{"id": "x", "type": "quota", "events": [None, 3, "e"],
                                             "conflicts": [{"event": 7, "field": "rate", "severity": "minor"}]}]},
    "unknown-mentions": {"measures.jsonl": [{"id": "x", "events": [_event("impose", {
        "effective": _verdict(None, "conflict", [("2024", ["nope"], ["nope#1"]), ({"value": "?"}, [], [])])},
        ["nope"], ["nope#1"])], "conflicts": [{"event": 0, "field": "effective", "severity": "weird"}]}]},
    "bad-json": {"measures.jsonl": "not json\n[1, 2]\n"},
    "nothing": {},
    "bad-offsets": {"mentions.jsonl": [dict(_mention("a#1", "a", "short", 0, dates=[
        {"role": "effective", "text": "zzz", "value": "2024", "start": "1", "end": None}]), start="x", end=-3)],
        "measures.jsonl": [{"id": "x", "events": [_event("impose", {"effective": _verdict("2024", "conflict", [
            ("2024", ["a"], ["a#1"]), ("2025", ["a"], ["a#1"])])}, ["a"], ["a#1"])]}]},
}


@pytest.mark.parametrize("records", list(ODD.values()), ids=list(ODD))
def test_odd_data_renders_without_crashing(tmp_path, records):
    for name, rows in records.items():
        text = rows if isinstance(rows, str) else "".join(json.dumps(r) + "\n" for r in rows)
        (tmp_path / name).write_text(text, encoding="utf-8")
    html_path, md_path = write_reports(tmp_path)
    assert html_path.read_text(encoding="utf-8").endswith("</html>\n") and md_path.read_text(encoding="utf-8")


def test_unreadable_lines_are_reported_not_fatal(tmp_path):
    (tmp_path / "measures.jsonl").write_text("not json\n", encoding="utf-8")
    assert "measures.jsonl line 1: not JSON" in render_html(load_run(tmp_path))


# --------------------------------------------------------------------------- Markdown

def test_markdown_has_the_same_sections(markdown):
    assert [line for line in markdown.splitlines() if line.startswith("## ")] == \
        ["## Summary", "## Run warnings", "## Measures", "## Articles"]


def test_markdown_measure_needing_a_reviewer_comes_first(markdown):
    titles = [line for line in markdown.splitlines() if line.startswith("### M")]
    assert titles[0].startswith("### M1. EU import tariff") and "needs a reviewer" in titles[0]


@pytest.mark.parametrize("raw", [r"(?<!\\)<script", r"(?<!\\)<img", r"(?<!\\)\| (?<!\\)`pipe",
                                 r"\(javascript:", r"<javascript:", r"<data:"],
                         ids=["script", "img", "pipe-and-backticks", "js-link", "js-autolink", "data-autolink"])
def test_markdown_escapes_article_text(markdown, raw):
    assert re.findall(raw, markdown) == []


def test_markdown_escapes_pipes_in_table_cells(markdown):
    row = next(line for line in markdown.splitlines() if line.startswith("| `evil`"))
    assert "\\| \\`pipe\\`" in row


def test_markdown_highlights_values_in_bold(markdown):
    assert "**October 23, 2024**" in markdown and "**October 30, 2024**" in markdown


def test_markdown_keeps_the_rule_and_the_decision(markdown):
    assert "tie between independent sources" in markdown and "no value kept: a reviewer must decide" in markdown


@pytest.mark.parametrize("text,expected", [
    ("a|b", "a\\|b"), ("`x`", "\\`x\\`"), ("<b>", "\\<b\\>"), ("snake_case", "snake_case"), ("_em_", "\\_em\\_"),
    ("- item", "\\- item"), ("1. item", "1\\. item"), ("line\nbreak", "line break"),
], ids=["pipe", "backtick", "html", "intraword-underscore", "emphasis", "bullet", "ordered", "newline"])
def test_md_escape(text, expected):
    assert report.md(text) == expected


# --------------------------------------------------------------------------- scale and the runner

def test_thousands_of_measures_render_in_seconds(tmp_path):
    records = sample_records()
    base = records["measures.jsonl"]
    records["measures.jsonl"] = [dict(copy.deepcopy(base[i % 3]), id=f"m{i}") for i in range(3000)]
    run_data = load_run(write_run(tmp_path, records))
    start = time.perf_counter()
    render_html(run_data)
    render_markdown(run_data)
    assert time.perf_counter() - start < 10


@pytest.fixture(scope="module")
def tiny_news(repo, tmp_path_factory) -> Path:
    news = tmp_path_factory.mktemp("news")
    for name in ("india-rice-export-ban-lifted-2024-wire.txt", "india-rice-ban-scrapped-blog.txt"):
        shutil.copy(repo / "corpus" / name, news / name)
    (news / "hostile.txt").write_text(
        f"India lifts onion export ban {SCRIPT_PAYLOAD} {IMG_PAYLOAD}\n\n"
        f"NEW DELHI, May 4, 2024 - India lifted its ban on onion exports on Saturday {IMG_PAYLOAD}, "
        "the trade ministry said, in a move that traders had expected for weeks.\n\n"
        "The ban was imposed on December 8, 2023 and was due to expire on March 31, but it was extended "
        "in March as the government tried to keep a lid on retail prices. Farmers in the main growing "
        "states had asked for the ban to be lifted because prices at the farm gate were falling.\n",
        encoding="utf-8")
    (news / "hostile-meta.json").write_text(json.dumps({
        "id": "hostile-meta", "title": f"Onion ban lifted {IMG_PAYLOAD}", "url": JS_URL, "outlet": SCRIPT_PAYLOAD,
        "published": "2024-05-04",
        "text": f"India lifted its ban on onion exports on Saturday, the trade ministry said {SCRIPT_PAYLOAD}. "
                "The ban was imposed on December 8, 2023 to keep a lid on retail prices before the election, "
                "and farmers in the main growing states had asked for it to be lifted for months."}),
        encoding="utf-8")
    return news


def test_run_writes_the_reports(pipeline_obj, tiny_news, tmp_path):
    run(tiny_news, tmp_path, pipeline=pipeline_obj)
    assert (tmp_path / "report.html").is_file() and (tmp_path / "report.md").is_file()


def test_run_without_reports_writes_none(pipeline_obj, tiny_news, tmp_path):
    quiet = copy.copy(pipeline_obj)
    quiet.settings = pipeline_obj.settings.model_copy(update={"reports": False})
    run(tiny_news, tmp_path, pipeline=quiet)
    assert sorted(p.name for p in tmp_path.glob("report.*")) == []


# --------------------------------------------------------------------------- in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed "
                                    "(Debian package `chromium`; .ci/run installs it)")


def chromium(page: Path, profile: Path, *args: str, url_suffix: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                           "--disable-background-networking", "--disable-component-update", "--disable-sync",
                           f"--user-data-dir={profile}", *args, page.resolve().as_uri() + url_suffix],
                          capture_output=True, text=True, timeout=120)


def dump_dom(page: Path, profile: Path) -> str:
    proc = chromium(page, profile, "--dump-dom")
    assert proc.returncode == 0 and "<html" in proc.stdout, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture(scope="module")
def dom(sample_dir, tmp_path_factory) -> str:
    return dump_dom(sample_dir / "report.html", tmp_path_factory.mktemp("profile"))


@needs_chromium
def test_browser_detector_sees_a_payload_that_runs(tmp_path):
    """Control: the same payloads, unescaped and without the report's policy, do show in the DOM,
    so the absence checks below would catch them."""
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>ok</title></head><body>{IMG_PAYLOAD}{SCRIPT_PAYLOAD}"
                    "</body></html>", encoding="utf-8")
    ran = _ran(dump_dom(page, tmp_path / "profile"))
    assert (ran["script ran"], ran["onerror ran"]) == (True, True)


@needs_chromium
def test_browser_renders_the_summary(dom):
    assert '<section id="summary">' in dom and "measures need a reviewer" in dom


def _ran(dom: str) -> dict[str, bool]:
    """What the payloads would leave in the DOM had they run or become elements."""
    tags = _tags(dom)
    return {"script ran": any(re.search(r"\sdata-pwned\b", t) for t in tags),
            "onerror ran": "PWNED" in re.search(r"<title>(.*?)</title>", dom, re.S).group(1),
            "img element": any(t.lower().startswith("<img") for t in tags),
            "javascript link": any(re.search(r"href=\"\s*javascript:", t, re.I) for t in tags),
            "data link": any(re.search(r"href=\"\s*data:", t, re.I) for t in tags)}


@needs_chromium
def test_browser_nothing_from_the_articles_runs(dom):
    assert _ran(dom) == dict.fromkeys(_ran(dom), False)


@needs_chromium
def test_browser_has_only_the_report_script(dom):
    assert len(re.findall(r"<script\b", dom)) == 1


@needs_chromium
def test_browser_shows_the_payloads_as_text(dom):
    assert "&lt;script&gt;document.body.setAttribute('data-pwned','1')&lt;/script&gt;" in dom


@needs_chromium
def test_browser_runs_the_report_script(dom):
    """JavaScript is on (so a payload could have run) and the filter bar it adds works."""
    assert re.search(r'<div id="filters" class="noprint">', dom) and "3 of 3 measures shown" in dom


@needs_chromium
@pytest.mark.parametrize("query,shown", [("?review=1", ["review"]), ("?q=soybeans", ["ruled"]),
                                         ("", ["review", "ruled", "agreed"])], ids=["review", "text", "none"])
def test_browser_filter_shows_the_chosen_measures(sample_dir, tmp_path, query, shown):
    """The optional filter (preset from the query string here, as a checkbox and a search box
    for a reader) hides the other measures; without JavaScript all of them show."""
    proc = chromium(sample_dir / "report.html", tmp_path / "profile", "--dump-dom", url_suffix=query)
    sections = re.findall(r'<section class="measure (\w+)"[^>]*?( hidden="")?>', proc.stdout)
    assert [state for state, hidden in sections if not hidden] == shown


@needs_chromium
def test_browser_screenshot(sample_dir, tmp_path):
    shot = tmp_path / "report.png"
    proc = chromium(sample_dir / "report.html", tmp_path / "profile", f"--screenshot={shot}",
                    "--window-size=1280,2000", "--hide-scrollbars")
    assert proc.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", proc.stderr[-2000:]


@needs_chromium
def test_browser_pipeline_report_of_a_hostile_article(pipeline_obj, tiny_news, tmp_path):
    """End to end: the pipeline's own report of a folder with a hostile article."""
    out = tmp_path / "out"
    run(tiny_news, out, pipeline=pipeline_obj)
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == ""  # the hostile articles were read
    assert load_run(out).articles["hostile-meta"]["url"] == JS_URL
    page_dom = dump_dom(out / "report.html", tmp_path / "profile")
    shown = ('<section id="summary">' in page_dom, "&lt;script&gt;document.body" in page_dom,
             "&lt;img src=x" in page_dom, JS_URL in page_dom)
    assert (shown, _ran(page_dom)) == ((True, True, True, True), dict.fromkeys(_ran(page_dom), False))


def _md_reference(text) -> str:
    """md() as it was written first, without its quick tests: they must not change a byte."""
    text = "" if text is None else str(text)
    text = report._MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text).strip())
    text = re.sub(r"^([-+])(?=\s)", r"\\\1", text)
    return re.sub(r"^(\d{1,9})([.)])(?=\s)", r"\1\\\2", text)


def test_markdown_escaping_takes_shortcuts_without_changing_a_byte():
    rng = random.Random(11)
    alphabet = list("ab_-+1.)( \\`*[]<>|#~&'\"\t\n\r\x0b\x0c\x1c\x85\xa0\u2000\u2028\u3000\u0663\u00b2é") + ["  "]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
        assert report.md(text) == _md_reference(text), repr(text)
    for value in (None, 7, 2.5, True, ["a_b"], "- item", "12. item", "1) x", "plain words"):
        assert report.md(value) == _md_reference(value)


def test_html_escaping_is_html_escape():
    for value in (None, "", "a<b>&'\"", 3, "plain", "&amp;"):
        assert report.h(value) == escape("" if value is None else str(value), quote=True)
