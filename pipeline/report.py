"""Reviewer reports: OUT/report.html and OUT/report.md, built from the files of a run.

Everything is read back from OUT (articles, mentions, measures, errors .jsonl) through
`load_run`, the reader `diff` uses as well, so a report can be rebuilt from any output
folder. Article text is untrusted input: every string taken from it is escaped, a URL
becomes a link only when it is http(s), and the page carries a Content-Security-Policy
that lets no script run but its own (hashed) filter script. The page needs no network
and no JavaScript; the script only adds filtering.

Layout, for a reviewer who must decide quickly: a summary (measures, events, conflicts by
status and severity), the run's warnings, an index, then one section per measure - those
with a field that needs a human first - with its timeline and, per disagreement, the
candidate values side by side: their articles, independent sources, each source's
sentence with the value highlighted, and the rule that decided.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Iterable, Optional

from .export import write_text
from .forks import can_fork, concurrently
from .models import DATE_FIELDS

STATUSES = ("conflict", "unresolved", "resolved", "agreed")
OPEN_STATUSES = {"conflict", "unresolved"}
SEVERITIES = ("critical", "important", "minor")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
FIELD_ORDER = ("action", "announced", "effective", "expires", "duration", "rate")
UNRESOLVED_PREFIX = "unresolved: "
MAX_QUOTES = 8  # per candidate; the rest are listed by article id
UNIT_SUFFIX = {"percent": "%", "percentage_points": " pp", "usd_per_tonne": " USD/t"}


# --------------------------------------------------------------------------- reading

@dataclass
class RunData:
    """The records of one output folder, plus what could not be read."""

    path: Path
    articles: dict[str, dict] = field(default_factory=dict)
    mentions: dict[str, dict] = field(default_factory=dict)
    measures: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # unreadable lines, missing files

    def root(self, article: str) -> str:
        """The independent source an article belongs to (syndicated copies count once)."""
        seen = set()
        while article not in seen:
            seen.add(article)
            parent = (self.articles.get(article) or {}).get("duplicate_of")
            if not parent or not isinstance(parent, str):
                return article
            article = parent
        return article

    def independent(self, articles: Iterable[str]) -> int:
        return len({self.root(a) for a in articles})


def is_run_dir(path: Path) -> bool:
    return Path(path).is_dir() and (Path(path) / "measures.jsonl").is_file()


def _read_records(path: Path, problems: list[str]) -> list[dict]:
    """Records of one JSONL file; a bad line is reported, never fatal."""
    if not path.exists():
        problems.append(f"{path.name} is missing")
        return []
    out = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                problems.append(f"{path.name} line {n}: not JSON ({exc})")
                continue
            if not isinstance(record, dict):
                problems.append(f"{path.name} line {n}: not a JSON object")
                continue
            out.append(record)
    return out


def load_run(out_dir: Path, articles: Optional[list[dict]] = None, mentions: Optional[list[dict]] = None,
             measures: Optional[list[dict]] = None, errors: Optional[list[dict]] = None) -> RunData:
    """The records of OUT. A caller that holds some of them already, as parsed from the
    lines it wrote (the run itself), passes them instead of having them read back."""
    out_dir = Path(out_dir)
    run = RunData(path=out_dir)
    for a in _read_records(out_dir / "articles.jsonl", run.problems) if articles is None else articles:
        run.articles[str(a.get("id"))] = a
    for m in _read_records(out_dir / "mentions.jsonl", run.problems) if mentions is None else mentions:
        run.mentions[str(m.get("id"))] = m
    run.measures = _read_records(out_dir / "measures.jsonl", run.problems) if measures is None else measures
    run.errors = _read_records(out_dir / "errors.jsonl", run.problems) if errors is None else errors
    return run


# --------------------------------------------------------------------------- small helpers

def h(value) -> str:
    """Escape for HTML text and attribute values (both quote kinds): `html.escape`, inlined
    (it runs on every value of the report)."""
    if value is None:
        return ""
    text = value if type(value) is str else str(value)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") \
        .replace("'", "&#x27;")


_SAFE_URL = re.compile(r"^https?://[^\s\"'<>\\`\x00-\x1f\x7f]+$", re.IGNORECASE)


def safe_url(url) -> Optional[str]:
    """The URL if it may become a link (http or https, no whitespace or control chars)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    return url if _SAFE_URL.match(url) and len(url) < 2048 else None


_NOT_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


def anchor(prefix: str, key) -> str:
    """A valid, unique HTML id for any string (article ids are untrusted)."""
    key = str(key)
    slug = _NOT_SLUG.sub("-", key).strip("-")[:60]
    return f"{prefix}-{slug}-{hashlib.sha1(key.encode('utf-8', 'replace')).hexdigest()[:6]}"


def _num(x) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def rate_key(rate) -> Optional[tuple]:
    """What a rate means, without where it was found (offsets differ per article)."""
    if not isinstance(rate, dict):
        return None
    return (rate.get("value"), rate.get("unit"), rate.get("kind") or "level", rate.get("previous"))


def fmt_rate(rate: dict) -> str:
    unit = rate.get("unit") or ""
    suffix = UNIT_SUFFIX.get(unit, f" {unit}" if unit else "")
    text = f"{_num(rate.get('value'))}{suffix}"
    kind = rate.get("kind") or "level"
    if kind != "level":
        text += f" ({kind})"
    if rate.get("previous") is not None:
        text += f", from {_num(rate.get('previous'))}{suffix}"
    return text


def fmt_value(value, empty: str = "—") -> str:
    if value is None or value == "" or value == []:
        return empty
    if isinstance(value, dict):
        return fmt_rate(value) if "value" in value else ", ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(fmt_value(v) for v in value)
    if isinstance(value, float):
        return _num(value)
    return str(value)


def same_value(a, b) -> bool:
    if isinstance(a, dict) or isinstance(b, dict):
        return rate_key(a) == rate_key(b)
    return a == b


def humanize(token) -> str:
    return str(token or "").replace("_", " ")


def _as_list(x) -> list:
    return x if isinstance(x, list) else []


def _as_dict(x) -> dict:
    return x if isinstance(x, dict) else {}


def _int(x) -> Optional[int]:
    return x if isinstance(x, int) and not isinstance(x, bool) else None


# --------------------------------------------------------------------------- evidence

@dataclass
class Quote:
    """One source's sentence with the value highlighted (char spans into `text`)."""

    article: str
    mention: str
    text: str
    marks: list[tuple[int, int]] = field(default_factory=list)
    note: str = ""
    fragment: bool = False  # `text` is only the value's own words: the sentence is not in OUT
    context: str = ""  # for a fragment: the mention's own sentence


class Evidence:
    """Finds, for a field value of a mention, the sentence and the span to highlight.

    Offsets first (evidence entries, date expressions, the rate span, entities): value
    start minus sentence start. When they do not line up with the sentence text, the
    value's own text is searched for instead; odd data gives an unmarked quote, never an
    exception.
    """

    def __init__(self, run: RunData):
        self.run = run
        self._sentences: Optional[dict[str, dict[int, tuple[int, str]]]] = None
        self._entities: dict[str, list[dict]] = {}

    def sentences(self, article: str) -> dict[int, tuple[int, str]]:
        if self._sentences is None:
            self._sentences = defaultdict(dict)
            for m in self.run.mentions.values():
                s, e, text = _int(m.get("start")), _int(m.get("end")), m.get("sentence")
                if s is not None and isinstance(text, str):
                    self._sentences[str(m.get("article"))].setdefault(s, (e if e is not None else s + len(text), text))
                for ref in _as_list(m.get("context")):  # every sentence the mention drew on
                    rs, re_, rt = _int(_as_dict(ref).get("start")), _int(_as_dict(ref).get("end")), _as_dict(ref).get("text")
                    if rs is not None and re_ is not None and isinstance(rt, str):
                        self._sentences[str(m.get("article"))].setdefault(rs, (re_, rt))
        return self._sentences.get(article, {})

    def entities(self, article: str) -> list[dict]:
        if article not in self._entities:
            ents = [e for e in _as_list(_as_dict(self.run.articles.get(article)).get("entities"))
                    if isinstance(e, dict) and _int(e.get("start")) is not None and _int(e.get("end")) is not None]
            self._entities[article] = ents
        return self._entities[article]

    def entity_text(self, article: str, start: int, end: int) -> Optional[str]:
        for e in self.entities(article):
            if e["start"] == start and e["end"] == end:
                return e.get("text")
        return None

    # -- spans: (start, end, expected text or None), absolute offsets in the cleaned text
    def spans(self, m: dict, fld: str, value) -> list[tuple[int, int, Optional[str]]]:
        out: list[tuple[int, int, Optional[str]]] = []
        unresolved = value[len(UNRESOLVED_PREFIX):] \
            if isinstance(value, str) and value.startswith(UNRESOLVED_PREFIX) else None
        if fld in DATE_FIELDS or fld == "duration":
            for d in _as_list(m.get("dates")):
                if not isinstance(d, dict) or d.get("role") != fld:
                    continue
                s, e, dv, text = _int(d.get("start")), _int(d.get("end")), d.get("value"), d.get("text")
                if s is None or e is None or e <= s:
                    continue
                if unresolved is not None:
                    ok = dv is None and isinstance(text, str) and text.lower() == unresolved.lower()
                else:
                    ok = isinstance(dv, str) and isinstance(value, str) and \
                        (dv.startswith(value) or value.startswith(dv))
                if ok:
                    out.append((s, e, text if isinstance(text, str) and len(text) == e - s else None))
        if fld == "rate":
            r = _as_dict(m.get("rate"))
            s, e = _int(r.get("start")), _int(r.get("end"))
            if s is not None and e is not None and e > s and (value is None or same_value(r, value)):
                out.append((s, e, r.get("text") if isinstance(r.get("text"), str) else None))
        if not out:
            for ev in _as_list(m.get("evidence")):
                if not isinstance(ev, dict) or ev.get("field") != fld:
                    continue
                s, e = _int(ev.get("start")), _int(ev.get("end"))
                if s is None or e is None or e <= s:
                    continue
                if fld == "rate" and isinstance(value, dict) and str(ev.get("value")) != \
                        f"{_num(value.get('value'))} {value.get('unit')}":
                    continue  # evidence of another rate of the same sentence
                if unresolved is not None:
                    continue  # evidence is kept for resolved values only
                if fld not in ("rate", "targets") and value is not None and not isinstance(value, (dict, list)) \
                        and str(ev.get("value")) != str(value):
                    continue
                out.append((s, e, None))
        if not out and fld in ("action", "products", "type"):
            label = {"action": "ACTION", "products": "PRODUCT", "type": "MEASURE"}[fld]
            wanted = {str(v) for v in value} if isinstance(value, list) else {str(value)}
            bounds = self._mention_bounds(m)
            for ent in self.entities(str(m.get("article"))):
                if ent.get("label") != label or not any(a <= ent["start"] and ent["end"] <= b for a, b in bounds):
                    continue
                norm = str(ent.get("norm") or "")
                if norm in wanted or any(norm.startswith(w + "_") for w in wanted):
                    out.append((ent["start"], ent["end"], ent.get("text")))
        return sorted(set(out))

    @staticmethod
    def _mention_bounds(m: dict) -> list[tuple[int, int]]:
        bounds = []
        s, e = _int(m.get("start")), _int(m.get("end"))
        if s is not None and e is not None:
            bounds.append((s, e))
        for pair in _as_list(m.get("sentences")):
            if isinstance(pair, list) and len(pair) == 2 and all(_int(x) is not None for x in pair):
                bounds.append((pair[0], pair[1]))
        return bounds

    def quotes_for_mention(self, mention_id: str, fld: Optional[str], value) -> list[Quote]:
        m = self.run.mentions.get(mention_id)
        if not isinstance(m, dict):
            return [Quote(article=mention_id.split("#")[0], mention=mention_id, text="", fragment=True,
                          note=f"mention {mention_id} is not in mentions.jsonl")]
        article = str(m.get("article"))
        main_start = _int(m.get("start"))
        main_text = m.get("sentence") if isinstance(m.get("sentence"), str) else ""
        main_end = _int(m.get("end"))
        if main_start is not None and main_end is None:
            main_end = main_start + len(main_text)
        spans = self.spans(m, fld, value) if fld else []
        # group the spans by the sentence that holds them
        groups: dict[int, tuple[str, list]] = {}
        orphans: list[tuple[int, int, Optional[str]]] = []
        known = self.sentences(article)
        for s, e, expected in spans:
            if main_start is not None and main_start <= s and e <= main_end + 1:
                groups.setdefault(main_start, (main_text, []))[1].append((s, e, expected))
                continue
            hit = next(((start, text) for start, (end, text) in known.items() if start <= s and e <= end + 1), None)
            if hit:
                groups.setdefault(hit[0], (hit[1], []))[1].append((s, e, expected))
            else:
                orphans.append((s, e, expected))
        # one quote per mention: the mention's own sentence if it holds the value, else another
        # sentence of the article, else the value's words alone
        if main_start in groups:
            groups, orphans = {main_start: groups[main_start]}, []
        elif groups:
            orphans = []
        quotes: list[Quote] = []
        if main_start is not None and main_start not in groups and not groups and not orphans:
            note = "" if not fld else "the value was not located in the sentence"
            quotes.append(Quote(article, mention_id, main_text, [], note))
        for base in sorted(groups, key=lambda b: (b != main_start, b)):
            text, items = groups[base]
            marks, lost = _place(text, base, items, lambda s, e: self.entity_text(article, s, e))
            note = "offsets do not match the sentence: value not highlighted" if lost and not marks else ""
            if base != main_start:
                note = (note + "; " if note else "") + "value from another sentence of the article"
            quotes.append(Quote(article, mention_id, text, marks, note))
        for s, e, expected in orphans:
            text = expected or self.entity_text(article, s, e)
            if text:
                quotes.append(Quote(article, mention_id, text, [(0, len(text))],
                                    f"chars {s}-{e} of the article, in a sentence that mentions.jsonl does not "
                                    "hold", fragment=True, context=main_text))
        if not quotes:
            quotes.append(Quote(article, mention_id, main_text, [], "the value was not located"))
        return quotes

    def sentence_quote(self, mention_id: str, fields: Iterable[str]) -> Quote:
        """The mention's own sentence with the words of several of its fields highlighted."""
        m = self.run.mentions.get(mention_id)
        if not isinstance(m, dict):
            return Quote(mention_id.split("#")[0], mention_id, "", fragment=True,
                         note=f"mention {mention_id} is not in mentions.jsonl")
        article, text, base = str(m.get("article")), m.get("sentence"), _int(m.get("start"))
        text = text if isinstance(text, str) else ""
        if base is None:
            return Quote(article, mention_id, text)
        items = [span for f in fields for span in self.spans(m, f, m.get(f))
                 if base <= span[0] and span[1] <= base + len(text) + 1]
        marks, _ = _place(text, base, items, lambda s, e: self.entity_text(article, s, e))
        return Quote(article, mention_id, text, marks)

    def quotes(self, mention_ids: Iterable[str], fld: Optional[str], value) -> list[Quote]:
        out = []
        for mid in mention_ids:
            out.extend(self.quotes_for_mention(str(mid), fld, value))
        return out


def _place(text: str, base: int, items, entity_text) -> tuple[list[tuple[int, int]], int]:
    """Relative, merged highlight spans inside `text`; and how many could not be placed."""
    marks, lost = [], 0
    for s, e, expected in items:
        expected = expected or entity_text(s, e)
        expected = expected if isinstance(expected, str) and expected else None
        a, b = s - base, e - base
        if 0 <= a < b <= len(text) and (expected is None or text[a:b] == expected):
            marks.append((a, b))
            continue
        if expected:
            i = text.find(expected)
            if i < 0:
                i = text.lower().find(expected.lower())
            if i >= 0:
                marks.append((i, i + len(expected)))
                continue
        lost += 1
    marks.sort()
    merged: list[tuple[int, int]] = []
    for a, b in marks:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged, lost


def highlight_html(text: str, marks: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in marks:
        out.append(h(text[pos:a]))
        out.append(f"<mark>{h(text[a:b])}</mark>")
        pos = b
    out.append(h(text[pos:]))
    return "".join(out)


# --------------------------------------------------------------------------- view model

@dataclass
class Issue:
    """One (event, field) whose sources disagree or whose value could not be normalized."""

    event: int
    field: str
    verdict: dict
    severities: list[str]
    reasons: list[str]
    values: list

    @property
    def status(self) -> str:
        return str(self.verdict.get("status") or "conflict")

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def severity(self) -> Optional[str]:
        known = [s for s in self.severities if s in SEVERITY_RANK]
        return min(known, key=SEVERITY_RANK.get) if known else None

    def sort_key(self):
        return (not self.open, SEVERITY_RANK.get(self.severity, 3), self.event, _field_rank(self.field))


def _field_rank(name: str) -> int:
    return FIELD_ORDER.index(name) if name in FIELD_ORDER else len(FIELD_ORDER)


@dataclass
class MeasureView:
    record: dict
    events: list[dict]
    issues: list[Issue]

    @property
    def id(self) -> str:
        return str(self.record.get("id"))

    @property
    def review(self) -> bool:
        return any(i.open for i in self.issues)

    @property
    def state(self) -> str:
        if self.review:
            return "review"
        return "ruled" if self.issues else "agreed"

    @property
    def severity(self) -> Optional[str]:
        sev = [i.severity for i in self.issues if i.severity]
        return min(sev, key=SEVERITY_RANK.get) if sev else None

    def sort_key(self):
        return ({"review": 0, "ruled": 1, "agreed": 2}[self.state], SEVERITY_RANK.get(self.severity, 3),
                -sum(i.open for i in self.issues), -len(self.issues), self.id)

    def title(self) -> str:
        return measure_title(self.record)


def measure_title(r: dict) -> str:
    """'CN export ban: gallium, germanium → US'."""
    products = ", ".join(map(str, _as_list(r.get("products")))) or "all products"
    text = f"{r.get('imposer') or '??'} {humanize(r.get('type'))}: {products}"
    targets = _as_list(r.get("targets"))
    return text + (f" → {', '.join(map(str, targets))}" if targets else "")


def measure_view(record: dict) -> MeasureView:
    events = [e if isinstance(e, dict) else {} for e in _as_list(record.get("events"))]
    grouped: dict[tuple[int, str], Issue] = {}
    for c in _as_list(record.get("conflicts")):
        if not isinstance(c, dict):
            continue
        idx = _int(c.get("event"))
        idx = idx if idx is not None and 0 <= idx < len(events) else -1
        fname = str(c.get("field"))
        verdict = _as_dict(_as_dict(events[idx].get("fields")).get(fname)) if idx >= 0 else {}
        issue = grouped.setdefault((idx, fname), Issue(idx, fname, verdict, [], [], _as_list(c.get("values"))))
        issue.severities.append(str(c.get("severity")))
        if c.get("reason") and c.get("reason") not in issue.reasons:
            issue.reasons.append(str(c.get("reason")))
    for i, e in enumerate(events):
        for fname, verdict in _as_dict(e.get("fields")).items():
            if isinstance(verdict, dict) and verdict.get("status") in OPEN_STATUSES and (i, fname) not in grouped:
                grouped[(i, fname)] = Issue(i, fname, verdict, [], [str(verdict.get("reason") or "")], [])
    for issue in grouped.values():
        if not issue.verdict.get("status") and issue.severities:
            issue.verdict = dict(issue.verdict, status="conflict")
        reason = issue.verdict.get("reason")
        if reason and reason not in issue.reasons:
            issue.reasons.insert(0, str(reason))
        reasons = [r for r in issue.reasons if r]
        # the conflict's reason often repeats the field's, with or without the rule's name
        issue.reasons = [r for i, r in enumerate(reasons)
                         if not any(r in other and (r != other or j < i) for j, other in enumerate(reasons) if j != i)]
    return MeasureView(record, events, sorted(grouped.values(), key=Issue.sort_key))


@dataclass
class Summary:
    articles: int = 0
    independent: int = 0
    duplicates: int = 0
    mentions: int = 0
    measures: int = 0
    events: int = 0
    review: int = 0
    ruled: int = 0
    agreed: int = 0
    fields: Counter = field(default_factory=Counter)
    issues: Counter = field(default_factory=Counter)  # (status, severity or "-")
    errors: int = 0
    warnings: int = 0


def summarize(run: RunData, views: list[MeasureView]) -> Summary:
    s = Summary(articles=len(run.articles), mentions=len(run.mentions), measures=len(views),
                errors=len(run.errors))
    s.independent = len({run.root(a) for a in run.articles})
    s.duplicates = sum(1 for a in run.articles.values() if a.get("duplicate_of"))
    s.warnings = sum(len(_as_list(a.get("warnings"))) for a in run.articles.values())
    for v in views:
        s.events += len(v.events)
        setattr(s, v.state, getattr(s, v.state) + 1)
        for e in v.events:
            for verdict in _as_dict(e.get("fields")).values():
                if isinstance(verdict, dict) and (verdict.get("candidates") or verdict.get("status") != "agreed"):
                    s.fields[str(verdict.get("status"))] += 1
        for i in v.issues:
            s.issues[(i.status, i.severity or "-")] += 1
    return s


def issue_statuses(s: Summary) -> list[str]:
    """Rows of the disagreement table: the three that matter, plus any other status present."""
    extra = sorted({st for st, _ in s.issues} - set(STATUSES[:3]))
    return list(STATUSES[:3]) + extra


def warning_groups(run: RunData) -> list[tuple[str, list[str]]]:
    """Article warnings grouped by message: [(message, [article ids])], most frequent first."""
    groups: dict[str, list[str]] = defaultdict(list)
    for aid, a in run.articles.items():
        for w in _as_list(a.get("warnings")):
            groups[str(w)].append(aid)
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def build_views(run: RunData) -> list[MeasureView]:
    return sorted((measure_view(m) for m in run.measures), key=MeasureView.sort_key)


def event_when(e: dict) -> str:
    """When an event happened, as the timeline shows it ('until ...' when only the end is known)."""
    if e.get("announced") or e.get("effective"):
        return str(e.get("announced") or e.get("effective"))
    return f"until {e.get('expires')}" if e.get("expires") else "undated"


def event_label(e: dict) -> str:
    return f"{e.get('action') or '?'} {event_when(e)}"


def event_fields(e: dict) -> list[tuple[str, dict]]:
    """The fields of an event worth showing: with a value, a candidate or a non-agreed status."""
    fields = _as_dict(e.get("fields"))
    out = []
    for name in sorted(fields, key=_field_rank):
        v = fields[name]
        if isinstance(v, dict) and (v.get("value") not in (None, "", []) or v.get("candidates")
                                    or v.get("status") not in (None, "agreed")):
            out.append((name, v))
    return out


# --------------------------------------------------------------------------- HTML

CSS = """
:root{--fg:#1b1f24;--muted:#59636e;--line:#d5dae0;--soft:#f4f6f8;--bg:#fff;
--agreed:#1a7f37;--resolved:#0b5cad;--conflict:#b42318;--unresolved:#9a5b00;
--critical:#8a1111;--important:#b54708;--minor:#59636e}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:var(--fg);background:var(--bg);margin:0 auto;max-width:80rem;padding:1.25rem 1.5rem 3rem}
h1{font-size:1.55rem;margin:.2rem 0 .3rem}
h2{font-size:1.2rem;margin:2rem 0 .6rem;padding-bottom:.25rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .35rem}
h4{font-size:.95rem;margin:.9rem 0 .35rem}
p{margin:.35rem 0}
a{color:var(--resolved)}
table{border-collapse:collapse;width:100%;margin:.4rem 0 .8rem;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code,.id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:break-word}
td.nw{white-space:nowrap}
table.sum{width:auto;min-width:34rem}
table.fixed{table-layout:fixed}
table.fixed td{overflow-wrap:anywhere}
col.w7{width:7%}col.w10{width:10%}col.w12{width:12%}col.w15{width:15%}col.w16{width:16%}col.w30{width:30%}
.muted{color:var(--muted)}
.small{font-size:.85em}
.lede{font-size:1.05rem;margin:.2rem 0 1rem}
.verdict{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0 1rem}
.tile{border:1px solid var(--line);border-radius:8px;padding:.5rem .8rem;min-width:9rem;background:var(--soft)}
.tile .num{display:block;font-size:1.6rem;font-weight:700;line-height:1.1}
.tile.review{border-color:var(--conflict);background:#fff5f4}
.tile.review .num{color:var(--conflict)}
.tile.ruled .num{color:var(--resolved)}
.tile.agreed .num{color:var(--agreed)}
.badge{display:inline-block;padding:0 .45em;border:1px solid currentColor;border-radius:.7em;
font-size:.78em;font-weight:600;line-height:1.5;white-space:nowrap;vertical-align:baseline}
.st-agreed{color:var(--agreed)}.st-resolved{color:var(--resolved)}
.st-conflict{color:#fff;background:var(--conflict);border-color:var(--conflict)}
.st-unresolved{color:#fff;background:var(--unresolved);border-color:var(--unresolved)}
.sv-critical{color:#fff;background:var(--critical);border-color:var(--critical)}
.sv-important{color:var(--important)}.sv-minor{color:var(--minor)}
.dir-restrictive{color:var(--conflict)}.dir-liberalising{color:var(--agreed)}
.state-review{color:#fff;background:var(--conflict);border-color:var(--conflict)}
.state-ruled{color:var(--resolved)}.state-agreed{color:var(--agreed)}
.box{border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem;margin:.6rem 0}
.box.warn{border-color:#e0b252;background:#fffaf0}
.box.bad{border-color:var(--conflict);background:#fff5f4}
.measure{border:1px solid var(--line);border-left:6px solid var(--agreed);border-radius:8px;
padding:.9rem 1.1rem;margin:1.1rem 0}
.measure.review{border-left-color:var(--conflict)}
.measure.ruled{border-left-color:var(--resolved)}
.facts{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;font-size:.88rem;color:var(--muted);margin:.2rem 0 .5rem}
.facts b{color:var(--fg);font-weight:600}
ol.timeline{list-style:none;margin:.3rem 0 .6rem;padding:0 0 0 1rem;border-left:2px solid var(--line)}
ol.timeline>li{position:relative;padding:.15rem 0 .6rem .6rem}
ol.timeline>li::before{content:"";position:absolute;left:-1.45rem;top:.45rem;width:.7rem;height:.7rem;
border-radius:50%;background:var(--bg);border:2px solid var(--muted)}
ol.timeline>li.restrictive::before{border-color:var(--conflict)}
ol.timeline>li.liberalising::before{border-color:var(--agreed)}
.ev-head{font-weight:600}
.ev-head .when{font-variant-numeric:tabular-nums}
.facts.ev{gap:.25rem 1rem;margin:.15rem 0 .25rem}
.fact{white-space:nowrap}
.issue{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem;margin:.7rem 0;background:#fff}
.issue.open{border:2px solid var(--conflict);background:#fff8f7}
.issue-head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}
.rule{margin:.4rem 0;padding:.35rem .6rem;background:var(--soft);border-radius:6px;font-size:.88rem}
.rule b{font-weight:600}
.rule ul{margin:.15rem 0 .25rem;padding-left:1.2rem}
.cands{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.6rem;margin:.5rem 0 .2rem}
.cand{border:1px solid var(--line);border-radius:8px;padding:.5rem .65rem;background:#fff;min-width:0}
.cand.kept{border:2px solid var(--resolved)}
.cand.kept .value::after{content:" ✓ kept";font-size:.7em;color:var(--resolved);font-weight:600}
.cand.disputed{border:2px dashed var(--conflict)}
.cand.disputed .value::after{content:" ⚠ in the record, disputed";font-size:.7em;color:var(--conflict);font-weight:600}
.cand .value{font-size:1.15rem;font-weight:700;overflow-wrap:anywhere}
.cand .meta{font-size:.82rem;color:var(--muted);margin:.1rem 0 .35rem}
blockquote{margin:.35rem 0;padding:.3rem .55rem;border-left:3px solid var(--line);background:var(--soft);
font-size:.88rem;overflow-wrap:anywhere}
blockquote .src{display:block;font-size:.78rem;color:var(--muted);margin-bottom:.1rem}
blockquote .note{display:block;font-size:.76rem;color:var(--unresolved)}
blockquote .context{display:block;font-size:.82rem;color:var(--muted)}
mark{background:#ffe27a;color:inherit;padding:0 .12em;border-radius:2px;font-weight:600;
box-shadow:0 0 0 1px #e6c13d}
#filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;
background:var(--bg);border-bottom:1px solid var(--line);padding:.45rem 0;margin-bottom:.5rem}
#filters input[type=search]{font:inherit;padding:.2rem .45rem;min-width:16rem}
table.index td:nth-child(3){min-width:16rem}
.none{color:var(--muted);font-style:italic}
section[id],tr[id]{scroll-margin-top:3.5rem}
.kd-added{color:#fff;background:var(--agreed);border-color:var(--agreed)}
.kd-removed{color:#fff;background:var(--conflict);border-color:var(--conflict)}
.kd-changed{color:#fff;background:var(--important);border-color:var(--important)}
.change{border:1px solid var(--line);border-left:6px solid var(--important);border-radius:8px;
padding:.8rem 1rem;margin:1rem 0}
.change.added{border-left-color:var(--agreed)}.change.removed{border-left-color:var(--conflict)}
td.old{background:#fff1f0}td.new{background:#effaf1}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#c9f2d3;text-decoration:none}
ul.plain{list-style:none;padding-left:0;margin:.3rem 0}
ul.plain>li{margin:.35rem 0}
table.changes td:first-child{width:9rem}
table.changes td.old,table.changes td.new{width:45%}
[hidden]{display:none!important}
@media print{
body{font-size:10pt;max-width:none;padding:0;color:#000}
#filters,.noprint{display:none!important}
a{color:#000;text-decoration:none}
a.ext::after{content:" <" attr(href) ">";font-size:.8em;word-break:break-all}
h2{break-after:avoid}
.measure{border-left-width:4pt;break-inside:auto}
.measure>h3,.facts{break-after:avoid}
.issue,.cand,blockquote,ol.timeline>li,tr{break-inside:avoid}
.issue.open{background:none}
.tile,.box,.rule,blockquote{background:none}
mark{background:none;box-shadow:none;font-weight:700;text-decoration:underline;text-decoration-thickness:2px}
.badge{background:none!important;color:#000!important;border-color:#000!important}
.st-conflict,.st-unresolved,.sv-critical,.state-review{border-width:2px;font-weight:800}
}
"""

SCRIPT = """(function(){
var box=document.getElementById('filters');if(!box)return;box.hidden=false;
var only=document.getElementById('f-review'),q=document.getElementById('f-text'),n=document.getElementById('f-count');
var items=Array.prototype.slice.call(document.querySelectorAll('[data-measure]'));
var total=document.querySelectorAll('section[data-measure]').length;
function apply(){var t=q.value.toLowerCase().trim(),shown=0;
items.forEach(function(el){var ok=(!only.checked||el.getAttribute('data-review')==='1')&&
(!t||(el.getAttribute('data-key')||'').indexOf(t)>=0);el.hidden=!ok;
if(ok&&el.tagName==='SECTION')shown++;});
n.textContent=shown+' of '+total+' measures shown';}
var args=new URLSearchParams(location.search);
if(args.get('review')==='1')only.checked=true;if(args.get('q'))q.value=args.get('q');
only.addEventListener('change',apply);q.addEventListener('input',apply);apply();
})();"""


def _csp() -> str:
    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'sha256-{digest(CSS)}'; script-src 'sha256-{digest(SCRIPT)}'; "
            "img-src 'none'; base-uri 'none'; form-action 'none'")


def page(title: str, body: str) -> str:
    """A complete, self-contained HTML page (inline CSS, hashed inline script, strict CSP)."""
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{h(_csp())}\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            f"<title>{h(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
            f"<script>{SCRIPT}</script>\n</body>\n</html>\n")


_NOT_CLASS = re.compile(r"[^a-z_-]")


def badge(kind: str, value, text: Optional[str] = None) -> str:
    cls = _NOT_CLASS.sub("", str(value).lower())
    return f"<span class=\"badge {kind}-{cls}\">{h(text if text is not None else value)}</span>"


STATE_TEXT = {"review": "needs a reviewer", "ruled": "resolved by rule", "agreed": "sources agree"}


def link_article(aid: str, known: bool = True) -> str:
    if not known:
        return f"<span class=\"id\">{h(aid)}</span>"
    return f"<a class=\"id\" href=\"#{anchor('a', aid)}\">{h(aid)}</a>"


def ext_link(url) -> str:
    """An http(s) URL as a link; anything else (javascript:, data:, junk) as inert text."""
    safe = safe_url(url)
    if safe:
        return f"<a class=\"ext\" href=\"{h(safe)}\" rel=\"noopener noreferrer nofollow\">{h(safe)}</a>"
    if url in (None, ""):
        return "<span class=\"none\">none</span>"
    return f"<span class=\"id\">{h(url)}</span> <span class=\"muted small\">(not a web link)</span>"


def quote_html(q: Quote, run: RunData, links: bool = True) -> str:
    """A source's sentence with the value marked; `links` to the article list of the report."""
    a = _as_dict(run.articles.get(q.article))
    src = [link_article(q.article, links and q.article in run.articles)]
    if a.get("title"):
        src.append(f"“{h(a.get('title'))}”")
    if a.get("outlet"):
        src.append(h(a.get("outlet")))
    if a.get("published"):
        src.append(h(a.get("published")))
    if a.get("duplicate_of"):
        dup = str(a.get("duplicate_of"))
        src.append(f"copy of {link_article(dup, links and dup in run.articles)}")
    body = highlight_html(q.text, q.marks) if q.text else "<span class=\"none\">no sentence</span>"
    if q.fragment and q.text:
        body = "… " + body + " …"
    note = f"<span class=\"note\">{h(q.note)}</span>" if q.note else ""
    context = f"<span class=\"context\">mention's sentence: {h(q.context)}</span>" if q.context else ""
    return (f"<blockquote><span class=\"src\">{' · '.join(src)} · <span class=\"id\">{h(q.mention)}</span></span>"
            f"{body}{note}{context}</blockquote>")


def decision(issue: Issue) -> tuple[str, object]:
    """What the record holds for a disagreement: ('kept', v) a rule chose v; ('disputed', v) v
    stayed in the record but is flagged; ('none', None) nothing kept; ('value', v) otherwise."""
    value = issue.verdict.get("value")
    if issue.open:
        return ("disputed", value) if value is not None else ("none", None)
    return ("kept", value) if issue.status == "resolved" and value is not None else ("value", value)


def candidate_mark(issue: Issue, value) -> str:
    """'kept', 'disputed' or '' for one candidate of a disagreement."""
    kind, held = decision(issue)
    if held is None or not same_value(value, held):
        return ""
    return "disputed" if kind == "disputed" else "kept"


DECISION_TEXT = {"kept": "kept {}", "disputed": "the record still holds {} but a rule flags it: a reviewer must decide",
                 "none": "no value kept: a reviewer must decide", "value": "value {}"}


def candidates_html(issue: Issue, ev: Evidence, run: RunData) -> str:
    cands = [c for c in _as_list(issue.verdict.get("candidates")) if isinstance(c, dict)]
    if not cands:
        vals = "".join(f"<li>{h(fmt_value(v))}</li>" for v in issue.values)
        return f"<p class=\"muted\">No candidates recorded for this field; values reported:</p><ul>{vals}</ul>" \
            if vals else "<p class=\"none\">No candidates recorded for this field.</p>"
    cards = []
    for c in cands:
        value = c.get("value")
        mark = candidate_mark(issue, value)
        articles = [str(a) for a in _as_list(c.get("articles"))]
        mentions = [str(m) for m in _as_list(c.get("mentions"))]
        indep = c.get("independent_sources")
        meta = (f"{len(articles)} article{'s' if len(articles) != 1 else ''} · "
                f"{h(indep if indep is not None else run.independent(articles))} independent source"
                f"{'' if indep == 1 else 's'}")
        quotes = ev.quotes(mentions[:MAX_QUOTES], issue.field, value)
        more = ""
        if len(mentions) > MAX_QUOTES:
            more = (f"<p class=\"small muted\">and {len(mentions) - MAX_QUOTES} more mentions: "
                    f"{h(', '.join(mentions[MAX_QUOTES:]))}</p>")
        unresolved = isinstance(value, str) and value.startswith(UNRESOLVED_PREFIX)
        cls = f"cand {mark}".strip()
        cards.append(f"<div class=\"{cls}\"><div class=\"value\">{h(fmt_value(value))}"
                     f"{' ' + badge('st', 'unresolved') if unresolved else ''}</div>"
                     f"<div class=\"meta\">{meta}</div>"
                     + "".join(quote_html(q, run) for q in quotes) + more + "</div>")
    return f"<div class=\"cands\">{''.join(cards)}</div>"


def split_reason(reason: str) -> list[str]:
    """A reason is a '; '-joined chain of rule notes: one note per line reads faster."""
    return [part.strip() for part in str(reason).split("; ") if part.strip()]


def issue_html(issue: Issue, view: MeasureView, ev: Evidence, run: RunData) -> str:
    e = view.events[issue.event] if 0 <= issue.event < len(view.events) else {}
    where = f"event {issue.event + 1}: {event_label(e)}" if e else "event unknown"
    sev = badge("sv", issue.severity) if issue.severity else ""
    kind, held = decision(issue)
    decided = h(DECISION_TEXT[kind]).format(f"<b>{h(fmt_value(held))}</b>")
    decided = f"<b>{decided}</b>" if issue.open else decided
    steps = [part for r in issue.reasons for part in split_reason(r)]
    reasons = ("<ul>" + "".join(f"<li>{h(r)}</li>" for r in steps) + "</ul>") if steps \
        else "<div class=\"none\">no reason recorded</div>"
    return (f"<div class=\"issue{' open' if issue.open else ''}\">"
            f"<div class=\"issue-head\"><h4>{h(issue.field)}</h4> {badge('st', issue.status)} {sev} "
            f"<span class=\"muted small\">{h(where)}</span></div>"
            f"<div class=\"rule\"><b>Rule:</b> {reasons}<div>{decided}</div></div>"
            f"{candidates_html(issue, ev, run)}</div>")


NO_FACTS = "<span class=\"none\">no dates or figures</span>"


def timeline_html(view: MeasureView, run: RunData) -> str:
    if not view.events:
        return "<p class=\"none\">No events.</p>"
    items = []
    for i, e in enumerate(view.events):
        direction = str(e.get("direction") or "")
        arts = [str(a) for a in _as_list(e.get("articles"))]
        facts = []
        for name, v in event_fields(e):
            status = str(v.get("status") or "agreed")
            if name == "action" and status == "agreed":
                continue  # already in the heading
            n = len(_as_list(v.get("candidates")))
            more = f" <span class=\"small muted\">({n} candidates)</span>" if n > 1 else ""
            facts.append(f"<span class=\"fact\">{h(name)} <b>{h(fmt_value(v.get('value')))}</b> "
                         f"{badge('st', status)}{more}</span>")
        if not _as_dict(e.get("fields")):  # no verdicts recorded: show the event's own values
            for name in ("announced", "effective", "expires", "duration", "rate"):
                if e.get(name) not in (None, "", []):
                    facts.append(f"<span class=\"fact\">{h(name)} <b>{h(fmt_value(e.get(name)))}</b></span>")
        items.append(
            f"<li class=\"{h(direction)}\"><div class=\"ev-head\"><span class=\"when\">{h(event_when(e))}</span> · "
            f"{h(e.get('action') or '?')} {badge('dir', direction) if direction else ''}"
            f" <span class=\"muted small\">event {i + 1} · {len(arts)} article{'s' if len(arts) != 1 else ''}, "
            f"{run.independent(arts)} independent</span></div>"
            f"<div class=\"facts ev\">{''.join(facts) or NO_FACTS}</div>"
            f"<div class=\"small muted\">sources: {', '.join(link_article(a, a in run.articles) for a in arts)}</div>"
            "</li>")
    return f"<ol class=\"timeline\">{''.join(items)}</ol>"


def _search_key(view: MeasureView) -> str:
    r = view.record
    parts = [view.id, r.get("imposer"), r.get("agency"), r.get("type"), humanize(r.get("type"))]
    parts += _as_list(r.get("products")) + _as_list(r.get("targets"))
    return " ".join(str(p) for p in parts if p).lower()


def measure_html(n: int, view: MeasureView, ev: Evidence, run: RunData) -> str:
    r = view.record
    facts = [f"<span>id <b class=\"id\">{h(view.id)}</b></span>",
             f"<span>imposer <b>{h(r.get('imposer') or '?')}</b></span>",
             f"<span>agency <b>{h(r.get('agency') or '—')}</b></span>",
             f"<span>targets <b>{h(', '.join(map(str, _as_list(r.get('targets')))) or 'all / unspecified')}</b></span>",
             f"<span>type <b>{h(humanize(r.get('type')))}</b></span>"]
    if _as_list(r.get("hs_codes")):
        facts.append(f"<span>HS <b>{h(', '.join(map(str, _as_list(r.get('hs_codes')))))}</b></span>")
    open_n = sum(i.open for i in view.issues)
    head = (f"<h3>M{n}. {h(view.title())} {badge('state', view.state, STATE_TEXT[view.state])}"
            + (f" {badge('sv', view.severity)}" if view.severity else "") + "</h3>")
    if view.issues:
        issues = (f"<h4>Disagreements ({open_n} open, {len(view.issues) - open_n} settled by rule)</h4>"
                  + "".join(issue_html(i, view, ev, run) for i in view.issues))
    else:
        issues = "<p class=\"muted small\">No disagreement between sources.</p>"
    return (f"<section class=\"measure {view.state}\" id=\"{anchor('m', view.id)}\" data-measure "
            f"data-review=\"{1 if view.review else 0}\" data-key=\"{h(_search_key(view))}\">"
            f"{head}<div class=\"facts\">{''.join(facts)}</div>"
            f"<h4>Timeline</h4>{timeline_html(view, run)}{issues}</section>")


def summary_html(s: Summary) -> str:
    tiles = (f"<div class=\"verdict\">"
             f"<div class=\"tile review\"><span class=\"num\">{s.review}</span>measures need a reviewer</div>"
             f"<div class=\"tile ruled\"><span class=\"num\">{s.ruled}</span>settled by a rule</div>"
             f"<div class=\"tile agreed\"><span class=\"num\">{s.agreed}</span>sources agree</div>"
             f"<div class=\"tile\"><span class=\"num\">{s.measures}</span>measures, {s.events} events</div>"
             f"<div class=\"tile\"><span class=\"num\">{s.articles}</span>articles, {s.independent} independent, "
             f"{s.mentions} mentions</div></div>")
    head = "".join(f"<th class=\"n\">{badge('sv', sv)}</th>" for sv in SEVERITIES) \
        + "<th class=\"n\">no severity</th>" \
        "<th class=\"n\">total</th>"
    rows = []
    for st in issue_statuses(s):
        cells = [s.issues[(st, sv)] for sv in (*SEVERITIES, "-")]
        rows.append(f"<tr><th>{badge('st', st)}</th>" + "".join(f"<td class=\"n\">{c}</td>" for c in cells)
                    + f"<td class=\"n\"><b>{sum(cells)}</b></td></tr>")
    table = ("<table class=\"sum\"><caption class=\"small muted\">Disagreements by status and severity"
             "</caption><thead><tr><th>status</th>" + head + "</tr></thead><tbody>" + "".join(rows)
             + "</tbody></table>")
    fields = ", ".join(f"{s.fields[st]} {st}" for st in STATUSES) + " (fields with a value)"
    return (f"<section id=\"summary\"><h2>Summary</h2>{tiles}{table}"
            f"<p class=\"small muted\">Fields: {h(fields)}. Unresolved = a value was mentioned but could not "
            "be normalized; conflict = sources disagree and no rule could decide.</p></section>")


def warnings_html(run: RunData) -> str:
    parts = []
    if run.problems:
        parts.append("<div class=\"box bad\"><b>Output files could not be fully read</b><ul>"
                     + "".join(f"<li>{h(p)}</li>" for p in run.problems) + "</ul></div>")
    if run.errors:
        rows = "".join(f"<tr><td class=\"id\">{h(e.get('path'))}</td><td class=\"n\">{h(e.get('line') or '')}</td>"
                       f"<td>{h(e.get('error'))}</td><td>{h(e.get('detail'))}</td></tr>" for e in run.errors)
        parts.append(f"<div class=\"box bad\"><b>{len(run.errors)} input{'s' if len(run.errors) != 1 else ''} "
                     "rejected</b> (errors.jsonl)<table class=\"fixed\"><colgroup><col class=\"w30\">"
                     "<col class=\"w7\"><col class=\"w15\"><col></colgroup><thead><tr><th>path</th>"
                     "<th class=\"n\">line</th>"
                     f"<th>error</th><th>detail</th></tr></thead><tbody>{rows}</tbody></table></div>")
    groups = warning_groups(run)
    if groups:
        rows = "".join(f"<tr><td>{h(msg)}</td><td class=\"n\">{len(ids)}</td><td class=\"small\">"
                       f"{', '.join(link_article(a) for a in ids)}</td></tr>" for msg, ids in groups)
        parts.append(f"<div class=\"box warn\"><b>Article warnings</b><table class=\"fixed\"><colgroup><col>"
                     "<col class=\"w10\"><col class=\"w30\"></colgroup><thead><tr><th>warning</th>"
                     f"<th class=\"n\">articles</th><th>which</th></tr></thead><tbody>{rows}</tbody></table></div>")
    dups = [(aid, a.get("duplicate_of")) for aid, a in run.articles.items() if a.get("duplicate_of")]
    if dups:
        parts.append("<p class=\"small muted\">Counted once as copies (syndication or rewrite): "
                     + "; ".join(f"{link_article(a)} → {link_article(str(d), str(d) in run.articles)}"
                                 for a, d in dups)
                     + "</p>")
    body = "".join(parts) or "<p class=\"none\">No warnings and no rejected inputs.</p>"
    return f"<section id=\"warnings\"><h2>Run warnings</h2>{body}</section>"


def index_html(views: list[MeasureView]) -> str:
    if not views:
        return "<section id=\"index\"><h2>Measures</h2><p class=\"none\">No measures.</p></section>"
    rows = []
    for n, v in enumerate(views, 1):
        open_n = sum(i.open for i in v.issues)
        rows.append(f"<tr data-measure data-review=\"{1 if v.review else 0}\" data-key=\"{h(_search_key(v))}\">"
                    f"<td class=\"n\">M{n}</td><td>{badge('state', v.state, STATE_TEXT[v.state])}"
                    f"{' ' + badge('sv', v.severity) if v.severity else ''}</td>"
                    f"<td><a href=\"#{anchor('m', v.id)}\">{h(v.title())}</a></td>"
                    f"<td class=\"small\">{h(' → '.join(event_label(e) for e in v.events))}</td>"
                    f"<td class=\"n\">{open_n}</td><td class=\"n\">{len(v.issues)}</td></tr>")
    return ("<section id=\"index\"><h2>Measures</h2><table class=\"index\"><thead><tr><th class=\"n\">#</th>"
            "<th>status</th><th>measure</th><th>timeline</th><th class=\"n\">open</th>"
            f"<th class=\"n\">disagreements</th></tr></thead><tbody>{''.join(rows)}</tbody></table></section>")


def sources_html(run: RunData) -> str:
    if not run.articles:
        return "<section id=\"sources\"><h2>Articles</h2><p class=\"none\">No articles.</p></section>"
    counts = Counter(str(m.get("article")) for m in run.mentions.values())
    rows = []
    for aid, a in sorted(run.articles.items()):
        pub = f"{h(a.get('published'))} <span class=\"small muted\">{h(a.get('published_from') or '')}</span>" \
            if a.get("published") else "—"
        rows.append(f"<tr id=\"{anchor('a', aid)}\"><td class=\"id\">{h(aid)}</td><td>{h(a.get('title') or '—')}"
                    f"<div class=\"small\">{ext_link(a.get('url'))}</div></td><td>{h(a.get('outlet') or '—')}</td>"
                    f"<td class=\"nw\">{pub}</td>"
                    f"<td class=\"n\">{counts.get(aid, 0)}</td>"
                    f"<td class=\"small\">{link_article(str(a['duplicate_of'])) if a.get('duplicate_of') else ''}</td>"
                    f"<td class=\"small\">{h('; '.join(map(str, _as_list(a.get('warnings')))))}</td></tr>")
    return ("<section id=\"sources\"><h2>Articles</h2><table class=\"fixed\"><colgroup><col class=\"w15\">"
            "<col class=\"w30\"><col class=\"w10\"><col class=\"w12\"><col class=\"w7\"><col class=\"w10\">"
            "<col class=\"w16\"></colgroup><thead><tr><th>id</th><th>title and URL</th><th>outlet</th>"
            "<th>published</th><th class=\"n\">mentions</th><th>copy of</th><th>warnings</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></section>")


FILTERS_HTML = ("<div id=\"filters\" class=\"noprint\" hidden><label><input type=\"checkbox\" id=\"f-review\"> "
                "only measures that need a reviewer</label><input type=\"search\" id=\"f-text\" "
                "placeholder=\"filter by imposer, type, product, id\" aria-label=\"filter measures\">"
                "<span id=\"f-count\" class=\"small muted\"></span></div>")


def render_html(run: RunData, views: Optional[list[MeasureView]] = None, s: Optional[Summary] = None,
                ev: Optional[Evidence] = None) -> str:
    views = build_views(run) if views is None else views
    s = summarize(run, views) if s is None else s
    ev = Evidence(run) if ev is None else ev
    lede = (f"{s.review} of {s.measures} measures need a reviewer; {s.ruled} settled by a rule. "
            "Measures that need a human come first.")
    body = [f"<header><h1>Trade measures: reviewer report</h1><p class=\"lede\">{h(lede)}</p></header>",
            FILTERS_HTML, summary_html(s), warnings_html(run), index_html(views), "<main id=\"measures\">"]
    body.extend(measure_html(n, v, ev, run) for n, v in enumerate(views, 1))
    body += ["</main>", sources_html(run),
             "<footer class=\"small muted\"><p>Built from articles.jsonl, mentions.jsonl, measures.jsonl and "
             "errors.jsonl. Highlights mark the words each source used for the value.</p></footer>"]
    return page("Trade measures: reviewer report", "\n".join(body))


# --------------------------------------------------------------------------- Markdown

# Markdown and HTML syntax; '_' only where it could open or close emphasis (not inside words)
_MD_SPECIAL = re.compile(r"([\\`*\[\]<>|#~&]|(?<!\w)_|_(?!\w))")
# the quick tests md() runs first: most cells have nothing to escape and one space between words
_MD_MAYBE_SPECIAL = re.compile(r"[\\`*\[\]<>|#~&_]")
_MD_ODD_SPACE = re.compile(r"[^\S ]|  ")
_MD_LIST_START = re.compile(r"^([-+])(?=\s)")
_MD_NUMBER_START = re.compile(r"^(\d{1,9})([.)])(?=\s)")
_MD_PLAIN_CODE = re.compile(r"[\w .,:;#/@+=()'-]+")


def md(text) -> str:
    """Escape Markdown inline syntax and HTML; one line (for table cells and lists).
    It runs on every cell of the report: the slow patterns only run where a quick test
    says they could change something."""
    text = "" if text is None else str(text)
    if _MD_ODD_SPACE.search(text) or text[:1] == " " or text[-1:] == " ":
        text = " ".join(text.split())  # the same whitespace as the \s of a pattern
    if _MD_MAYBE_SPECIAL.search(text):
        text = _MD_SPECIAL.sub(r"\\\1", text)
    first = text[:1]
    if first == "-" or first == "+":
        return _MD_LIST_START.sub(r"\\\1", text)  # no list item at the start of a line
    if first.isdigit():
        return _MD_NUMBER_START.sub(r"\1\\\2", text)
    return text


def md_code(text) -> str:
    """An id as `code` when it is plain; anything unusual is escaped text instead."""
    text = "" if text is None else str(text)
    if _MD_PLAIN_CODE.fullmatch(text):
        return f"`{text}`"
    return md(text)


def md_link(url) -> str:
    safe = safe_url(url)
    if safe:
        return f"<{safe}>" if not re.search(r"[<>]", safe) else md(safe)
    return md(url) + " (not a web link)" if url else "none"


def highlight_md(text: str, marks: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for a, b in marks:
        out.append(md(text[pos:a]) + (" " if text[pos:a].endswith((" ", "\n")) else ""))
        out.append(f"**{md(text[a:b])}**")
        pos = b
        if text[b:b + 1].isspace():
            out.append(" ")
    out.append(md(text[pos:]))
    return "".join(out).strip()


def md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return lines


def quote_md(q: Quote, run: RunData) -> str:
    a = _as_dict(run.articles.get(q.article))
    src = [md_code(q.article)]
    if a.get("title"):
        src.append(f"“{md(a.get('title'))}”")
    if a.get("published"):
        src.append(md(a.get("published")))
    if a.get("duplicate_of"):
        src.append(f"copy of {md_code(a.get('duplicate_of'))}")
    text = highlight_md(q.text, q.marks) if q.text else "_no sentence_"
    if q.fragment and q.text:
        text = f"… {text} …"
    note = f" _({md(q.note)})_" if q.note else ""
    if q.context:
        note += f" _mention's sentence:_ {md(q.context)}"
    return f"  - {text}{note} — {' · '.join(src)}"


def issue_md(issue: Issue, view: MeasureView, ev: Evidence, run: RunData) -> list[str]:
    e = view.events[issue.event] if 0 <= issue.event < len(view.events) else {}
    where = f"event {issue.event + 1}: {event_label(e)}" if e else "event unknown"
    sev = f", {issue.severity}" if issue.severity else ""
    flag = "⚠ " if issue.open else ""
    lines = [f"#### {flag}{md(issue.field)}: {issue.status.upper()}{sev} ({md(where)})", ""]
    kind, held = decision(issue)
    decided = DECISION_TEXT[kind].format(f"**{md(fmt_value(held))}**")
    decided = f"**{decided}**" if issue.open and "**" not in decided else decided
    steps = [part for r in issue.reasons for part in split_reason(r)] or ["no reason recorded"]
    lines.append("- Rules:")
    lines += [f"  - {md(r)}" for r in steps]
    lines += [f"- Decision: {decided}", ""]
    cands = [c for c in _as_list(issue.verdict.get("candidates")) if isinstance(c, dict)]
    if not cands:
        lines += [f"Values reported: {md(', '.join(fmt_value(v) for v in issue.values)) or 'none'}", ""]
        return lines
    rows = []
    for c in cands:
        arts = [str(a) for a in _as_list(c.get("articles"))]
        rows.append([md(fmt_value(c.get("value"))), candidate_mark(issue, c.get("value")),
                     ", ".join(md_code(a) for a in arts), md(c.get("independent_sources", run.independent(arts)))])
    lines += md_table(["value", "decision", "articles", "independent sources"], rows) + [""]
    for c in cands:
        mentions = [str(m) for m in _as_list(c.get("mentions"))]
        lines.append(f"- **{md(fmt_value(c.get('value')))}**, as the sources put it:")
        for q in ev.quotes(mentions[:MAX_QUOTES], issue.field, c.get("value")):
            lines.append(quote_md(q, run))
        if len(mentions) > MAX_QUOTES:
            lines.append(f"  - and {len(mentions) - MAX_QUOTES} more: {md(', '.join(mentions[MAX_QUOTES:]))}")
    lines.append("")
    return lines


def measure_md(n: int, view: MeasureView, ev: Evidence, run: RunData) -> list[str]:
    r = view.record
    sev = f", {view.severity}" if view.severity else ""
    lines = [f"### M{n}. {md(view.title())} ({STATE_TEXT[view.state]}{sev})", "",
             f"id {md_code(view.id)} · agency {md(r.get('agency') or '—')} · targets "
             f"{md(', '.join(map(str, _as_list(r.get('targets')))) or 'all / unspecified')} · type "
             f"{md(humanize(r.get('type')))}" + (f" · HS {md(', '.join(map(str, _as_list(r.get('hs_codes')))))}"
                                                 if _as_list(r.get("hs_codes")) else ""), ""]
    rows = []
    for i, e in enumerate(view.events, 1):
        arts = [str(a) for a in _as_list(e.get("articles"))]
        statuses = ", ".join(f"{name} {v.get('status')}" for name, v in event_fields(e)
                             if v.get("status") not in (None, "agreed"))
        rows.append([str(i), md(e.get("action")), md(e.get("direction")), md(fmt_value(e.get("announced"))),
                     md(fmt_value(e.get("effective"))), md(fmt_value(e.get("expires"))),
                     md(fmt_value(e.get("duration"))), md(fmt_value(e.get("rate"))),
                     f"{len(arts)} ({run.independent(arts)} indep.)", md(statuses) or "agreed"])
    lines.append("Timeline:")
    lines.append("")
    if rows:
        lines += md_table(["#", "action", "direction", "announced", "effective", "expires", "duration", "rate",
                           "articles", "fields not agreed"], rows)
    else:
        lines.append("_no events_")
    lines.append("")
    for i in view.issues:
        lines += issue_md(i, view, ev, run)
    return lines


def render_markdown(run: RunData, views: Optional[list[MeasureView]] = None, s: Optional[Summary] = None,
                    ev: Optional[Evidence] = None) -> str:
    views = build_views(run) if views is None else views
    s = summarize(run, views) if s is None else s
    ev = Evidence(run) if ev is None else ev
    lines = ["# Trade measures: reviewer report", "",
             f"**{s.review} of {s.measures} measures need a reviewer**; {s.ruled} settled by a rule, "
             f"{s.agreed} where sources agree. Measures that need a human come first.", "",
             "## Summary", "",
             f"- {s.measures} measures, {s.events} events; {s.articles} articles ({s.independent} independent), "
             f"{s.mentions} mentions",
             "- fields: " + ", ".join(f"{s.fields[st]} {st}" for st in STATUSES), ""]
    rows = []
    for st in issue_statuses(s):
        cells = [s.issues[(st, sv)] for sv in (*SEVERITIES, "-")]
        rows.append([st] + [str(c) for c in cells] + [str(sum(cells))])
    lines += md_table(["disagreements", *SEVERITIES, "no severity", "total"], rows) + [""]
    lines += ["## Run warnings", ""]
    if run.problems:
        lines += [f"- output file problem: {md(p)}" for p in run.problems]
    if run.errors:
        lines += [f"{len(run.errors)} inputs rejected (errors.jsonl):", ""]
        lines += md_table(["path", "line", "error", "detail"],
                          [[md(e.get("path")), md(e.get("line") or ""), md(e.get("error")), md(e.get("detail"))]
                           for e in run.errors]) + [""]
    for msg, ids in warning_groups(run):
        lines.append(f"- {md(msg)} ({len(ids)}): {', '.join(md_code(a) for a in ids)}")
    dups = [(aid, a.get("duplicate_of")) for aid, a in run.articles.items() if a.get("duplicate_of")]
    if dups:
        lines.append("- counted once as copies: " + "; ".join(f"{md_code(a)} → {md_code(d)}" for a, d in dups))
    if not (run.problems or run.errors or warning_groups(run) or dups):
        lines.append("No warnings and no rejected inputs.")
    lines += ["", "## Measures", ""]
    if views:
        lines += md_table(["#", "status", "measure", "timeline", "open", "disagreements"],
                          [[f"M{n}", STATE_TEXT[v.state] + (f", {v.severity}" if v.severity else ""), md(v.title()),
                            md(" → ".join(event_label(e) for e in v.events)), str(sum(i.open for i in v.issues)),
                            str(len(v.issues))] for n, v in enumerate(views, 1)]) + [""]
    else:
        lines += ["No measures.", ""]
    for n, v in enumerate(views, 1):
        lines += measure_md(n, v, ev, run)
    lines += ["## Articles", ""]
    lines += md_table(["id", "title", "published", "url", "copy of"],
                      [[md_code(aid), md(a.get("title") or "—"), md(a.get("published") or "—"),
                        md_link(a.get("url")),
                        md_code(a.get("duplicate_of")) if a.get("duplicate_of") else ""]
                       for aid, a in sorted(run.articles.items())]) + [""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- writing

def write_reports(out_dir: Path, run: Optional[RunData] = None, workers: int = 1) -> tuple[Path, Path]:
    """Write OUT/report.html and OUT/report.md from the files in OUT (or from `run`, the
    same records already loaded); return their paths. With `workers` > 1 the Markdown is
    rendered in a forked child while this process renders the HTML."""
    out_dir = Path(out_dir)
    run = run or load_run(out_dir)
    html_path, md_path = out_dir / "report.html", out_dir / "report.md"
    if workers > 1 and can_fork():
        # each process builds the views it needs itself: at once, rather than here before forking
        concurrently([partial(_write_rendered, md_path, render_markdown, run),
                      partial(_write_rendered, html_path, render_html, run)], workers)
    else:
        views = build_views(run)
        s, ev = summarize(run, views), Evidence(run)  # once for both reports
        _write_rendered(html_path, render_html, run, views, s, ev)
        _write_rendered(md_path, render_markdown, run, views, s, ev)
    return html_path, md_path


def _write_rendered(path: Path, render, *args) -> None:
    write_text(path, render(*args))
