"""A batch run: ingest -> nlp -> extract -> reconcile -> export, every input accounted for."""
from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from .export import AtomicWriter, to_json, write_jsonl
from .extract import extract_mentions
from .ingest import Document, Ingestor, InputError, discover
from .models import Article, Entity, ErrorRecord
from .nlp import build_nlp
from .nlp.dates import to_date
from .dedupe import find_duplicates, signature
from .reconcile import reconcile
from .rules import RuleSet
from .settings import Settings

OUTPUT_FILES = ("articles.jsonl", "mentions.jsonl", "measures.jsonl", "errors.jsonl")


@dataclass
class RunSummary:
    files: int = 0
    articles: int = 0
    mentions: int = 0
    measures: int = 0
    warnings: int = 0
    errors: int = 0
    seconds: float = 0.0
    stage_seconds: dict = field(default_factory=dict)

    def line(self) -> str:
        return (f"{self.files} files: {self.articles} articles, {self.mentions} mentions, "
                f"{self.measures} measures, {self.warnings} warnings, {self.errors} rejected "
                f"in {self.seconds:.1f} s")


class Pipeline:
    """The loaded rules and spaCy pipeline; build once, run on many folders."""

    def __init__(self, settings: Optional[Settings] = None):
        self.settings = settings or Settings()
        self.rules = RuleSet.load(self.settings.patterns)
        self.nlp = build_nlp(self.rules, self.settings.model)
        self.dates = self.nlp.get_pipe("trade_normalizer").dates
        self.ingestor = Ingestor(self.rules, self.dates, self.settings.max_bytes)

    def process(self, documents) -> Iterator[tuple[Article, list, str]]:
        """Stream Documents through spaCy and extraction: (article, mentions, cleaned text)."""
        def make_docs():
            for d in documents:
                doc = self.nlp.make_doc(d.text)
                doc._.published = to_date(d.published)
                doc._.article_id = d.id
                yield doc, d
        for doc, d in self.nlp.pipe(make_docs(), as_tuples=True, batch_size=self.settings.batch_size):
            mentions = extract_mentions(doc, d.id, self.rules, self.dates)
            yield self.article_record(doc, d), mentions, d.text

    @staticmethod
    def article_record(doc, d: Document) -> Article:
        entities = [Entity(label=e.label_, text=e.text, start=e.start_char, end=e.end_char,
                           norm=None if e._.norm is None else str(e._.norm)) for e in doc.ents]
        return Article(id=d.id, path=d.path, title=d.title, outlet=d.outlet, url=d.url,
                       published=d.published, published_from=d.published_from, sha256=d.sha256,
                       words=len(d.text.split()), entities=entities, warnings=d.warnings)


def _progress(items: list, enabled: bool):
    if not enabled or len(items) <= 3:
        return items
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return items
    return tqdm(items, desc="articles", unit="file", file=sys.stderr, leave=False)


def run(news_dir: Path, out_dir: Path, settings: Optional[Settings] = None,
        pipeline: Optional[Pipeline] = None) -> RunSummary:
    start = time.perf_counter()
    news_dir, out_dir = Path(news_dir), Path(out_dir)
    pipeline = pipeline or Pipeline(settings)
    settings = pipeline.settings
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = RunSummary()
    errors: list[ErrorRecord] = []
    files = discover(news_dir)
    summary.files = len(files)

    def documents():
        for path in _progress(files, settings.progress):
            for item in pipeline.ingestor.read(path, news_dir):
                if isinstance(item, InputError):
                    errors.append(ErrorRecord(path=item.path, line=item.line, error=item.error, detail=item.detail))
                else:
                    yield item

    staged = AtomicWriter(out_dir / ".articles.staged.jsonl")
    mentions_out = AtomicWriter(out_dir / "mentions.jsonl")
    all_mentions: list[dict] = []
    signatures = {}
    published: dict[str, Optional[str]] = {}
    try:
        for article, mentions, text in pipeline.process(documents()):
            staged.write_record(article)
            summary.articles += 1
            summary.warnings += len(article.warnings)
            for m in mentions:
                mentions_out.write_record(m)
                all_mentions.append(m.model_dump(mode="json"))
            summary.mentions += len(mentions)
            signatures[article.id] = signature(text, _facts(article))
            published[article.id] = article.published
        staged.commit()
        mentions_out.commit()
    except BaseException:
        staged.abort()
        mentions_out.abort()
        raise
    duplicates = find_duplicates(signatures)
    with AtomicWriter(out_dir / "articles.jsonl") as out:
        with open(out_dir / ".articles.staged.jsonl", encoding="utf-8") as staged_in:
            for line in staged_in:
                record = json.loads(line)
                record["duplicate_of"] = duplicates.get(record["id"])
                out.write(to_json(record) + "\n")
    (out_dir / ".articles.staged.jsonl").unlink()
    measures = reconcile(all_mentions, duplicates, published)
    summary.measures = write_jsonl(out_dir / "measures.jsonl", measures)
    summary.errors = write_jsonl(out_dir / "errors.jsonl", errors)
    summary.warnings += summary.errors
    summary.seconds = time.perf_counter() - start
    return summary


FACT_LABELS = {"PRODUCT", "DATE", "JURISDICTION", "AGENCY", "FIGURE", "DURATION"}


def _facts(article: Article) -> list[str]:
    return [e.norm for e in article.entities if e.label in FACT_LABELS and e.norm]
