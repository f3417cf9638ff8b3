"""A batch run: ingest -> nlp -> extract -> reconcile -> export, every input accounted for.

The per-input stage (`work.process_inputs`: one file or JSONL line to an article record,
its mentions and a near-duplicate signature) runs on an engine (`engines`): in this
process, in worker processes, or on a Dask cluster; its results are cached in OUT/.cache/
(`cache`) so a re-run only processes new and changed inputs. This module does what must
happen once and in input order, so that every engine writes the same bytes: it reads the
files, recognises exact duplicates, keeps article ids unique, counts every input, and
writes articles and mentions to disk as results arrive (memory stays flat however large
the folder); then it finds near-duplicates, reconciles the mentions read back from disk,
exports and writes the reports, with independent steps side by side in forked children
when the run has several workers (`forks`).
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import sys
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Iterator, Optional

from . import ingest, work
from .cache import CACHE_DIR, ResultCache
from .dedupe import Signature, find_duplicates
from .engines import EngineError, make_engine
from .export import AtomicWriter, to_json, write_jsonl
from .extract import extract_mentions
from .forks import concurrently
from .ingest import ERRORS, Document, Ingestor, InputError, Rejected, Tally, input_format, is_sidecar, jsonl_lines
from .models import Article, Entity, ErrorRecord
from .nlp import build_nlp
from .nlp.factories import make_doc
from .nlp.dates import to_date
from .reconcile import blocks_of, in_order, reconcile_blocks
from .report import load_run, write_reports
from .rules import RuleSet
from .settings import Settings

OUTPUT_FILES = ("articles.jsonl", "mentions.jsonl", "measures.jsonl", "errors.jsonl")
FACT_LABELS = work.FACT_LABELS
CHUNK_INPUTS = 16  # inputs sent to a worker at a time: a fraction of a second of work
CHUNK_BYTES = 4 << 20  # ... or fewer, when they are large
CHUNK_ENTRIES = 512  # cached results, duplicates and rejected files held back at most, in order

__all__ = ["CACHE_DIR", "EngineError", "OUTPUT_FILES", "Pipeline", "RunSummary", "run"]


@dataclass
class RunSummary:
    """What a run did. Every input is accounted for:
    files == files_used + files_duplicate + files_rejected,
    jsonl_lines == jsonl_articles + jsonl_duplicates + jsonl_rejected,
    errors == files_rejected + jsonl_rejected == lines of errors.jsonl.

    `cached` inputs (article files and JSONL lines) were read from OUT/.cache/; `processed`
    inputs went through the pipeline in this run. `stage_seconds`: `ingest`, `nlp` and
    `extract` are summed over inputs (and so over workers, when there are several: then
    they add up to more than the wall time); `articles` is the wall time of that whole
    per-input phase; `dedupe`, `reconcile`, `export` (the JSONL files) and `reports` are
    the seconds each step took (with several workers, near-duplicates and articles.jsonl
    are found and written while the mentions are read back). `peak_rss_mb`: of this
    process after the per-input phase (`articles`), after reconciliation (`reconcile`) and
    at the end (`run`: the reports hold every output), and of the largest worker process
    (`workers`, when any)."""

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
    cached: int = 0
    processed: int = 0
    engine: str = "local"
    workers: int = 1  # processes (or Dask worker threads) that ran the per-input stage
    peak_rss_mb: dict = field(default_factory=dict)
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
        line = (f"{inputs}: {self.articles} articles, {self.mentions} mentions, "
                f"{self.measures} measures, {self.warnings} warnings, {self.errors} rejected "
                f"in {self.seconds:.1f} s")
        if self.cached:
            line += f" ({self.cached} inputs from the cache, {self.processed} processed)"
        return line

    def warning_lines(self, limit: int = 20) -> list[str]:
        """One line per rejected input (at most `limit`), for stderr under the summary line."""
        lines = [f"warning: {e.path}{'' if e.line is None else f':{e.line}'}: {e.error}: {e.detail}"
                 for e in self.rejected[:limit]]
        if len(self.rejected) > limit:
            lines.append(f"warning: ... and {len(self.rejected) - limit} more rejected inputs in errors.jsonl")
        return lines


# a made-up article for Pipeline._warm_up: a dateline, a relative date, a measure and its action
WARM_UP = ("Kenya raises duty on steel\n\n2 March 2025\n\nKenya raised its import duty on steel to 12% "
           "last week, the trade ministry said on Monday. The duty applies until the end of the year.\n")


class Pipeline:
    """The loaded rules and spaCy pipeline; build once, run on many folders."""

    def __init__(self, settings: Optional[Settings] = None):
        self.settings = settings or Settings()
        self.rules = RuleSet.load(self.settings.patterns)
        self.nlp = build_nlp(self.rules, self.settings.model)
        self.dates = self.nlp.get_pipe("trade_normalizer").dates
        self.ingestor = Ingestor(self.rules, self.dates, self.settings.max_bytes)
        self._warm_up()

    def _warm_up(self) -> None:
        """One small article through every stage: what Python and dateparser build on first use
        (compiled regular expressions, dateparser's relative-date tables: about 0.3 s) is paid
        here, once per process, not inside the first input's time limit and timings."""
        for doc in self.ingestor.from_bytes(WARM_UP.encode(), "warm-up.txt", "warm-up"):
            for _ in self.process([doc]):
                pass

    def process(self, documents, timings: Optional[work.Timings] = None) -> Iterator[tuple[Article, list, str]]:
        """Stream Documents through spaCy and extraction: (article, mentions, cleaned text).
        `timings`, when given, collects the seconds spent in spaCy and in extraction."""
        def make_docs():
            for d in documents:
                doc = make_doc(self.nlp, d.text)
                doc._.published = to_date(d.published)
                doc._.article_id = d.id
                doc._.place = d.place
                # (where the headline stands, below any page furniture the cleaning kept)
                doc._.title_start = d.title_start
                yield doc, d
        docs = self.nlp.pipe(make_docs(), as_tuples=True, batch_size=self.settings.batch_size)
        clock = time.perf_counter
        while True:
            start = clock()
            try:
                doc, d = next(docs)
            except StopIteration:
                return
            parsed = clock()
            mentions = extract_mentions(doc, d.id, self.rules, self.dates)
            article = self.article_record(doc, d)
            if timings is not None:
                timings.nlp += parsed - start
                timings.extract += clock() - parsed
            yield article, mentions, d.text

    @staticmethod
    def article_record(doc, d: Document) -> Article:
        entities = [Entity(label=e.label_, text=e.text, start=e.start_char, end=e.end_char,
                           norm=None if e._.norm is None else str(e._.norm)) for e in doc.ents]
        return Article(id=d.id, path=d.path, line=d.line, title=d.title, outlet=d.outlet, url=d.url,
                       published=d.published, published_from=d.published_from, sha256=d.sha256,
                       words=len(d.text.split()), entities=entities, warnings=d.warnings)


# --------------------------------------------------------------------------- reading, in order

@dataclass
class _Entry:
    """One step of the run in input order: a rejected file, a JSONL file, or an input
    (article file or JSONL line) with its result once known."""

    kind: str  # "rejected" | "jsonl" | "file" | "line"
    rel: str
    line: Optional[int] = None
    sha: Optional[str] = None
    error: Optional[InputError] = None  # kind "rejected"
    input: Optional[work.Input] = None  # to be processed
    key: Optional[str] = None  # its cache key
    result: Optional[dict] = None
    from_cache: bool = False
    deferred: bool = False  # same bytes as an input read earlier and not yet consumed: wait for it


class _Reader:
    """The inputs of a folder in discovery order, as `_Entry`s: reads each file (the size
    cap, gzip, the sidecar), and fills in cached results. An input whose bytes match an
    article already kept is not processed; one whose bytes match an input still in flight
    is deferred until that one is consumed (it is then a duplicate, or, if the first was
    rejected, processed in its own right)."""

    def __init__(self, news_dir: Path, files: list[Path], ingestor: Ingestor, kept: dict[str, str],
                 cache: ResultCache, timings: work.Timings):
        self.news_dir, self.files, self.ingestor = news_dir, files, ingestor
        self.kept, self.cache, self.timings = kept, cache, timings
        self.in_flight: dict[str, int] = {}  # sha256 -> inputs read and not yet consumed

    def consumed(self, entry: _Entry) -> None:
        if entry.sha is not None and entry.sha in self.in_flight:
            self.in_flight[entry.sha] -= 1
            if not self.in_flight[entry.sha]:
                del self.in_flight[entry.sha]

    def __iter__(self) -> Iterator[_Entry]:
        for path in self.files:
            start = time.perf_counter()
            entries = self._file(path)
            self.timings.ingest += time.perf_counter() - start
            yield from entries

    def _file(self, path: Path) -> list[_Entry]:
        rel = path.relative_to(self.news_dir).as_posix()
        fmt = input_format(path)
        if fmt is None:
            error = "orphan_sidecar" if is_sidecar(path) else "unsupported_format"
            return [_Entry("rejected", rel, error=InputError(rel, error, ERRORS[error]))]
        try:
            raw = self.ingestor.load(path)
            if fmt == "jsonl":
                self.ingestor.check_text_file(raw)
        except Rejected as exc:
            return [_Entry("rejected", rel, error=exc.at(rel))]
        if fmt == "jsonl":
            entries = [_Entry("jsonl", rel)]
            for line_no, line in jsonl_lines(raw):
                entry = _Entry("line", rel, line_no, hashlib.sha256(line).hexdigest())
                if entry.sha not in self.kept:
                    self._prepare(entry, work.Input(rel, line, entry.sha, line_no))
                entries.append(entry)
            return entries
        entry = _Entry("file", rel, sha=hashlib.sha256(raw).hexdigest())
        if entry.sha not in self.kept:
            try:
                meta, warnings = self.ingestor.sidecar(path)
            except Rejected as exc:
                entry.result = work.error_result(rel, None, exc.error, exc.detail)
            else:
                self._prepare(entry, work.Input(rel, raw, entry.sha, None, meta, warnings))
        return [entry]

    def _prepare(self, entry: _Entry, inp: work.Input) -> None:
        entry.key = inp.key()
        entry.deferred = entry.sha in self.in_flight
        self.in_flight[entry.sha] = self.in_flight.get(entry.sha, 0) + 1
        hit = self.cache.get(entry.key)
        if hit is not None:
            entry.result, entry.from_cache = hit, True
        else:
            entry.input = inp


class _Scheduler:
    """Entries in input order with their results: chunks of inputs go to the engine, at
    most `engine.in_flight` of them ahead of the one being consumed."""

    def __init__(self, engine, fingerprint: str, cache: ResultCache, timings: work.Timings, summary: RunSummary):
        self.engine, self.fingerprint, self.cache, self.timings = engine, fingerprint, cache, timings
        self.summary = summary
        self.deaths = 0  # consecutive inputs that killed a worker

    def __call__(self, entries) -> Iterator[_Entry]:
        window: deque = deque()
        batch: list[_Entry] = []
        todo: list[_Entry] = []
        size = 0
        for entry in entries:
            batch.append(entry)
            if entry.input is not None and not entry.deferred:
                todo.append(entry)
                size += len(entry.input.raw)
            if len(todo) >= CHUNK_INPUTS or size >= CHUNK_BYTES or len(batch) >= CHUNK_ENTRIES:
                window.append((batch, todo, self._submit(todo)))
                batch, todo, size = [], [], 0
                while len(window) > self.engine.in_flight:
                    yield from self._complete(*window.popleft())
        if batch:
            window.append((batch, todo, self._submit(todo)))
        while window:
            yield from self._complete(*window.popleft())

    def _submit(self, todo: list[_Entry]):
        return self.engine.submit([e.input for e in todo]) if todo else None

    def resolve(self, entry: _Entry) -> None:
        """The result of a deferred input, now that it is needed."""
        if entry.result is None:
            self._complete([entry], [entry], self._submit([entry]))

    def _complete(self, batch: list[_Entry], todo: list[_Entry], handle) -> list[_Entry]:
        if handle is not None:
            try:
                results = self._results(handle.result())
                self.deaths = 0
            except self.engine.worker_failures as exc:
                results = self._one_by_one(todo, handle, exc)
            for entry, result in zip(todo, results):
                entry.result = result
                if result.get("error", {}).get("error") not in work.NOT_CACHED:
                    self.cache.put(entry.key, result)
                entry.input = None  # the bytes are no longer needed
            self.summary.processed += len(todo)
        return batch

    def _results(self, chunk: work.ChunkResult) -> list[dict]:
        if chunk.fingerprint != self.fingerprint:
            raise EngineError(f"worker {chunk.worker} runs other code, rules or library versions than this "
                              f"process (fingerprint {chunk.fingerprint} != {self.fingerprint}): install the same "
                              f"trade-measures version and rule files on every worker")
        self.timings.add(chunk.timings)
        return chunk.results

    def _one_by_one(self, todo: list[_Entry], failed, exc: BaseException) -> list[dict]:
        """A worker died on this chunk: each input again, alone, on a fresh worker; the one
        that kills it again is reported as an internal error, the rest go on."""
        self.engine.restart(failed)
        results = []
        for entry in todo:
            handle = self.engine.submit([entry.input])
            try:
                [result] = self._results(handle.result())
                self.deaths = 0
            except self.engine.worker_failures as again:
                self.deaths += 1
                if self.deaths >= 3:
                    raise EngineError(f"worker processes keep dying ({type(again).__name__}: {again}); "
                                      f"last input: {entry.rel}") from None
                self.engine.restart(handle)
                where = entry.rel if entry.line is None else f"{entry.rel}:{entry.line}"
                result = work.internal_error(entry.input, f"the worker process died while processing {where} "
                                                          f"({type(exc).__name__})")
            results.append(result)
        return results


# --------------------------------------------------------------------------- the run

class _Books:
    """What the run keeps in input order: counts, kept articles, ids, exact duplicates."""

    def __init__(self, files: int):
        self.tally = Tally(files=files)
        self.kept: dict[str, str] = {}  # sha256 -> id of the article kept
        self.ids: set[str] = set()
        self.duplicates: dict[str, list[str]] = {}  # kept id -> paths of its exact copies
        self.errors: list[ErrorRecord] = []

    def keep(self, result: dict, sha: str) -> dict:
        """Make the article's id unique (`-2`, `-3`... and a warning, as `NewsFolder` does)."""
        aid = result["id"]
        if aid in self.ids:
            n = 2
            while f"{aid}-{n}" in self.ids:
                n += 1
            result = _renamed(result, f"{aid}-{n}", f"id {aid!r} is already used by another article: "
                                                    f"renamed {f'{aid}-{n}'!r}")
            self.tally.renamed_ids += 1
        self.ids.add(result["id"])
        self.kept[sha] = result["id"]
        self.duplicates[result["id"]] = []
        self.tally.articles += 1
        return result


def _renamed(result: dict, new_id: str, warning: str) -> dict:
    old = result["id"]
    article = json.loads(result["article"])
    article["id"] = new_id
    article["warnings"].append(warning)
    mentions = []
    for line in result["mentions"]:
        m = json.loads(line)
        m["id"], m["article"] = new_id + m["id"][len(old):], new_id
        mentions.append(to_json(m))
    return {**result, "id": new_id, "warnings": result["warnings"] + 1, "article": to_json(article),
            "mentions": mentions}


def run(news_dir: Path, out_dir: Path, settings: Optional[Settings] = None,
        pipeline: Optional[Pipeline] = None) -> RunSummary:
    """Process NEWS_DIR into OUT. `settings` are the run's options; a prebuilt `pipeline`
    brings its own rules, model and input limits (and its settings are used when
    `settings` is not given)."""
    start = time.perf_counter()
    news_dir, out_dir = Path(news_dir), Path(out_dir)
    pipeline = pipeline or Pipeline(settings)
    settings = settings or pipeline.settings
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = RunSummary(engine=settings.engine)
    stages = summary.stage_seconds
    timings = work.Timings()
    files = ingest.discover(news_dir, exclude=[out_dir])
    books = _Books(len(files))
    fingerprint = work.pipeline_fingerprint(pipeline)
    staged_path = out_dir / ".articles.staged.jsonl"
    signatures_path = out_dir / ".signatures.staged.jsonl"
    writers: list[AtomicWriter] = []
    published: dict[str, Optional[str]] = {}
    cache = engine = bar = None
    try:
        engine = make_engine(pipeline, fingerprint, settings, len(files))
        cache = ResultCache(out_dir, fingerprint, read=settings.cache)
        summary.workers = engine.workers
        staged, signatures, mentions_out = (AtomicWriter(p) for p in
                                            (staged_path, signatures_path, out_dir / "mentions.jsonl"))
        writers += [staged, signatures, mentions_out]
        bar = _progress_bar(len(files), settings.progress)
        tally = books.tally

        def emit(result: dict, sha: str) -> None:
            result = books.keep(result, sha)
            staged.write(result["article"] + "\n")
            signatures.write(to_json([result["id"], result["signature"]]) + "\n")
            for line in result["mentions"]:
                mentions_out.write(line + "\n")
            summary.articles += 1
            summary.warnings += result["warnings"]
            summary.mentions += len(result["mentions"])
            published[result["id"]] = result["published"]

        reader = _Reader(news_dir, files, pipeline.ingestor, books.kept, cache, timings)
        scheduler = _Scheduler(engine, fingerprint, cache, timings, summary)
        for e in scheduler(reader):
            reader.consumed(e)
            if e.kind != "line" and bar is not None:
                bar.update(1)
            if e.kind == "rejected":
                tally.files_rejected += 1
                books.errors.append(ErrorRecord(path=e.error.path, line=e.error.line, error=e.error.error,
                                                detail=e.error.detail))
                continue
            if e.kind == "jsonl":
                tally.files_used += 1
                continue
            line = e.kind == "line"
            tally.jsonl_lines += line
            if e.sha in books.kept:  # an exact copy of an article kept: listed on it, not processed
                books.duplicates[books.kept[e.sha]].append(f"{e.rel}:{e.line}" if line else e.rel)
                if line:
                    tally.jsonl_duplicates += 1
                else:
                    tally.files_duplicate += 1
                continue
            scheduler.resolve(e)
            summary.cached += e.from_cache
            if "error" in e.result:
                books.errors.append(ErrorRecord(**e.result["error"]))
                if line:
                    tally.jsonl_rejected += 1
                else:
                    tally.files_rejected += 1
                continue
            if line:
                tally.jsonl_articles += 1
            else:
                tally.files_used += 1
            emit(e.result, e.sha)
        for writer in writers:
            writer.commit()
        cache.commit()
        engine.close()
        stages.update(ingest=timings.ingest, nlp=timings.nlp, extract=timings.extract,
                      articles=time.perf_counter() - start)
        main_rss, children_rss = _peak_rss()
        summary.peak_rss_mb["articles"] = main_rss
        if summary.workers > 1 and settings.engine == "local":
            summary.peak_rss_mb["workers"] = children_rss
    except BaseException:  # Ctrl-C included: no temporary file is left behind, the cache is as it was
        for writer in writers:
            writer.abort()
        if cache is not None:
            cache.rollback()
        if engine is not None:
            engine.close(cancel=True)
        staged_path.unlink(missing_ok=True)
        signatures_path.unlink(missing_ok=True)
        raise
    finally:
        if bar is not None:
            bar.close()
    tally = books.tally
    summary.files, summary.files_used = tally.files, tally.files_used
    summary.files_duplicate, summary.files_rejected = tally.files_duplicate, tally.files_rejected
    summary.jsonl_lines, summary.jsonl_articles = tally.jsonl_lines, tally.jsonl_articles
    summary.jsonl_duplicates, summary.jsonl_rejected = tally.jsonl_duplicates, tally.jsonl_rejected
    summary.rejected = books.errors
    with _gc_paused():
        _finish(out_dir, settings, summary, books, published, staged_path, signatures_path,
                pipeline.rules.same_product)
    summary.peak_rss_mb["run"] = _peak_rss()[0]
    summary.seconds = time.perf_counter() - start
    return summary


def _finish(out_dir: Path, settings: Settings, summary: RunSummary, books: _Books,
            published: dict[str, Optional[str]], staged_path: Path, signatures_path: Path,
            same_product: dict[str, str]) -> None:
    """What follows the per-input phase, from the staged files: near-duplicates, articles.jsonl,
    reconciliation, measures.jsonl and errors.jsonl, the reports. When the run has several
    workers, independent steps run at once in forked children (`forks.concurrently`):
    near-duplicates and articles.jsonl while the mentions are read back, blocks of
    reconciliation side by side, the Markdown report beside the HTML one. Every step
    writes the same bytes either way."""
    stages = summary.stage_seconds
    workers = _tail_workers(settings, summary)
    try:
        first = [partial(_dedupe_and_export, out_dir, staged_path, signatures_path, books.duplicates),
                 partial(_read_back, out_dir / "mentions.jsonl", staged_path if settings.reports else None)]
        (duplicates, stages["dedupe"], export_seconds), (mentions, read_seconds, articles, articles_seconds) = \
            concurrently(first, workers)
    finally:
        staged_path.unlink(missing_ok=True)
        signatures_path.unlink(missing_ok=True)
    clock = time.perf_counter()
    measure_lines, measures = _reconcile(mentions, duplicates, published, workers, same_product)
    stages["reconcile"] = read_seconds + time.perf_counter() - clock
    summary.peak_rss_mb["reconcile"] = _peak_rss()[0]
    clock = time.perf_counter()
    with AtomicWriter(out_dir / "measures.jsonl") as out:
        for line in measure_lines:
            out.write(line + "\n")
    del measure_lines
    summary.measures = len(measures)
    summary.errors = write_jsonl(out_dir / "errors.jsonl", books.errors)
    summary.warnings += summary.errors
    stages["export"] = export_seconds + time.perf_counter() - clock
    if settings.reports:
        clock = time.perf_counter() - articles_seconds  # the articles were read back with the mentions
        # the reports read the run as `diff` does (load_run), but take the records this
        # process holds already, as parsed from the lines it wrote, instead of reading them back
        for article in articles:  # as articles.jsonl has them
            article["duplicate_of"] = duplicates.get(article["id"])
            article["duplicate_paths"] = list(books.duplicates.get(article["id"], []))
        run_data = load_run(out_dir, articles=articles, mentions=mentions, measures=measures,
                            errors=[json.loads(to_json(e)) for e in books.errors])
        del articles, mentions, measures
        write_reports(out_dir, run_data, workers=workers)
        stages["reports"] = time.perf_counter() - clock


def _tail_workers(settings: Settings, summary: RunSummary) -> int:
    """Processes for the steps after the per-input phase: they run on this machine."""
    cores = os.cpu_count() or 1
    if settings.engine == "local":
        return min(summary.workers, cores)
    return min(settings.workers or cores, cores)


@contextmanager
def _gc_paused():
    """The end of a run builds millions of dicts and lists that live until it returns; the
    cyclic garbage collector would walk all of them again and again (on 5,000 articles it
    took more time than reconciliation itself). They hold no reference cycles and are
    freed by reference counting when the run returns."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _dedupe_and_export(out_dir: Path, staged_path: Path, signatures_path: Path,
                       copies: dict[str, list[str]]) -> tuple[dict[str, str], float, float]:
    """Near-duplicates, then articles.jsonl (which lists them): the duplicates found and
    the seconds each step took."""
    clock = time.perf_counter()
    with open(signatures_path, encoding="utf-8") as lines:
        duplicates = find_duplicates({aid: Signature.from_text(sig) for aid, sig in map(json.loads, lines)})
    found = time.perf_counter()
    with AtomicWriter(out_dir / "articles.jsonl") as out:
        with open(staged_path, encoding="utf-8") as staged_in:
            for line in staged_in:
                out.write(_with_duplicates(line, duplicates, copies))
    return duplicates, found - clock, time.perf_counter() - found


def _read_back(mentions_path: Path, staged_path: Optional[Path]) -> tuple[list[dict], float, Optional[list[dict]], float]:
    """The mentions, and the staged articles (when `staged_path`: for the reports), read back
    from disk (they are not held during the per-input phase); and the seconds each took."""
    clock = time.perf_counter()
    with open(mentions_path, encoding="utf-8") as lines:
        mentions = [json.loads(line) for line in lines]
    read = time.perf_counter()
    articles = None
    if staged_path is not None:
        with open(staged_path, encoding="utf-8") as lines:
            articles = [json.loads(line) for line in lines]
    return mentions, read - clock, articles, time.perf_counter() - read


def _reconcile(mentions: list[dict], duplicates: dict[str, str], published: dict[str, Optional[str]],
               workers: int, same_product: dict[str, str]) -> tuple[list[str], list[dict]]:
    """The measures as the lines of measures.jsonl and as records (what `json.loads` gives).
    Blocks of mentions are reconciled apart, in `workers` parts of about the same size,
    then put back in block order before the (stable) sort by id: the same measures in the
    same order as one `reconcile.reconcile` call."""
    blocks = blocks_of(mentions)
    parts: list[list[int]] = [[] for _ in range(max(1, min(workers, len(blocks))))]
    loads = [0] * len(parts)
    for i in sorted(range(len(blocks)), key=lambda i: -len(blocks[i])):  # largest first, to the lightest part
        lightest = loads.index(min(loads))
        parts[lightest].append(i)
        loads[lightest] += len(blocks[i])
    # the last part runs in this process: its records are kept as dumped, the others' parsed again
    results = concurrently([partial(_reconcile_part, [blocks[i] for i in part], duplicates, published, same_product,
                                    keep_records=n == len(parts) - 1) for n, part in enumerate(parts)], workers)
    by_block: dict[int, list[tuple[str, dict]]] = {}
    for part, (lines, records) in zip(parts, results):
        records = records if records is not None else [[json.loads(line) for line in ls] for ls in lines]
        for i, block_lines, block_records in zip(part, lines, records):
            by_block[i] = list(zip(block_lines, block_records))
    measures = in_order([m for i in range(len(blocks)) for m in by_block[i]], id_of=lambda m: m[1]["id"])
    return [line for line, _ in measures], [record for _, record in measures]


def _reconcile_part(blocks: list[list[dict]], duplicates: dict[str, str], published: dict[str, Optional[str]],
                    same_product: dict[str, str], keep_records: bool) -> tuple[list[list[str]], Optional[list[list[dict]]]]:
    """Per block, its measures as JSON lines (and as records, when `keep_records`: pickling
    records back from a child costs more than parsing the lines again)."""
    records = [[m.model_dump(mode="json") for m in block] for block in reconcile_blocks(blocks, duplicates, published, same_product)]
    lines = [[to_json(r) for r in block] for block in records]
    return lines, records if keep_records else None


_NO_DUPLICATES = '"duplicate_of": null, "duplicate_paths": []'


def _with_duplicates(line: str, duplicate_of: dict[str, str], copies: dict[str, list[str]]) -> str:
    """A staged article line with `duplicate_of` and `duplicate_paths` filled in."""
    at = line.find(_NO_DUPLICATES)  # both fields are written empty, before any free text can look alike
    if at < 0:  # pragma: no cover - the Article model changed its field order
        record = json.loads(line)
        record["duplicate_of"] = duplicate_of.get(record["id"])
        record["duplicate_paths"] = copies.get(record["id"], [])
        return to_json(record) + "\n"
    aid = json.loads(line[:line.index(', "path": ')] + "}")["id"]
    filled = to_json({"duplicate_of": duplicate_of.get(aid), "duplicate_paths": copies.get(aid, [])})[1:-1]
    return line[:at] + filled + line[at + len(_NO_DUPLICATES):]


def _progress_bar(total: int, enabled: bool):
    if not enabled or total <= 3:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None

    class Bar(tqdm):
        # no monitor thread (it outlives the bar): worker pools fork only a process without threads
        monitor_interval = 0

    return Bar(total=total, desc="articles", unit="file", file=sys.stderr, leave=False, miniters=1)


def _peak_rss() -> tuple[Optional[float], Optional[float]]:
    """Peak resident memory in MB of this process, and of its largest child that has exited."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return None, None
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / (1024 * 1024)  # KB on Linux, bytes on macOS
    return (round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale, 1),
            round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale, 1))

