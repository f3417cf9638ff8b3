"""Reconcile mentions across sources into measures, each with a timeline of events.

Identity of a measure: imposer, type family (an export ban and export controls may be one
measure described loosely), overlapping products, compatible targets. Mentions are
blocked by (imposer, type family) so the cost grows with the number of mentions, not
with its square. For every field of every event, the candidates keep their provenance,
and a disagreement is settled by the first rule that can decide, in this order:

1. temporal consistency - a suspension/lift is not announced before the measure was
   imposed, nor before an event its own article says it follows; expiry after start;
2. conflation - a value equal to another event's date of the same measure is a mix-up;
3. independent sources - near-duplicate articles count once (see `dedupe`);
4. explicit beats relative beats inferred - an unresolved 'Friday' is checked, not guessed;
5. majority of independent sources; a tie stays a `conflict` for a reviewer.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date
from typing import Iterable, Optional

from .models import DATE_FIELDS, IDENTITY, TYPE_FAMILY, Candidate, Conflict, Event, FieldVerdict, Measure, Rate
from .nlp.dates import WEEKDAYS, to_date

# Event classes: actions that describe the same step are one event ('lifted' vs 'suspended').
EVENT_CLASS = {"impose": "impose", "tighten": "tighten", "raise": "raise", "suspend": "relax", "lift": "relax",
               "reduce": "reduce", "postpone": "postpone", "extend": "extend"}
CLASS_ORDER = ["impose", "tighten", "raise", "postpone", "relax", "reduce", "extend"]
LIBERALISING = {"suspend", "lift", "reduce", "postpone"}
TYPE_PRIORITY = ["entity_listing", "export_ban", "import_ban", "export_duty", "quota", "export_control",
                 "import_tariff", "other"]
HOW_RANK = {"absolute": 0, "relative": 1, "inferred": 2, "duration": 0}


def direction(action: str, extends_suspension: bool = False) -> str:
    if action in LIBERALISING or (action == "extend" and extends_suspension):
        return "liberalising"
    return "restrictive"


class SourceGroups:
    """Articles that copy each other form one independent source."""

    def __init__(self, duplicate_of: dict[str, str]):
        self.root = dict(duplicate_of)

    def __call__(self, article: str) -> str:
        return self.root.get(article, article)

    def count(self, articles: Iterable[str]) -> int:
        return len({self(a) for a in articles})


# --------------------------------------------------------------------------- grouping



def _split_by_targets(group: list[dict]) -> list[list[dict]]:
    """Tariffs on China and tariffs on Mexico are two measures; a mention naming no target
    joins the largest group it could belong to."""
    by_targets: dict[tuple, list[dict]] = defaultdict(list)
    for m in group:
        by_targets[tuple(sorted(m.get("targets") or []))].append(m)
    named = {k: v for k, v in by_targets.items() if k}
    if len(named) <= 1:
        return [group]
    parts: list[list[dict]] = []
    for key in sorted(named):
        merged = next((p for p in parts if set(key) & {t for m in p for t in m.get("targets") or []}), None)
        if merged is None:
            parts.append(list(named[key]))
        else:
            merged.extend(named[key])
    untargeted = by_targets.get((), [])
    if untargeted:
        max(parts, key=len).extend(untargeted)
    return parts


def blocks_of(mentions: list[dict]) -> list[list[dict]]:
    """Mentions by (imposer, type identity), in key order. A measure never spans two
    blocks, so blocks are reconciled apart (and may be at once: `reconcile_blocks`)."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for m in mentions:
        by_key[(m.get("imposer") or "?", IDENTITY.get(m["type"], "other"))].append(m)
    return [by_key[key] for key in sorted(by_key)]


def _clusters(block: list[dict], same_product: dict[str, str]) -> list[list[dict]]:
    """Measures: union mentions of one block whose products overlap (synonyms such as
    'maize' and 'corn' count as one, per `same_product`) and targets agree."""
    out: list[list[dict]] = []
    parent = list(range(len(block)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_product: dict[str, int] = {}
    for i, m in enumerate(block):
        for p in m.get("products") or []:
            j = by_product.setdefault(same_product.get(p, p), i)
            if j != i:
                parent[find(i)] = find(j)
    groups: dict[int, list[dict]] = defaultdict(list)
    for i, m in enumerate(block):
        groups[find(i)].append(m)
    with_products = [g for g in groups.values() if any(m.get("products") for m in g)]
    without = [m for g in groups.values() if not any(m.get("products") for m in g) for m in g]
    if without and len(with_products) == 1 and TYPE_FAMILY.get(block[0]["type"]) == "export":
        with_products[0].extend(without)
        without = []
    if without:
        with_products.append(without)
    for group in with_products:
        out.extend(_split_by_targets(group))
    return out


def _measure_id(imposer: str, mtype: str, products: list[str], targets: list[str]) -> str:
    key = "|".join([imposer or "?", mtype, ",".join(sorted(products)), ",".join(sorted(targets))])
    slug = (products[0] if products else "all").replace(" ", "-")
    return f"{imposer or 'XX'}-{mtype}-{slug}-{hashlib.sha1(key.encode()).hexdigest()[:8]}"


# --------------------------------------------------------------------------- fields

def _compatible_dates(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _prefixes(value: str) -> list[str]:
    """'2024-12-03' -> ['2024-12', '2024']: the coarser values it is compatible with."""
    parts = value.split("-")
    return ["-".join(parts[:k]) for k in range(len(parts) - 1, 0, -1)]


def _add_source(entry: dict, m: dict) -> None:
    if m["article"] not in entry["_seen"]:
        entry["_seen"].add(m["article"])
        entry["articles"].append(m["article"])
    entry["mentions"].append(m["id"])


def _finish(cands: list[dict], groups: SourceGroups) -> list[dict]:
    for c in cands:
        c.pop("_seen", None)
        c["sources"] = groups.count(c["articles"])
    return cands


def _date_candidates(ms: list[dict], field: str, groups: SourceGroups) -> list[dict]:
    """Candidates for a date field; compatible values ('2024-12', '2024-12-03') are one,
    kept at the most precise. Unresolved expressions ('Friday') are candidates too.
    Indexed by value and by coarser prefix, so the cost stays linear in the mentions."""
    cands: list[dict] = []
    by_value: dict[str, dict] = {}
    finer: dict[str, list[dict]] = defaultdict(list)  # '2024-12' -> candidates of its days
    unresolved_by_text: dict[str, dict] = {}
    # most precise first, so '2024-12' joins a day it fits - and only if it fits exactly one
    buckets: dict[int, list[dict]] = defaultdict(list)
    for m in ms:
        buckets[len(m.get(field) or "")].append(m)
    ordered = [m for length in sorted(buckets, reverse=True) for m in buckets[length]]
    for m in ordered:
        exprs = [d for d in m.get("dates", []) if d["role"] == field]
        value = m.get(field)
        if value:
            how = next((d["how"] for d in exprs if d["value"] == value), "absolute")
            text = next((d["text"] for d in exprs if d["value"] == value), value)
            entry = by_value.get(value)
            if entry is None:
                fits = finer.get(value, [])
                entry = fits[0] if len(fits) == 1 else None
            if entry is None:
                entry = {"value": value, "how": how, "texts": set(), "articles": [], "mentions": [], "_seen": set()}
                cands.append(entry)
                by_value[value] = entry
                for prefix in _prefixes(value):
                    finer[prefix].append(entry)
            if HOW_RANK.get(how, 3) < HOW_RANK.get(entry["how"], 3):
                entry["how"] = how
        else:
            unresolved = [d for d in exprs if not d["value"]]
            if not unresolved:
                continue
            text = unresolved[0]["text"]
            entry = unresolved_by_text.get(text.lower())
            if entry is None:
                entry = {"value": None, "how": "relative", "text": text, "texts": set(), "articles": [],
                         "mentions": [], "_seen": set()}
                cands.append(entry)
                unresolved_by_text[text.lower()] = entry
        entry["texts"].add(text)
        _add_source(entry, m)
    return _finish(cands, groups)


def _plain_candidates(ms: list[dict], field: str, groups: SourceGroups, key=lambda v: v) -> list[dict]:
    cands: dict = {}
    for m in ms:
        value = m.get(field)
        if value in (None, [], ""):
            continue
        entry = cands.get(key(value))
        if entry is None:
            entry = cands[key(value)] = {"value": value, "articles": [], "mentions": [], "_seen": set()}
        _add_source(entry, m)
    return _finish(list(cands.values()), groups)


def _label(c: dict) -> str:
    v = c["value"] if c["value"] is not None else f"'{c.get('text')}' unresolved"
    if isinstance(v, dict):
        v = f"{v.get('value')} {v.get('unit')} ({v.get('kind')})"
    return f"{v} ({', '.join(c['articles'])})"


def _verdict(cands: list[dict], status: str, value, reason: Optional[str]) -> FieldVerdict:
    return FieldVerdict.model_construct(value=value, status=status, reason=reason, candidates=[
        Candidate.model_construct(value=c["value"] if c["value"] is not None else f"unresolved: {c.get('text')}",
                  articles=c["articles"], mentions=c["mentions"], independent_sources=c["sources"])
        for c in cands])


class OtherEventDates:
    """value -> {'impose effective', ...}: the dates other events of the measure carry."""

    def __init__(self, all_dates: dict[str, set[tuple[str, str]]], exclude: str):
        self.all_dates, self.exclude = all_dates, exclude

    def get(self, value) -> set[str]:
        return {f"{cls} {f}" for cls, f in self.all_dates.get(value, ()) if cls != self.exclude}


class EventContext:
    """What the rules may consult about the rest of the measure and the articles."""

    def __init__(self, other_event_dates: "OtherEventDates", follows: dict[str, list[Optional[str]]],
                 published: dict[str, Optional[str]]):
        self.other_event_dates = other_event_dates  # value -> {"impose effective", ...}
        self.follows = follows  # article -> dated (or None) events the action follows
        self.published = published


def _decide_date(field: str, cands: list[dict], action: str, ctx: EventContext,
                 imposed: Optional[str]) -> FieldVerdict:
    resolved = [c for c in cands if c["value"]]
    if not cands:
        return FieldVerdict.model_construct(value=None, status="agreed", candidates=[])
    if len(cands) == 1 and resolved:
        return _verdict(cands, "agreed", resolved[0]["value"], None)
    if not resolved:
        return _verdict(cands, "unresolved", None,
                        f"only relative expressions without a publication date: {', '.join(_label(c) for c in cands)}")
    notes: list[str] = []
    alive = list(resolved)
    # Rule 1: temporal consistency
    if field in ("announced", "effective") and EVENT_CLASS.get(action) != "impose":
        all_follow_dates = sorted({d for fs in ctx.follows.values() for d in fs if d})
        for c in list(alive):
            cd = to_date(c["value"])
            why = []
            if imposed and cd and to_date(imposed) and cd < to_date(imposed) and not imposed.startswith(c["value"]):
                why.append(f"precedes the imposition ({imposed}) of the measure it relaxes")
            for art in c["articles"]:
                says = ctx.follows.get(art)
                if says is None:
                    continue
                dated = [d for d in says if d] or all_follow_dates
                later = [d for d in dated if cd and to_date(d) and to_date(d) > cd]
                if later:
                    own = "its own article" if [d for d in says if d] else "other sources"
                    why.append(f"precedes the {later[0]} event that {art} says the move follows "
                               f"(dated by {own})")
                    break
            if why and len(alive) > 1 or why and len(cands) > 1:
                alive.remove(c)
                notes.append(f"temporal consistency: {c['value']} ({', '.join(c['articles'])}) {'; '.join(why)}")
    # Rule 2: conflation with another event's date of the same measure
    for c in list(resolved):
        events = ctx.other_event_dates.get(c["value"])
        if events and len(cands) > 1:
            if c in alive:
                alive.remove(c)
            notes.append(f"conflation: {c['value']} ({', '.join(c['articles'])}) equals the "
                         f"{' / '.join(sorted(events))} date of this measure, a likely mix-up")
        elif events:
            notes.append(f"conflation suspected: {c['value']} equals the {' / '.join(sorted(events))} date")
    for c in cands:
        if c not in resolved:
            c_note = _check_relative(c, alive or resolved)
            notes.append(c_note)
    if field == "expires":
        pass
    if len(alive) == 1:
        winner = alive[0]
        unresolved = [c for c in cands if not c["value"]]
        rule = "explicit beats relative" if unresolved and len(resolved) == 1 else "rules above"
        return _verdict(cands, "resolved", winner["value"], "; ".join(notes + [f"kept {winner['value']} ({rule})"]))
    if not alive:
        return _verdict(cands, "conflict", None,
                        "; ".join(notes) + "; every resolved value was demoted and the rest cannot be "
                        "resolved: needs a reviewer")
    # Rule 3+4: independent sources and explicitness
    alive.sort(key=lambda c: (-c["sources"], HOW_RANK.get(c["how"], 3)))
    best, second = alive[0], alive[1]
    if best["sources"] > second["sources"]:
        return _verdict(cands, "resolved", best["value"], "; ".join(notes + [
            f"majority of independent sources: {_label(best)} has {best['sources']} vs {second['sources']}"]))
    if HOW_RANK.get(best["how"], 3) < HOW_RANK.get(second["how"], 3):
        return _verdict(cands, "resolved", best["value"], "; ".join(notes + [
            f"explicit beats relative beats inferred: {_label(best)} is {best['how']}, "
            f"{_label(second)} is {second['how']}"]))
    return _verdict(cands, "conflict", None, "; ".join(notes + [
        f"tie between independent sources: {', '.join(_label(c) for c in alive)}"]))


def _check_relative(c: dict, resolved: list[dict]) -> str:
    """An undated 'Friday' is checked against the dates others give, never guessed."""
    text = (c.get("text") or "").lower()
    weekday = next((i for i, w in enumerate(WEEKDAYS) if w in text), None)
    if weekday is None or not resolved:
        return f"'{c.get('text')}' ({', '.join(c['articles'])}) cannot be resolved without a publication date"
    fits = []
    for r in resolved:
        d = to_date(r["value"])
        if d and len(r["value"]) == 10:
            fits.append(f"{r['value']} is a {WEEKDAYS[d.weekday()].capitalize()}: "
                        f"{'consistent' if d.weekday() == weekday else 'inconsistent'}")
    return (f"'{c.get('text')}' ({', '.join(c['articles'])}) checked against the other sources: "
            + ("; ".join(fits) if fits else "no day-precise date to compare"))


def _decide_plain(cands: list[dict], describe) -> FieldVerdict:
    if not cands:
        return FieldVerdict.model_construct(value=None, status="agreed", candidates=[])
    if len(cands) == 1:
        return _verdict(cands, "agreed", cands[0]["value"], None)
    ranked = sorted(cands, key=lambda c: -c["sources"])
    if ranked[0]["sources"] > ranked[1]["sources"]:
        return _verdict(cands, "resolved", ranked[0]["value"],
                        f"majority of independent sources: {describe(ranked[0])} has {ranked[0]['sources']} "
                        f"vs {ranked[1]['sources']}")
    return _verdict(cands, "conflict", None,
                    f"tie between independent sources: {', '.join(describe(c) for c in ranked)}")


def _rate_key(r: dict):
    return (r.get("value"), r.get("unit"), r.get("kind"))


# --------------------------------------------------------------------------- assembly

def _event_for(ms: list[dict], cls: str, ctx: EventContext, groups: SourceGroups,
               imposed: Optional[str]) -> tuple[Event, list[tuple[str, list, str, str]]]:
    conflicts: list[tuple[str, list, str, str]] = []
    fields: dict[str, FieldVerdict] = {}
    # action: 'lifted' vs 'suspended' are one event; an end date makes it a suspension
    action_cands = _plain_candidates(ms, "action", groups)
    has_end = any(m.get("expires") or m.get("duration") for m in ms)
    if len(action_cands) > 1:
        actions = {c["value"] for c in action_cands}
        if actions <= {"suspend", "lift"} and has_end:
            verdict = _verdict(action_cands, "resolved", "suspend",
                               "compatible wording: a lift with an end date is a suspension")
        else:
            verdict = _decide_plain(action_cands, _label)
        dirs = {direction(a) for a in actions}
        severity = "critical" if len(dirs) > 1 else "minor"
        conflicts.append(("action", [_label(c) for c in action_cands], severity,
                          verdict.reason or "action wording differs"))
    else:
        verdict = _verdict(action_cands, "agreed", action_cands[0]["value"], None)
    fields["action"] = verdict
    action = verdict.value or ms[0]["action"]
    for name in DATE_FIELDS:
        cands = _date_candidates(ms, name, groups)
        v = _decide_date(name, cands, action, ctx, imposed)
        fields[name] = v
        if len(cands) > 1:
            values = [c["value"] for c in cands if c["value"]]
            only_precision = len(values) == len(cands) and all(_compatible_dates(values[0], x) for x in values)
            conflicts.append((name, [_label(c) for c in cands], "minor" if only_precision else "important",
                              v.reason or ""))
    for name, key in (("duration", lambda v: v), ("rate", _rate_key)):
        cands = _plain_candidates(ms, name, groups, key)
        v = _decide_plain(cands, _label)
        fields[name] = v
        if len(cands) > 1:
            conflicts.append((name, [_label(c) for c in cands], "important", v.reason or ""))
    # expires must come after the start
    eff, exp = fields["effective"].value, fields["expires"].value
    if eff and exp and to_date(exp) and to_date(eff) and to_date(exp) <= to_date(eff):
        why = f"temporal consistency: expires {exp} is not after effective {eff}; a reviewer must decide"
        fields["expires"] = fields["expires"].model_copy(update={"status": "conflict", "value": None, "reason": why})
        conflicts = [c for c in conflicts if c[0] != "expires"]
        conflicts.append(("expires", [exp, eff], "important", why))
    articles = sorted({m["article"] for m in ms})
    extends_susp = any(m.get("direction") == "liberalising" for m in ms if m["action"] == "extend")
    rate = fields["rate"].value
    event = Event.model_construct(action=action, announced=fields["announced"].value, effective=fields["effective"].value,
                  expires=fields["expires"].value, duration=fields["duration"].value,
                  rate=Rate(**{k: v for k, v in rate.items() if k in Rate.model_fields}) if rate else None,
                  articles=articles, mentions=[m["id"] for m in ms], fields=fields,
                  direction=direction(action, extends_susp))
    return event, conflicts


def _merge_contradictions(by_class: dict[str, list[dict]]) -> None:
    """Sources that report opposite steps on the same day ('raised' vs 'cut' tariffs on
    2025-04-09) describe one event they disagree on, not two events: put them together
    so the action conflict is flagged (critical) instead of silently becoming two steps."""
    classes = sorted(by_class, key=CLASS_ORDER.index)
    for i, a in enumerate(classes):
        for b in classes[i + 1:]:
            if a not in by_class or b not in by_class or "impose" in (a, b):
                continue  # a relaxation dated like the imposition is a conflation (rule 2), not this
            if direction(by_class[a][0]["action"]) == direction(by_class[b][0]["action"]):
                continue
            dates_a = {m.get(f) for m in by_class[a] for f in ("announced", "effective") if m.get(f)}
            dates_b = {m.get(f) for m in by_class[b] for f in ("announced", "effective") if m.get(f)}
            arts_a = {m["article"] for m in by_class[a]}
            arts_b = {m["article"] for m in by_class[b]}
            if {d for d in dates_a & dates_b if len(d) == 10} and not arts_a & arts_b:
                by_class[a].extend(by_class.pop(b))


def _event_sort_key(e: Event):
    d = e.announced or e.effective or e.expires
    return (to_date(d) or date.max, CLASS_ORDER.index(EVENT_CLASS[e.action]))


def reconcile(mentions: list[dict], duplicate_of: Optional[dict[str, str]] = None,
              published: Optional[dict[str, Optional[str]]] = None,
              same_product: Optional[dict[str, str]] = None) -> list[Measure]:
    """The measures of these mentions, in id order."""
    return in_order([m for block in reconcile_blocks(blocks_of(mentions), duplicate_of, published, same_product)
                     for m in block])


def in_order(measures: list, id_of=lambda m: m.id) -> list:
    """Measures in id order; two measures with one id keep their block order (a stable sort),
    so measures reconciled apart and put back block by block come out the same."""
    return sorted(measures, key=id_of)


# Records are built with `model_construct`: every value comes from validated mentions, and
# validating a million nested records again would cost more than the reconciliation itself.
def reconcile_blocks(blocks: list[list[dict]], duplicate_of: Optional[dict[str, str]] = None,
                     published: Optional[dict[str, Optional[str]]] = None,
                     same_product: Optional[dict[str, str]] = None) -> list[list[Measure]]:
    """The measures of each block (see `blocks_of`), block by block, each in cluster order.
    `same_product` maps product ids to the id they are one product with (`RuleSet.same_product`)."""
    groups = SourceGroups(duplicate_of or {})
    return [[_measure(cluster, groups, published or {}) for cluster in _clusters(block, same_product or {})]
            for block in blocks]


def _measure(cluster: list[dict], groups: SourceGroups, published: dict[str, Optional[str]]) -> Measure:
    by_class: dict[str, list[dict]] = defaultdict(list)
    for m in cluster:
        by_class[EVENT_CLASS[m["action"]]].append(m)
    _merge_contradictions(by_class)
    # dates of every event of this measure, for the conflation rule (computed once)
    all_dates: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for cls, ms in by_class.items():
        for m in ms:
            for f in DATE_FIELDS:
                if m.get(f):
                    all_dates[m[f]].add((cls, f))
    follows: dict[str, list[Optional[str]]] = {}
    for m in cluster:
        for d in m.get("dates", []):
            if d["role"] == "follows":
                follows.setdefault(m["article"], []).append(d["value"])
    imposed = None
    for m in by_class.get("impose", []):
        v = m.get("effective") or m.get("announced")
        if v and (imposed is None or v < imposed):
            imposed = v
    events, raw_conflicts = [], []
    for cls in CLASS_ORDER:
        if cls not in by_class:
            continue
        ctx = EventContext(OtherEventDates(all_dates, cls), follows, published)
        event, conflicts = _event_for(by_class[cls], cls, ctx, groups, imposed)
        events.append(event)
        raw_conflicts.append(conflicts)
    order = sorted(range(len(events)), key=lambda i: _event_sort_key(events[i]))
    events = [events[i] for i in order]
    raw_conflicts = [raw_conflicts[i] for i in order]
    conflicts = [Conflict.model_construct(event=i, field=f, values=v, severity=s, reason=r)
                 for i, cs in enumerate(raw_conflicts) for f, v, s, r in cs]
    severity_rank = {"critical": 0, "important": 1, "minor": 2}
    conflicts.sort(key=lambda c: (severity_rank[c.severity], c.event, c.field))
    imposer = cluster[0].get("imposer")
    mtype = _vote_type(cluster, groups)
    products: list[str] = []
    hs: list[str] = []
    for m in cluster:
        for p in m.get("products") or []:
            if p not in products:
                products.append(p)
        for h in m.get("hs_codes") or []:
            if h not in hs:
                hs.append(h)
    targets = sorted({t for m in cluster for t in m.get("targets") or []})
    agencies = [m.get("agency") for m in cluster if m.get("agency")]
    agency = max(sorted(set(agencies)), key=agencies.count) if agencies else None  # ties: stable
    return Measure.model_construct(id=_measure_id(imposer, mtype, products, targets), imposer=imposer,
                                   agency=agency, targets=targets, type=mtype, products=products, hs_codes=hs,
                                   events=events, conflicts=conflicts)


def _vote_type(cluster: list[dict], groups: SourceGroups) -> str:
    """The most specific type any source states: outlets call a ban 'export controls'
    loosely, never the reverse; among equally specific types the majority wins."""
    votes: dict[str, set[str]] = defaultdict(set)
    for m in cluster:
        votes[m["type"]].add(groups(m["article"]))
    return min(votes, key=lambda t: (TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else 99, -len(votes[t])))
