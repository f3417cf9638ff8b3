"""Our spaCy components, registered as factories (see the `spacy_factories` entry point).

The rulers themselves are spaCy's own `entity_ruler` and `span_ruler`; their patterns are
data added by `pipeline.nlp.build_nlp` from `patterns/`, never put into a default config.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .dates import DateNormalizer, context_year, explicit_year, parse_duration
from .figures import parse_figure

SENTENCE_END = {".", "!", "?", "…", "...", "!?", "?!"}
CLOSERS = {"\"", "'", "”", "’", ")", "]", "»"}

for name, default in (("published", None), ("year_hint", None), ("article_id", None)):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
if not Span.has_extension("norm"):
    Span.set_extension("norm", default=None)
if not Span.has_extension("how"):
    Span.set_extension("how", default=None)


class TradeSentencizer:
    """Sentence boundaries at line breaks as well as at final punctuation.

    News text carries headlines, datelines and list items without a full stop; spaCy's
    punctuation sentencizer would glue them to the next paragraph.
    """

    def __init__(self, name: str = "trade_sentencizer"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        pending = True  # the next word token starts a sentence
        for token in doc:
            text = token.text
            if token.i == 0:
                token.is_sent_start = True
            elif token.is_space or (text in CLOSERS and doc[token.i - 1].text in SENTENCE_END):
                token.is_sent_start = False
            else:
                token.is_sent_start = pending and not (token.is_lower and not self._after_break(doc, token.i))
            if token.is_space:
                pending = pending or "\n" in text
            elif text in SENTENCE_END or text in CLOSERS and pending:
                pending = True
            else:
                pending = False
        return doc

    @staticmethod
    def _after_break(doc: Doc, i: int) -> bool:
        return doc[i - 1].is_space and "\n" in doc[i - 1].text


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
        years = [y for e in doc.ents if e.label_ == "DATE" and (y := explicit_year(e.text))]
        doc._.year_hint = published.year if published else context_year(sorted(set(years)))
        for ent in doc.ents:
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


@Language.factory("trade_sentencizer")
def make_trade_sentencizer(nlp: Language, name: str) -> TradeSentencizer:
    return TradeSentencizer(name)


@Language.factory("trade_normalizer")
def make_trade_normalizer(nlp: Language, name: str) -> TradeNormalizer:
    return TradeNormalizer(name)
