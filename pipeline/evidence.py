"""Evidence: every value of a mention traced to a span of the cleaned text.

Extraction records where it read a value when it reads it in the sentence at hand. A value a
sentence leaves implicit (goods named the sentence before, an imposer the article has had
acting, an expiry computed from a start and a duration) is traced here to the nearest span
that names it: in the mention's own sentences first, else the last one before them, else
the first one after. A reviewer can then check every field against the words it came from.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Optional

from spacy.tokens import Doc, Span

from .models import DATE_FIELDS, DateExpr, Evidence, Mention
from .nlp import CUES_KEY
from .rules import RuleSet

TRACED_CUES = {"PRIVILEGE": "products", "OWNER": "imposer"}  # cues whose id names a field's value


class SpanIndex:
    """The doc's entities and id-carrying cues by (field, value), in text order; built once
    per article, so tracing a mention costs a few list scans."""

    def __init__(self, doc: Doc):
        self.by_key: dict[tuple[str, str], list[Span]] = defaultdict(list)
        for e in doc.ents:
            for key in _keys(e):
                self.by_key[key].append(e)
        for c in doc.spans.get(CUES_KEY, ()):
            if c.label_ in TRACED_CUES and c.id_:
                self.by_key[(TRACED_CUES[c.label_], c.id_)].append(c)
        for spans in self.by_key.values():
            spans.sort(key=lambda s: s.start_char)

    def nearest(self, field: str, value: str, within: list[tuple[int, int]], anchor: int) -> Optional[Span]:
        """A span naming `value`: inside `within` (nearest `anchor`), else the last before, else the first after."""
        spans = self.by_key.get((field, value), [])
        inside = [s for s in spans if any(a <= s.start_char and s.end_char <= b for a, b in within)]
        if inside:
            return min(inside, key=lambda s: abs(s.start_char - anchor))
        first = min(a for a, _ in within)
        before = [s for s in spans if s.end_char <= first]
        return before[-1] if before else next(iter(spans), None)


def _keys(e: Span) -> Iterable[tuple[str, str]]:
    if e.label_ == "PRODUCT":
        yield "products", e.ent_id_
    elif e.label_ == "JURISDICTION":
        yield "imposer", e.ent_id_
        yield "targets", e.ent_id_
    elif e.label_ == "AGENCY":
        yield "agency", e.ent_id_
        yield "imposer", RuleSet.agency_jurisdiction(e.ent_id_)


def evidence_at(field: str, value: str, span: Span) -> Evidence:
    """Evidence for `value` at `span`, citing the sentence the span lies in."""
    sent = span.sent
    return Evidence(field=field, value=str(value), start=span.start_char, end=span.end_char,
                    sentence_start=sent.start_char, sentence_end=sent.end_char)


def complete_evidence(m: Mention, doc: Doc, index: SpanIndex, anchor: int) -> list[Evidence]:
    """Evidence for each value of `m` that has none yet; `anchor` is where its step is told."""
    have = {(e.field, e.value) for e in m.evidence}
    within = [tuple(s) for s in m.sentences] or [(m.start, m.end)]
    added: list[Evidence] = []

    def add(field: str, value: str, span: Optional[Span]) -> None:
        if span is not None:
            added.append(evidence_at(field, value, span))
            have.add((field, value))

    wanted = [("products", p) for p in m.products] + [("targets", t) for t in m.targets]
    wanted += [(f, v) for f, v in (("imposer", m.imposer), ("agency", m.agency)) if v]
    for field, value in wanted:
        if (field, value) not in have:
            add(field, value, index.nearest(field, value, within, anchor))
    for field in DATE_FIELDS + ("duration",):
        value = getattr(m, field)
        if value and (field, value) not in have:
            # (an expiry computed from a start and a duration cites the duration's words)
            add(field, value, date_words(doc, m.dates, (field,), value)
                or (date_words(doc, m.dates, ("duration",)) if field == "expires" else None))
    return added


def date_words(doc: Doc, dates: list[DateExpr], roles: tuple[str, ...], value: Optional[str] = None) -> Optional[Span]:
    """The words the first date of `roles` (in their order) was read from, of `value` when given."""
    for role in roles:
        for d in dates:
            if d.role == role and d.end > d.start and value in (None, d.value):
                return doc.char_span(d.start, d.end, alignment_mode="expand")
    return None
