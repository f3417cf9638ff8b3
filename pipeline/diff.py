"""What changed between two runs: `trade-measures diff OLD_OUT NEW_OUT` -> diff.html, diff.md.

Both folders are read with `report.load_run`, the reader the reviewer report uses. Matching:

- measures by `id`. The id is derived from the identity (imposer, type, products, targets),
  so a pattern change that adds or drops a product renames the measure; measures left
  unmatched are then paired when imposer and type family agree and their products overlap
  most, and reported as one *changed* measure (id old -> new) instead of a removal plus an
  addition;
- events by their event class (impose, tighten, raise, postpone, relax, reduce, extend:
  `reconcile.EVENT_CLASS`), numbered when a class repeats. Reconcile makes one event per
  class, so the class is stable when a date changes (which reorders the timeline, so an
  index would pair the wrong events) and a 'lift' reworded as 'suspend' shows as a changed
  action rather than one event removed and another added;
- mentions per article by (imposer, type, action, products); what is left is paired by
  sentence, so a mention that lost a product shows as changed, with both versions.

Every change carries its evidence: the articles, mention ids and the sentences (with the
value highlighted) on the side it comes from.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .export import write_text
from .reconcile import EVENT_CLASS, TYPE_FAMILY
from .report import (MAX_QUOTES, Evidence, Quote, RunData, _as_dict, _as_list, badge, event_label, fmt_value, h,
                     link_article, load_run, md, md_code, measure_title, page, quote_html, quote_md, rate_key)

MEASURE_ATTRS = ("imposer", "agency", "targets", "type", "products", "hs_codes")
EVENT_ATTRS = ("action", "direction", "announced", "effective", "expires", "duration", "rate")
MENTION_ATTRS = ("imposer", "agency", "targets", "type", "action", "products", "hs_codes", "announced",
                 "effective", "expires", "duration", "rate", "direction")
ARTICLE_ATTRS = ("path", "title", "outlet", "url", "published", "published_from", "duplicate_of", "sha256",
                 "words", "warnings")
MENTION_FIELDS_SHOWN = ("action", "type", "products", "imposer", "targets", "announced", "effective", "expires",
                        "duration", "rate")
LIST_SHOWN = 20  # entities listed per article and direction


# --------------------------------------------------------------------------- model

@dataclass
class Change:
    """One attribute that differs: old -> new, with the evidence on each side."""

    field: str
    old: object = None
    new: object = None
    old_quotes: list[Quote] = field(default_factory=list)
    new_quotes: list[Quote] = field(default_factory=list)


@dataclass
class EventDiff:
    kind: str  # added | removed | changed
    old: Optional[dict]
    new: Optional[dict]
    changes: list[Change] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)  # for an added or removed event: its sources

    @property
    def label(self) -> str:
        return event_label(self.new or self.old or {})


@dataclass
class MeasureDiff:
    kind: str  # added | removed | changed
    old: Optional[dict]
    new: Optional[dict]
    changes: list[Change] = field(default_factory=list)
    events: list[EventDiff] = field(default_factory=list)

    @property
    def id(self) -> str:
        return str((self.new or self.old or {}).get("id"))

    @property
    def renamed(self) -> bool:
        return bool(self.old and self.new and self.old.get("id") != self.new.get("id"))

    @property
    def title(self) -> str:
        return measure_title(self.new or self.old or {})


@dataclass
class MentionChange:
    old: dict
    new: dict
    changes: list[Change]


@dataclass
class ArticleDiff:
    article: str
    kind: str  # added | removed | changed
    changes: list[Change] = field(default_factory=list)  # metadata
    gained: list[dict] = field(default_factory=list)  # mentions only in NEW
    lost: list[dict] = field(default_factory=list)  # mentions only in OLD
    changed: list[MentionChange] = field(default_factory=list)
    entities_gained: list[tuple[str, str, str]] = field(default_factory=list)  # (label, text, norm)
    entities_lost: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class RunDiff:
    old: RunData
    new: RunData
    measures: list[MeasureDiff] = field(default_factory=list)
    articles: list[ArticleDiff] = field(default_factory=list)
    errors_gained: list[dict] = field(default_factory=list)
    errors_lost: list[dict] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.measures or self.articles or self.errors_gained or self.errors_lost)

    def counts(self) -> dict[str, int]:
        c: Counter = Counter()
        for m in self.measures:
            c[f"measures {m.kind}"] += 1
            for e in m.events:
                c[f"events {e.kind}"] += 1
        for a in self.articles:
            if a.kind != "changed":
                c[f"articles {a.kind}"] += 1
            elif a.changes:
                c["articles changed"] += 1
            c["mentions gained"] += len(a.gained)
            c["mentions lost"] += len(a.lost)
            c["mentions changed"] += len(a.changed)
        c["errors gained"] += len(self.errors_gained)
        c["errors lost"] += len(self.errors_lost)
        return {k: v for k, v in c.items() if v}

    def line(self) -> str:
        """'measures: 1 changed, 1 removed; mentions: 2 changed' or 'no changes'."""
        groups: dict[str, list[str]] = {}
        for key, n in self.counts().items():
            what, how = key.split(" ", 1)
            groups.setdefault(what, []).append(f"{n} {how}")
        return "; ".join(f"{what}: {', '.join(parts)}" for what, parts in groups.items()) or "no changes"


# --------------------------------------------------------------------------- comparing

def _norm(value):
    """A value as compared: rates by meaning (not offsets), lists as sets when order is noise."""
    if isinstance(value, dict):
        return rate_key(value)
    if isinstance(value, list):
        return tuple(sorted(map(str, value)))
    return value


def _cands(verdict: dict) -> list[tuple]:
    return sorted((repr(_norm(c.get("value"))), tuple(sorted(map(str, _as_list(c.get("articles"))))),
                   c.get("independent_sources")) for c in _as_list(verdict.get("candidates")) if isinstance(c, dict))


def _event_key(e: dict) -> str:
    action = str(e.get("action"))
    return EVENT_CLASS.get(action, action)


def _keyed_events(events: list) -> dict[tuple[str, int], dict]:
    out, seen = {}, Counter()
    for e in events:
        if isinstance(e, dict):
            k = _event_key(e)
            out[(k, seen[k])] = e
            seen[k] += 1
    return out


def _conflict_keys(m: dict) -> set[str]:
    """'relax announced (important)' per conflict: by event class, so reordering is no change."""
    events = _as_list(m.get("events"))
    out = set()
    for c in _as_list(m.get("conflicts")):
        if not isinstance(c, dict):
            continue
        i = c.get("event")
        e = events[i] if isinstance(i, int) and 0 <= i < len(events) and isinstance(events[i], dict) else {}
        out.add(f"{_event_key(e) if e else '?'} {c.get('field')} ({c.get('severity')})")
    return out


def _pair_renamed(old_only: list[dict], new_only: list[dict]) -> list[tuple[dict, dict]]:
    """Measures whose id changed because their identity did: same imposer and type family,
    the largest product overlap (or both without products and the same targets)."""
    def family(m):
        return (m.get("imposer"), TYPE_FAMILY.get(str(m.get("type")), "other"))

    scored = []
    for i, o in enumerate(old_only):
        for j, n in enumerate(new_only):
            if family(o) != family(n):
                continue
            po, pn = set(map(str, _as_list(o.get("products")))), set(map(str, _as_list(n.get("products"))))
            if po or pn:
                score = len(po & pn) / len(po | pn)
            else:
                score = 1.0 if set(_as_list(o.get("targets"))) == set(_as_list(n.get("targets"))) else 0.0
            if score > 0:
                scored.append((-score, i, j))
    pairs, used_o, used_n = [], set(), set()
    for _, i, j in sorted(scored):
        if i not in used_o and j not in used_n:
            used_o.add(i)
            used_n.add(j)
            pairs.append((old_only[i], new_only[j]))
    return pairs


class Differ:
    def __init__(self, old: RunData, new: RunData):
        self.old, self.new = old, new
        self.old_ev, self.new_ev = Evidence(old), Evidence(new)

    # -- measures
    def measures(self) -> list[MeasureDiff]:
        old = {str(m.get("id")): m for m in self.old.measures}
        new = {str(m.get("id")): m for m in self.new.measures}
        pairs = [(old[i], new[i]) for i in sorted(old.keys() & new.keys())]
        old_only = [old[i] for i in sorted(old.keys() - new.keys())]
        new_only = [new[i] for i in sorted(new.keys() - old.keys())]
        renamed = _pair_renamed(old_only, new_only)
        paired_o = {id(o) for o, _ in renamed}
        paired_n = {id(n) for _, n in renamed}
        out = []
        for o, n in pairs + renamed:
            d = self.measure_pair(o, n)
            if d.changes or d.events or d.renamed:
                out.append(d)
        out += [self.measure_alone("removed", m, self.old_ev) for m in old_only if id(m) not in paired_o]
        out += [self.measure_alone("added", m, self.new_ev) for m in new_only if id(m) not in paired_n]
        order = {"changed": 0, "removed": 1, "added": 2}
        return sorted(out, key=lambda d: (order[d.kind], d.id))

    def measure_alone(self, kind: str, m: dict, ev: Evidence) -> MeasureDiff:
        d = MeasureDiff(kind, m if kind == "removed" else None, m if kind == "added" else None)
        for e in _as_list(m.get("events")):
            if isinstance(e, dict):
                d.events.append(self.event_alone(kind, e, ev))
        return d

    def event_alone(self, kind: str, e: dict, ev: Evidence) -> EventDiff:
        quotes = [ev.sentence_quote(str(mid), ("action", "products"))
                  for mid in _as_list(e.get("mentions"))[:MAX_QUOTES]]
        return EventDiff(kind, e if kind == "removed" else None, e if kind == "added" else None, quotes=quotes)

    def measure_pair(self, o: dict, n: dict) -> MeasureDiff:
        d = MeasureDiff("changed", o, n)
        if o.get("id") != n.get("id"):
            d.changes.append(Change("id", o.get("id"), n.get("id")))
        for a in MEASURE_ATTRS:
            if _norm(o.get(a)) != _norm(n.get(a)):
                d.changes.append(Change(a, o.get(a), n.get(a)))
        oc, nc = _conflict_keys(o), _conflict_keys(n)
        if oc != nc:
            d.changes.append(Change("conflicts", sorted(oc), sorted(nc)))
        old_events, new_events = _keyed_events(_as_list(o.get("events"))), _keyed_events(_as_list(n.get("events")))
        timeline = list(new_events) + [k for k in old_events if k not in new_events]  # the new run's order
        for key in timeline:
            oe, ne = old_events.get(key), new_events.get(key)
            if oe is None:
                d.events.append(self.event_alone("added", ne, self.new_ev))
            elif ne is None:
                d.events.append(self.event_alone("removed", oe, self.old_ev))
            else:
                changes = self.event_changes(oe, ne)
                if changes:
                    d.events.append(EventDiff("changed", oe, ne, changes))
        return d

    def event_changes(self, oe: dict, ne: dict) -> list[Change]:
        changes = []
        ofields, nfields = _as_dict(oe.get("fields")), _as_dict(ne.get("fields"))
        for a in EVENT_ATTRS:
            ov, nv = _as_dict(ofields.get(a)), _as_dict(nfields.get(a))
            value_changed = _norm(oe.get(a)) != _norm(ne.get(a))
            verdict_changed = (ov.get("status"), _cands(ov)) != (nv.get("status"), _cands(nv))
            if not (value_changed or verdict_changed):
                continue
            changes.append(Change(a, _verdict_text(oe.get(a), ov), _verdict_text(ne.get(a), nv),
                                  self._candidate_quotes(ov, nv, a, self.old_ev),
                                  self._candidate_quotes(nv, ov, a, self.new_ev)))
        oa, na = set(map(str, _as_list(oe.get("articles")))), set(map(str, _as_list(ne.get("articles"))))
        if oa != na:
            gained, lost = sorted(na - oa), sorted(oa - na)
            changes.append(Change("articles", ", ".join(f"−{a}" for a in lost) or "—",
                                  ", ".join(f"+{a}" for a in gained) or "—",
                                  self._article_quotes(oe, lost, self.old_ev),
                                  self._article_quotes(ne, gained, self.new_ev)))
        return changes

    @staticmethod
    def _candidate_quotes(mine: dict, other: dict, fld: str, ev: Evidence) -> list[Quote]:
        """Sentences of the candidates that are on this side only: the evidence of the change."""
        theirs = {(repr(_norm(c.get("value"))), tuple(sorted(map(str, _as_list(c.get("articles"))))))
                  for c in _as_list(other.get("candidates")) if isinstance(c, dict)}
        quotes = []
        for c in _as_list(mine.get("candidates")):
            if not isinstance(c, dict):
                continue
            key = (repr(_norm(c.get("value"))), tuple(sorted(map(str, _as_list(c.get("articles"))))))
            if key not in theirs:
                quotes += ev.quotes(map(str, _as_list(c.get("mentions"))[:MAX_QUOTES]), fld, c.get("value"))
        return quotes[:MAX_QUOTES]

    @staticmethod
    def _article_quotes(e: dict, articles: list[str], ev: Evidence) -> list[Quote]:
        wanted = set(articles)
        mids = [str(m) for m in _as_list(e.get("mentions")) if str(m).split("#")[0] in wanted
                or str(_as_dict(ev.run.mentions.get(str(m))).get("article")) in wanted]
        return [ev.sentence_quote(m, ("action", "products")) for m in mids[:MAX_QUOTES]]

    # -- articles and mentions
    def articles(self) -> list[ArticleDiff]:
        by_article_old, by_article_new = defaultdict(list), defaultdict(list)
        for m in self.old.mentions.values():
            by_article_old[str(m.get("article"))].append(m)
        for m in self.new.mentions.values():
            by_article_new[str(m.get("article"))].append(m)
        ids = sorted(set(self.old.articles) | set(self.new.articles) | set(by_article_old) | set(by_article_new))
        out = []
        for aid in ids:
            oa, na = self.old.articles.get(aid), self.new.articles.get(aid)
            kind = "added" if oa is None and na is not None else "removed" if na is None and oa is not None \
                else "changed"
            d = ArticleDiff(aid, kind)
            if oa is not None and na is not None:
                for a in ARTICLE_ATTRS:
                    if oa.get(a) != na.get(a):
                        d.changes.append(Change(a, oa.get(a), na.get(a)))
            self.mentions(d, by_article_old.get(aid, []), by_article_new.get(aid, []))
            eo, en = _entity_bag(oa), _entity_bag(na)
            if oa is not None and na is not None:
                d.entities_gained = sorted((en - eo).elements())
                d.entities_lost = sorted((eo - en).elements())
            if kind != "changed" or d.changes or d.gained or d.lost or d.changed or d.entities_gained \
                    or d.entities_lost:
                out.append(d)
        return out

    def mentions(self, d: ArticleDiff, old: list[dict], new: list[dict]) -> None:
        def key(m):
            return (m.get("imposer"), m.get("type"), m.get("action"), _norm(m.get("products") or []))

        old_by, new_by = defaultdict(list), defaultdict(list)
        for m in sorted(old, key=_mention_order):
            old_by[key(m)].append(m)
        for m in sorted(new, key=_mention_order):
            new_by[key(m)].append(m)
        lost, gained = [], []
        for k in list(old_by) + [k for k in new_by if k not in old_by]:
            os_, ns = old_by.get(k, []), new_by.get(k, [])
            for o, n in zip(os_, ns):
                changes = _mention_changes(o, n)
                if changes:
                    d.changed.append(MentionChange(o, n, changes))
            lost += os_[len(ns):]
            gained += ns[len(os_):]
        # what is left: the same sentence read differently (a product lost, another action)
        for o in list(lost):
            n = next((n for n in gained if n.get("sentence") == o.get("sentence")
                      and (n.get("imposer"), n.get("type")) == (o.get("imposer"), o.get("type"))), None)
            if n is not None:
                lost.remove(o)
                gained.remove(n)
                d.changed.append(MentionChange(o, n, _mention_changes(o, n)))
        d.lost, d.gained = lost, gained


def _mention_order(m: dict):
    mid = str(m.get("id"))
    tail = mid.rsplit("#", 1)[-1]
    return (int(tail) if tail.isdigit() else 0, mid)


def _mention_changes(o: dict, n: dict) -> list[Change]:
    changes = [Change(a, o.get(a), n.get(a)) for a in MENTION_ATTRS if _norm(o.get(a)) != _norm(n.get(a))]
    if o.get("sentence") != n.get("sentence"):
        changes.append(Change("sentence", o.get("sentence"), n.get("sentence")))
    return changes


def _entity_bag(article: Optional[dict]) -> Counter:
    if not article:
        return Counter()
    return Counter((str(e.get("label")), str(e.get("text")), str(e.get("norm")))
                   for e in _as_list(article.get("entities")) if isinstance(e, dict))


def _verdict_text(value, verdict: dict) -> str:
    """'2025-02-03 (resolved; candidates 2025-02-03 ← a, b · 2025-02-01 ← c)'."""
    status = verdict.get("status")
    cands = [c for c in _as_list(verdict.get("candidates")) if isinstance(c, dict)]
    text = fmt_value(value)
    bits = [str(status)] if status else []
    if len(cands) > 1 or (cands and status not in (None, "agreed")):
        bits.append("candidates " + " · ".join(
            f"{fmt_value(c.get('value'))} ← {', '.join(map(str, _as_list(c.get('articles'))))}" for c in cands))
    return f"{text} ({'; '.join(bits)})" if bits else text


def _error_key(e: dict) -> tuple:
    return (str(e.get("path")), e.get("line"), str(e.get("error")))


def diff_runs(old: RunData, new: RunData) -> RunDiff:
    differ = Differ(old, new)
    result = RunDiff(old, new, differ.measures(), differ.articles())
    old_errors = {_error_key(e): e for e in old.errors}
    new_errors = {_error_key(e): e for e in new.errors}
    result.errors_gained = [new_errors[k] for k in sorted(new_errors.keys() - old_errors.keys(), key=str)]
    result.errors_lost = [old_errors[k] for k in sorted(old_errors.keys() - new_errors.keys(), key=str)]
    return result


# --------------------------------------------------------------------------- HTML

def _kind(kind: str) -> str:
    return badge("kd", kind)


def _quotes_html(quotes: list[Quote], run: RunData) -> str:
    return "".join(quote_html(q, run, links=False) for q in quotes)


def _list_html(items: list, other: list, tag: str) -> str:
    """A list with the items the other side lacks wrapped in <del> or <ins>."""
    theirs = set(map(str, other))
    return ", ".join(f"<{tag}>{h(x)}</{tag}>" if str(x) not in theirs else h(x) for x in items) or "—"


def _value_html(c: Change, side: str) -> str:
    mine, other = (c.old, c.new) if side == "old" else (c.new, c.old)
    if isinstance(mine, list) and isinstance(other, list):
        return _list_html(mine, other, "del" if side == "old" else "ins")
    return h(fmt_value(mine))


def _changes_table(changes: list[Change], d: RunDiff) -> str:
    rows = []
    for c in changes:
        rows.append(f"<tr><td>{h(c.field)}</td><td class=\"old\">{_value_html(c, 'old')}"
                    f"{_quotes_html(c.old_quotes, d.old)}</td><td class=\"new\">{_value_html(c, 'new')}"
                    f"{_quotes_html(c.new_quotes, d.new)}</td></tr>")
    return ("<table class=\"changes\"><thead><tr><th>field</th><th>old</th><th>new</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _event_html(e: EventDiff, d: RunDiff) -> str:
    run = d.old if e.kind == "removed" else d.new
    body = _changes_table(e.changes, d) if e.changes else ""
    if e.kind != "changed":
        ev = e.new or e.old or {}
        facts = " · ".join(f"{a} <b>{h(fmt_value(ev.get(a)))}</b>" for a in EVENT_ATTRS[2:] if ev.get(a))
        body += (f"<div class=\"facts\">{facts or 'no dates or figures'}</div>"
                 f"<div class=\"small muted\">sources: "
                 f"{', '.join(link_article(str(a), False) for a in _as_list(ev.get('articles')))}</div>"
                 + _quotes_html(e.quotes, run))
    return f"<div class=\"issue\"><div class=\"issue-head\"><h4>{h(e.label)}</h4> {_kind(e.kind)}</div>{body}</div>"


def _measure_html(m: MeasureDiff, d: RunDiff) -> str:
    ids = _ids(m.old.get("id"), m.new.get("id")) if m.renamed else _ids(m.id, m.id)
    attrs = _changes_table([c for c in m.changes if c.field != "id"], d) if [c for c in m.changes if c.field != "id"] \
        else ""
    events = "".join(_event_html(e, d) for e in m.events)
    return (f"<section class=\"change {h(m.kind)}\"><h3>{h(m.title)} {_kind(m.kind)}</h3>"
            f"<div class=\"facts\">{ids}</div>{attrs}{events}</section>")


def _mention_line(m: dict, run: RunData, ev: Evidence) -> str:
    facts = " · ".join(f"{a} <b>{h(fmt_value(m.get(a)))}</b>" for a in MENTION_FIELDS_SHOWN if m.get(a))
    q = ev.sentence_quote(str(m.get("id")), ("action", "products"))
    return f"<li><span class=\"id\">{h(m.get('id'))}</span> · {facts}{quote_html(q, run, links=False)}</li>"


def _ids(old, new) -> str:
    if old == new:
        return f"<span class=\"id\">{h(new)}</span>"
    return f"<span class=\"id\">{h(old)}</span> → <span class=\"id\">{h(new)}</span>"


def _article_html(a: ArticleDiff, d: RunDiff, old_ev: Evidence, new_ev: Evidence) -> str:
    art = d.new.articles.get(a.article) or d.old.articles.get(a.article) or {}
    title = f" “{h(art.get('title'))}”" if art.get("title") else ""
    parts = []
    if a.changes:
        parts.append(_changes_table(a.changes, d))
    if a.lost:
        parts.append(f"<h4>{len(a.lost)} mention{'s' if len(a.lost) != 1 else ''} lost</h4><ul class=\"plain\">"
                     + "".join(_mention_line(m, d.old, old_ev) for m in a.lost) + "</ul>")
    if a.gained:
        parts.append(f"<h4>{len(a.gained)} mention{'s' if len(a.gained) != 1 else ''} gained</h4><ul class=\"plain\">"
                     + "".join(_mention_line(m, d.new, new_ev) for m in a.gained) + "</ul>")
    for c in a.changed:
        parts.append(f"<h4>mention changed: {_ids(c.old.get('id'), c.new.get('id'))}</h4>"
                     + _changes_table(c.changes, d)
                     + quote_html(new_ev.sentence_quote(str(c.new.get("id")), ("action", "products")), d.new,
                                  links=False))
    for label, items in (("entities lost", a.entities_lost), ("entities gained", a.entities_gained)):
        if items:
            groups = list(Counter(items).items())
            shown = ", ".join(f"{h(lab)} “{h(text)}” ({h(norm)}){f' ×{n}' if n > 1 else ''}"
                              for (lab, text, norm), n in groups[:LIST_SHOWN])
            more = f" and {len(groups) - LIST_SHOWN} more" if len(groups) > LIST_SHOWN else ""
            parts.append(f"<p class=\"small\"><b>{len(items)} {label}</b> (rule matches): {shown}{more}</p>")
    return (f"<section class=\"change {h(a.kind)}\"><h3><span class=\"id\">{h(a.article)}</span>{title} "
            f"{_kind(a.kind)}</h3>{''.join(parts)}</section>")


def render_html(d: RunDiff) -> str:
    counts = d.counts()
    lede = d.line() if d.changed else "No changes: both runs have the same measures, events, mentions and errors."
    tiles = "".join(f"<div class=\"tile\"><span class=\"num\">{v}</span>{h(k)}</div>" for k, v in counts.items())
    body = [f"<header><h1>Trade measures: what changed</h1><p class=\"facts\">old <b class=\"id\">{h(d.old.path)}</b>"
            f" → new <b class=\"id\">{h(d.new.path)}</b></p><p class=\"lede\">{h(lede)}</p></header>"]
    if tiles:
        body.append(f"<div class=\"verdict\">{tiles}</div>")
    problems = [f"old: {p}" for p in d.old.problems] + [f"new: {p}" for p in d.new.problems]
    if problems:
        body.append("<div class=\"box bad\"><b>Output files could not be fully read</b><ul>"
                    + "".join(f"<li>{h(p)}</li>" for p in problems) + "</ul></div>")
    body.append("<h2>Measures</h2>")
    body.append("".join(_measure_html(m, d) for m in d.measures) or "<p class=\"none\">No measure changed.</p>")
    body.append("<h2>Articles and mentions</h2>")
    old_ev, new_ev = Evidence(d.old), Evidence(d.new)
    body.append("".join(_article_html(a, d, old_ev, new_ev) for a in d.articles)
                or "<p class=\"none\">No article or mention changed.</p>")
    if d.errors_gained or d.errors_lost:
        rows = "".join(f"<tr><td>{_kind(kind)}</td><td class=\"id\">{h(e.get('path'))}</td>"
                       f"<td>{h(e.get('line') or '')}</td><td>{h(e.get('error'))}</td>"
                       f"<td>{h(e.get('detail'))}</td></tr>"
                       for kind, es in (("added", d.errors_gained), ("removed", d.errors_lost)) for e in es)
        body.append("<h2>Rejected inputs</h2><table><thead><tr><th></th><th>path</th><th>line</th><th>error</th>"
                    f"<th>detail</th></tr></thead><tbody>{rows}</tbody></table>")
    return page("Trade measures: what changed", "\n".join(body))


# --------------------------------------------------------------------------- Markdown

def _changes_md(changes: list[Change], d: RunDiff, indent: str = "") -> list[str]:
    lines = []
    for c in changes:
        if isinstance(c.old, list) and isinstance(c.new, list):
            lost = [x for x in c.old if x not in c.new]
            gained = [x for x in c.new if x not in c.old]
            delta = ", ".join([f"−{x}" for x in lost] + [f"+{x}" for x in gained]) or "reordered"
            lines.append(f"{indent}- {md(c.field)}: {md(delta)} (now: {md(fmt_value(c.new))})")
        else:
            lines.append(f"{indent}- {md(c.field)}: {md(fmt_value(c.old))} → {md(fmt_value(c.new))}")
        for side, quotes, run in (("old", c.old_quotes, d.old), ("new", c.new_quotes, d.new)):
            for q in quotes:
                lines.append(f"{indent}  {quote_md(q, run).lstrip()} _({side})_")
    return lines


def _mention_md(m: dict, run: RunData, ev: Evidence, sign: str) -> list[str]:
    facts = " · ".join(f"{a} {md(fmt_value(m.get(a)))}" for a in MENTION_FIELDS_SHOWN if m.get(a))
    q = ev.sentence_quote(str(m.get("id")), ("action", "products"))
    return [f"- {sign} {md_code(m.get('id'))}: {facts}", "  " + quote_md(q, run)]


def render_markdown(d: RunDiff) -> str:
    lines = ["# Trade measures: what changed", "", f"old {md_code(d.old.path)} → new {md_code(d.new.path)}", ""]
    if not d.changed:
        lines += ["**No changes**: both runs have the same measures, events, mentions and errors.", ""]
    else:
        lines += [f"**{md(d.line())}**", ""]
    for who, run in (("old", d.old), ("new", d.new)):
        lines += [f"- {who}: could not read {md(p)}" for p in run.problems]
    lines += ["## Measures", ""]
    if not d.measures:
        lines += ["No measure changed.", ""]
    for m in d.measures:
        ids = f"{md_code(m.old.get('id'))} → {md_code(m.new.get('id'))}" if m.renamed else md_code(m.id)
        lines += [f"### {md(m.title)} ({m.kind.upper()})", "", ids, ""]
        lines += _changes_md([c for c in m.changes if c.field != "id"], d)
        for e in m.events:
            lines.append(f"- event {md(e.label)}: {e.kind.upper()}")
            lines += _changes_md(e.changes, d, "  ")
            if e.kind != "changed":
                run = d.old if e.kind == "removed" else d.new
                ev = e.new or e.old or {}
                facts = " · ".join(f"{a} {md(fmt_value(ev.get(a)))}" for a in EVENT_ATTRS[2:] if ev.get(a))
                if facts:
                    lines.append(f"  - {facts}")
                lines += ["  " + quote_md(q, run) for q in e.quotes]
        lines.append("")
    lines += ["## Articles and mentions", ""]
    if not d.articles:
        lines += ["No article or mention changed.", ""]
    old_ev, new_ev = Evidence(d.old), Evidence(d.new)
    for a in d.articles:
        lines += [f"### {md_code(a.article)} ({a.kind.upper()})", ""]
        lines += _changes_md(a.changes, d)
        for m in a.lost:
            lines += _mention_md(m, d.old, old_ev, "lost")
        for m in a.gained:
            lines += _mention_md(m, d.new, new_ev, "gained")
        for c in a.changed:
            same = c.old.get("id") == c.new.get("id")
            lines.append(f"- changed {md_code(c.new.get('id'))}" if same else
                         f"- changed {md_code(c.old.get('id'))} → {md_code(c.new.get('id'))}")
            lines += _changes_md(c.changes, d, "  ")
            lines.append("  " + quote_md(new_ev.sentence_quote(str(c.new.get("id")), ("action", "products")), d.new))
        for label, items in (("entities lost", a.entities_lost), ("entities gained", a.entities_gained)):
            if items:
                groups = list(Counter(items).items())
                shown = ", ".join(f"{md(lab)} “{md(text)}” ({md(norm)}){f' ×{n}' if n > 1 else ''}"
                                  for (lab, text, norm), n in groups[:LIST_SHOWN])
                more = f" and {len(groups) - LIST_SHOWN} more" if len(groups) > LIST_SHOWN else ""
                lines.append(f"- {len(items)} {label}: {shown}{more}")
        lines.append("")
    if d.errors_gained or d.errors_lost:
        lines += ["## Rejected inputs", ""]
        lines += [f"- {kind}: {md(e.get('path'))} {md(e.get('error'))} {md(e.get('detail'))}"
                  for kind, es in (("added", d.errors_gained), ("removed", d.errors_lost)) for e in es]
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- entry point

def write_diff(old_dir: Path, new_dir: Path, out_dir: Optional[Path] = None) -> RunDiff:
    """Compare two output folders; write diff.html and diff.md into `out_dir` (default: new_dir)."""
    result = diff_runs(load_run(old_dir), load_run(new_dir))
    out_dir = Path(out_dir) if out_dir is not None else Path(new_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_text(out_dir / "diff.html", render_html(result))
    write_text(out_dir / "diff.md", render_markdown(result))
    return result
