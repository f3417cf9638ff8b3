"""Our spaCy components, registered as factories (see the `spacy_factories` entry point).

The rulers themselves are spaCy's own `entity_ruler` and `span_ruler`; their patterns are
data added by `pipeline.nlp.build_nlp` from `patterns/`, never put into a default config.
"""
from __future__ import annotations

import bisect
import json
import re
from datetime import date
from pathlib import Path
from typing import Optional

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..rules import RegexRules
from .dates import DateNormalizer, context_year, explicit_year, parse_duration
from .figures import parse_figure

# a sentence ends at final punctuation (and any closing quotes) before an upper-case or
# quoted start, and at every line break: headlines and datelines have no full stop
# ('... effective March 23, 2018.[3] More recently': a footnote mark after the full stop)
BOUNDARY = re.compile(r"""(?:[.!?…]+(?:\[\d{1,3}\])?["'”’)\]]*\s+(?=[A-Z0-9"“‘'(\[])|\n\s*)""")
FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")
# '... rose to $37/t. Owners cut ...': the tokenizer keeps a lower-case letter's full stop as an
# initial's; a unit letter is none ('Smith v. Jones' keeps its 'v.')
UNIT_LETTER = re.compile(r"[a-uw-z]\.")
# 'Law No. 325-VIII', 'Art. 3', 'Vol. 7': a numbering abbreviation before a number ends nothing
NUMBERING = re.compile(r"\b(?:No|Nos|Art|Arts|Sec|Vol|Reg|Para|Ch)$")

for name, default in (("published", None), ("year_hint", None), ("article_id", None), ("place", None),
                      ("title_start", None)):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
if not Span.has_extension("norm"):
    Span.set_extension("norm", default=None)
if not Span.has_extension("how"):
    Span.set_extension("how", default=None)


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once: `Doc.text` rebuilds it from every token on each call,
    and three stages of a hot path need it."""
    text = doc.user_data.get("trade_text")
    if text is None:
        text = doc.user_data["trade_text"] = doc.text
    return text


def make_doc(nlp: Language, text: str) -> Doc:
    """A Doc of `text` that knows its text: spaCy keeps text exactly, so the string we
    tokenized is `Doc.text`, and joining it again from the tokens took a tenth of the
    spaCy pass."""
    doc = nlp.make_doc(text)
    doc.user_data["trade_text"] = text
    return doc


class TradeSentencizer:
    """Sentence boundaries at line breaks as well as at final punctuation.

    News text carries headlines, datelines and list items without a full stop; spaCy's
    punctuation sentencizer would glue them to the next paragraph. Boundaries are found
    with one regex over the text and written with `Doc.from_array`: no per-token Python.
    """

    def __init__(self, name: str = "trade_sentencizer"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = numpy.full(len(doc), -1, dtype="int32")
        starts[0] = 1
        idx = doc.to_array("IDX")
        text = doc_text(doc)
        for m in BOUNDARY.finditer(text):
            i = bisect.bisect_left(idx, m.end())
            if not (0 < i < len(doc) and idx[i] == m.end()):
                continue
            if text[m.start()] == "." and text[m.end():m.end() + 1].isdigit() and \
                    NUMBERING.search(text, max(0, m.start() - 5), m.start()):
                continue
            # 'U.S. President' ends no sentence: the full stop must be a token of its own
            if "\n" in m.group() or doc[i - 1].is_punct or (doc[i - 1].is_space and doc[i - 2].is_punct) \
                    or FOOTNOTE_MARK.fullmatch(doc[i - 1].text) or UNIT_LETTER.fullmatch(doc[i - 1].text):
                starts[i] = 1
        doc.from_array(["SENT_START"], starts.astype("uint64").reshape(-1, 1))
        return doc


class RegexEntities:
    """Dates, durations and figures found by regular expressions over the text.

    Their shapes ('9 October 2025', '$60,000 per tonne', 'for the coming year') are what
    regexes state well, and one pass of compiled regexes costs a fraction of token patterns
    checked at every position. Spans snap to token boundaries; where one overlaps an entity
    of the rulers, the ruler's entity stays and the span keeps only what is left of it
    ('in place since' + 'since July 2023' -> 'July 2023').
    """

    def __init__(self, name: str = "trade_regex_entities"):
        self.name = name
        self.rules = None  # pipeline.rules.RegexRules

    def add_rules(self, rules) -> None:
        self.rules = rules

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = {"regex": self.rules.regex.pattern, "rules": self.rules.rules} if self.rules else None
        (path / "rules.json").write_text(json.dumps(data))

    def from_disk(self, path, exclude=tuple()):
        data = json.loads((Path(path) / "rules.json").read_text())
        self.rules = RegexRules(re.compile(data["regex"]), [tuple(r) for r in data["rules"]]) if data else None
        return self

    def __call__(self, doc: Doc) -> Doc:
        # the rulers' IGNORE entities ('US cents') only keep other rules off their text
        ents = doc.ents  # (each read of Doc.ents builds every Span again)
        ignored = [e for e in ents if e.label_ == "IGNORE"]
        existing = [e for e in ents if e.label_ != "IGNORE"] if ignored else list(ents)
        found = []
        for start, end, label, rule_id in self.rules.find(doc_text(doc).lower()) if self.rules else ():
            span = doc.char_span(start, end, label=label, span_id=rule_id, alignment_mode="contract")
            if span is not None and len(span):
                found.append(span)
        if not found:
            if ignored:
                doc.ents = existing
            return doc
        taken = numpy.zeros(len(doc), dtype=bool)
        for e in existing + ignored:
            taken[e.start:e.end] = True
        new = []
        for span in filter_spans(found):
            if span.label_ == "IGNORE":
                continue  # a law's citation: no entity, and no date inside it either
            start, end = span.start, span.end
            while start < end and taken[start]:
                start += 1
            if start == end or taken[start:end].any() or doc[start].is_punct:
                continue
            if (start, end) != (span.start, span.end):
                span = Span(doc, start, end, label=span.label_, span_id=span.id_)
            new.append(span)
            taken[start:end] = True
        doc.ents = sorted(existing + new, key=lambda s: s.start)
        return doc


HEADER_LINES = 3  # a magazine's 'October 2026 issue' stands in the first lines, above the headline
HEADER_WORDS = 12


def issue_year(doc: Doc, ents) -> Optional[int]:
    """The year of an undated article's issue line ('Features | October 2026 issue'): its present,
    stronger than the middle of the years its story names."""
    text = doc.text
    cut = 0
    for _ in range(HEADER_LINES):
        cut = text.find("\n", cut + 1)
        if cut < 0:
            cut = len(text)
            break
    for e in ents:
        if e.label_ != "DATE" or e.start_char >= cut:
            continue
        line_start = text.rfind("\n", 0, e.start_char) + 1
        line_end = text.find("\n", e.end_char)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if len(line.split()) <= HEADER_WORDS and (year := explicit_year(e.text)):
            return year
    return None


class TradeNormalizer:
    """Give every entity a normalized value in `span._.norm`.

    Rule entities carry their canonical id; DATE, DURATION and FIGURE spans are turned
    into partial ISO dates, ISO durations and numbers. Dates are resolved against
    `doc._.published` or, failing that, the article's own dated context (`doc._.year_hint`).
    """

    def __init__(self, name: str = "trade_normalizer"):
        self.name = name
        self.dates = DateNormalizer()

    def __call__(self, doc: Doc) -> Doc:
        published: Optional[date] = doc._.published
        ents = doc.ents  # (each read of Doc.ents builds every Span again)
        years = [y for e in ents if e.label_ == "DATE" and (y := explicit_year(e.text))]
        doc._.year_hint = published.year if published else (issue_year(doc, ents) or context_year(sorted(set(years))))
        for ent in ents:
            label = ent.label_
            if label == "DATE":
                nd = self.dates.normalize(ent.text, published, doc._.year_hint)
                ent._.norm, ent._.how = nd.value, nd.how
            elif label == "DURATION":
                ent._.norm, ent._.how = parse_duration(ent.text), "duration"
            elif label == "FIGURE":
                fig = parse_figure(ent.text, ent.ent_id_)
                ent._.norm = f"{fig[0]} {fig[1]}" if fig else None
            else:
                ent._.norm = ent.ent_id_ or None
        return doc

    # Stateless apart from caches: serialization writes a marker so save/load stays symmetric.
    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "cfg.json").write_text(json.dumps({"languages": self.dates._languages}))

    def from_disk(self, path, exclude=tuple()):
        cfg = json.loads((Path(path) / "cfg.json").read_text())
        self.dates = DateNormalizer(cfg.get("languages", ["en"]))
        return self


class Abbreviations:
    """Abbreviations an article defines for a measure or a body: 'the basic customs duty (BCD)' makes
    every later 'BCD' the same measure. Rule files cannot list them: each outlet and country coins its
    own ('AIDC', 'DMO', 'MIP'), and only the article says what they stand for.

    So with a measure named for the instrument that makes it: after 'the Withhold Release Order'
    or 'the quality-control orders', 'the order' and 'its 2023 order' are that measure; alone,
    'order' names none ('an executive order', 'ended orders last year')."""

    LABELS = ("MEASURE", "AGENCY")  # ('The Economic Coordination Committee (ECC) ... What the ECC decided')
    HEADS = {"order": "order", "orders": "order"}
    # what may stand right before such a head: a determiner, a possessive, a year
    LEADS = {"the", "that", "this", "its", "their", "these", "those", "'s", "’s"}

    def __init__(self, name: str = "trade_abbreviations"):
        self.name = name
        self.shared: set[str] = set()  # body names several governments use: their short form is left alone

    def set_shared(self, names: set[str]) -> None:
        self.shared = set(names)

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, Span] = {}
        named: dict[str, Span] = {}  # head word -> the first measure named with it
        ents = doc.ents
        for e in ents:
            k = e.end
            if e.label_ == "AGENCY" and e.text.lower() in self.shared:
                continue  # ('the Department of Agriculture (DA)': whose department, the article decides later)
            if e.label_ in self.LABELS and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                short = doc[k + 1].text
                if short.isupper() and short.isalpha() and 2 <= len(short) <= 6:
                    found.setdefault(short, e)
            if e.label_ in self.LABELS and len(e) > 1 and e[-1].lower_ in self.HEADS:
                named.setdefault(self.HEADS[e[-1].lower_], e)
        if named:
            ents = self._head_nouns(doc, ents, named)
        if not found:
            return doc
        # 'ADD' (anti-dumping duty) is no 'add' the verb, which the rules match in any case
        kept = [e for e in ents if not (len(e) == 1 and e.text in found and e.label_ not in self.LABELS)]
        taken = numpy.zeros(len(doc), dtype=bool)
        for e in kept:
            taken[e.start:e.end] = True
        new = [Span(doc, t.i, t.i + 1, label=found[t.text].label_, span_id=found[t.text].ent_id_)
               for t in doc if t.text in found and not taken[t.i] and t.i > found[t.text].end + 2]
        if new or len(kept) != len(ents):
            doc.ents = sorted(kept + new, key=lambda s: s.start)
        return doc

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "shared.json").write_text(json.dumps(sorted(self.shared)))

    def from_disk(self, path, exclude=tuple()):
        shared = Path(path) / "shared.json"
        self.shared = set(json.loads(shared.read_text())) if shared.exists() else set()
        return self

    def _head_nouns(self, doc: Doc, ents, named: dict[str, Span]):
        taken = numpy.zeros(len(doc), dtype=bool)
        for e in ents:
            taken[e.start:e.end] = True
        new = []
        for t in doc:
            first = named.get(self.HEADS.get(t.lower_, ""))
            if first is None or taken[t.i] or t.i <= first.end or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"):
                continue
            lead = doc[t.i - 1]
            if lead.lower_ in self.LEADS or (lead.like_num and len(lead.text) == 4 and doc[t.i - 2].lower_ in self.LEADS):
                new.append(Span(doc, t.i, t.i + 1, label=first.label_, span_id=first.ent_id_))
        if not new:
            return ents
        doc.ents = sorted(list(ents) + new, key=lambda s: s.start)
        return doc.ents


class PartsOfGoods:
    """'25% on imported cars ... and on parts in May', 'trucks and their parts': a bare 'parts'
    after goods whose parts the catalog names is those parts. Alone, 'parts' names nothing
    ('parts of the country'), so no rule file can list it."""

    # the words that may stand before such a 'parts': it is a noun of the goods' list, not a
    # word of another phrase ('two parts', 'in large parts')
    LEADS = {"and", "their", "its", "on", "main", "key", "spare", "imported", "some", "certain", "related", "the"}

    def __init__(self, name: str = "trade_parts"):
        self.name = name
        self.parts: dict[str, str] = {}

    def set_parts(self, parts: dict[str, str]) -> None:
        self.parts = dict(parts)

    def __call__(self, doc: Doc) -> Doc:
        if not self.parts:
            return doc
        ents = doc.ents
        new = []
        goods = [e for e in ents if e.label_ == "PRODUCT"]
        for k, e in enumerate(goods):
            part_of = self.parts.get(e.ent_id_)
            if part_of is None:
                continue
            stop = min(e.sent.end, goods[k + 1].start if k + 1 < len(goods) else len(doc))
            for t in doc[e.end:stop]:
                if t.lower_ in ("parts", "components") and not t.ent_type_ and doc[t.i - 1].lower_ in self.LEADS and not (
                        t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"):
                    new.append(Span(doc, t.i, t.i + 1, label="PRODUCT", span_id=part_of))
                    break
        if new:
            doc.ents = sorted(list(ents) + new, key=lambda s: s.start)
        return doc

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "parts.json").write_text(json.dumps(self.parts))

    def from_disk(self, path, exclude=tuple()):
        self.parts = json.loads((Path(path) / "parts.json").read_text())
        return self


@Language.factory("trade_parts")
def make_trade_parts(nlp: Language, name: str) -> PartsOfGoods:
    return PartsOfGoods(name)


@Language.factory("trade_abbreviations")
def make_trade_abbreviations(nlp: Language, name: str) -> Abbreviations:
    return Abbreviations(name)


@Language.factory("trade_sentencizer")
def make_trade_sentencizer(nlp: Language, name: str) -> TradeSentencizer:
    return TradeSentencizer(name)


@Language.factory("trade_regex_entities")
def make_trade_regex_entities(nlp: Language, name: str) -> RegexEntities:
    return RegexEntities(name)


@Language.factory("trade_normalizer")
def make_trade_normalizer(nlp: Language, name: str) -> TradeNormalizer:
    return TradeNormalizer(name)
