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
from .ingest import Document, Ingestor, InputError, NewsFolder
from .models import Article, Entity, ErrorRecord
from .nlp import build_nlp
from .nlp.dates import to_date
from .dedupe import find_duplicates, signature
from .reconcile import reconcile
from .report import write_reports
from .rules import RuleSet
from .settings import Settings

OUTPUT_FILES = ("articles.jsonl", "mentions.jsonl", "measures.jsonl", "errors.jsonl")


@dataclass
class RunSummary:
    """What a run did. Every input is accounted for:
    files == files_used + files_duplicate + files_rejected,
    jsonl_lines == jsonl_articles + jsonl_duplicates + jsonl_rejected,
    errors == files_rejected + jsonl_rejected == lines of errors.jsonl."""

    files: int = 0
    articles: int = 0
    mentions: int = 0
    measures: int = 0
    warnings: int = 0
    errors: int = 0
    seconds: float = 0.0
    stage_seconds: dict = field(default_factory=dict)
    files_used: int = 0  # read: one article each, or a JSONL file whose lines are counted below
    files_duplicate: int = 0  # exact copies (same sha256) of an article already read
    files_rejected: int = 0
    jsonl_lines: int = 0  # non-blank lines of the JSONL files read
    jsonl_articles: int = 0
    jsonl_duplicates: int = 0
    jsonl_rejected: int = 0
    rejected: list = field(default_factory=list)  # the ErrorRecords written to errors.jsonl

    @property
    def duplicates(self) -> int:
        return self.files_duplicate + self.jsonl_duplicates

    def line(self) -> str:
        inputs = (f"{self.files} files ({self.files_used} used, {self.files_duplicate} exact duplicates, "
                  f"{self.files_rejected} rejected)")
        if self.jsonl_lines:
            inputs += (f", {self.jsonl_lines} JSONL lines ({self.jsonl_articles} articles, "
                       f"{self.jsonl_duplicates} exact duplicates, {self.jsonl_rejected} rejected)")
        return (f"{inputs}: {self.articles} articles, {self.mentions} mentions, "
                f"{self.measures} measures, {self.warnings} warnings, {self.errors} rejected "
                f"in {self.seconds:.1f} s")

    def warning_lines(self, limit: int = 20) -> list[str]:
        """One line per rejected input (at most `limit`), for stderr under the summary line."""
        lines = [f"warning: {e.path}{'' if e.line is None else f':{e.line}'}: {e.error}: {e.detail}"
                 for e in self.rejected[:limit]]
        if len(self.rejected) > limit:
            lines.append(f"warning: ... and {len(self.rejected) - limit} more rejected inputs in errors.jsonl")
        return lines


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
        return Article(id=d.id, path=d.path, line=d.line, title=d.title, outlet=d.outlet, url=d.url,
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
    folder = NewsFolder(news_dir, pipeline.ingestor, exclude=[out_dir],
                        progress=lambda files: _progress(files, settings.progress))

    def documents():
        for item in folder:
            if isinstance(item, InputError):
                errors.append(ErrorRecord(path=item.path, line=item.line, error=item.error, detail=item.detail))
            else:
                yield item

    staged_path = out_dir / ".articles.staged.jsonl"
    writers: list[AtomicWriter] = []
    all_mentions: list[dict] = []
    signatures = {}
    published: dict[str, Optional[str]] = {}
    try:
        staged = AtomicWriter(staged_path)
        writers.append(staged)
        mentions_out = AtomicWriter(out_dir / "mentions.jsonl")
        writers.append(mentions_out)
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
        duplicates = find_duplicates(signatures)
        with AtomicWriter(out_dir / "articles.jsonl") as out:
            with open(staged_path, encoding="utf-8") as staged_in:
                for line in staged_in:
                    record = json.loads(line)
                    record["duplicate_of"] = duplicates.get(record["id"])
                    record["duplicate_paths"] = folder.duplicates.get(record["id"], [])
                    out.write(to_json(record) + "\n")
    except BaseException:  # Ctrl-C included: no temporary file is left behind
        for writer in writers:
            writer.abort()
        raise
    finally:
        staged_path.unlink(missing_ok=True)
    tally = folder.tally
    summary.files, summary.files_used = tally.files, tally.files_used
    summary.files_duplicate, summary.files_rejected = tally.files_duplicate, tally.files_rejected
    summary.jsonl_lines, summary.jsonl_articles = tally.jsonl_lines, tally.jsonl_articles
    summary.jsonl_duplicates, summary.jsonl_rejected = tally.jsonl_duplicates, tally.jsonl_rejected
    summary.rejected = errors
    measures = reconcile(all_mentions, duplicates, published)
    summary.measures = write_jsonl(out_dir / "measures.jsonl", measures)
    summary.errors = write_jsonl(out_dir / "errors.jsonl", errors)
    summary.warnings += summary.errors
    if settings.reports:
        write_reports(out_dir)  # built from the files just written, as `diff` reads them
    summary.seconds = time.perf_counter() - start
    return summary


FACT_LABELS = {"PRODUCT", "DATE", "JURISDICTION", "AGENCY", "FIGURE", "DURATION"}


def _facts(article: Article) -> list[str]:
    return [e.norm for e in article.entities if e.label in FACT_LABELS and e.norm]
