"""The per-input stage as a pure function: bytes in, serializable records out.

An *input* is one article file or one line of a JSONL file. `process_inputs` reads it
(ingest), runs spaCy and `extract_mentions`, and returns a plain dict: the article record
and its mentions as the JSON lines they are written as, the publication date, and the
near-duplicate signature; or the reason the input was rejected. The result depends only
on the input's bytes, its path, its sidecar metadata and the code and rules (see
`fingerprint`), so the same function runs in the main process, in a worker process or
on a Dask worker, and its results can be cached between runs.

What stays with the caller, in input order: exact duplicates, unique article ids, counts.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import platform
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Optional

from .dedupe import signature
from .export import to_json
from .ingest import Document, Ingestor, InputError, article_stem
from .models import Article

# The error code of an input the pipeline itself failed on (a bug, not bad input); the
# codes of bad inputs are `ingest.ERRORS`.
INTERNAL_ERROR = "internal_error"
INTERNAL_ERROR_HELP = ("trade-measures failed on this input (a bug: the detail names the exception or the "
                       "worker that died; please report it with the file)")
# An input the pipeline did not finish within the time limit (`Settings.time_limit`):
# a pathological text must cost one input, not the run.
TIMEOUT = "timeout"
# Results that are not cached: a crash or a stall may not recur (another machine, a fix).
NOT_CACHED = {INTERNAL_ERROR, TIMEOUT}
FACT_LABELS = {"PRODUCT", "DATE", "JURISDICTION", "AGENCY", "FIGURE", "DURATION"}
# What the results depend on besides the code and the rules.
DEPENDENCIES = ("spacy", "dateparser", "trafilatura", "htmldate", "lxml", "datasketch", "numpy", "pydantic")


@dataclass
class Input:
    """One article file (decompressed bytes) or one JSONL line, with what its result depends on."""

    rel: str  # path below NEWS_DIR, with forward slashes
    raw: bytes
    sha256: str  # of `raw`
    line: Optional[int] = None  # 1-based line of a JSONL file
    meta: dict = field(default_factory=dict)  # from the sidecar
    warnings: list[str] = field(default_factory=list)  # from reading the sidecar

    def key(self) -> str:
        """The cache key: everything the result depends on that is not in the fingerprint."""
        ident = json.dumps([self.rel, self.line, self.sha256, self.meta, self.warnings], ensure_ascii=False)
        return hashlib.sha256(ident.encode("utf-8")).hexdigest()


@dataclass
class Timings:
    """Seconds spent in each per-input stage (summed over inputs, and over workers)."""

    ingest: float = 0.0
    nlp: float = 0.0
    extract: float = 0.0

    def add(self, other: "Timings") -> None:
        self.ingest += other.ingest
        self.nlp += other.nlp
        self.extract += other.extract


def error_result(rel: str, line: Optional[int], error: str, detail: str) -> dict:
    return {"error": {"path": rel, "line": line, "error": error, "detail": detail}}


def internal_error(inp: Input, what: str) -> dict:
    return error_result(inp.rel, inp.line, INTERNAL_ERROR, what)


def _crash(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:500]


def ingest_input(ingestor: Ingestor, inp: Input):
    """The Document or InputError of one input (never raises on bad input)."""
    if inp.line is not None:
        return ingestor.from_jsonl_line(inp.raw, inp.rel, article_stem(inp.rel), inp.line)
    [item] = ingestor.from_bytes(inp.raw, inp.rel, article_stem(inp.rel), meta=inp.meta, warnings=inp.warnings)
    return item


class InputTimeout(BaseException):
    """Raised by the alarm in an input that outlived the time limit. A BaseException, so
    that no `except Exception` on the way (a normalizer's fallback) swallows it."""


class TimeLimit:
    """A per-input time limit by SIGALRM. Signals only reach the main thread of a Unix
    process (a worker process, or the run's own), so elsewhere (a Dask worker thread,
    Windows) inputs run without a limit. The alarm interrupts Python code and regular
    expressions; a C routine that never returns to Python is only stopped when it does."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.usable = (seconds > 0 and hasattr(signal, "setitimer")
                       and threading.current_thread() is threading.main_thread())
        self.armed = False

    @contextmanager
    def installed(self):
        """Our SIGALRM handler while this chunk runs; the previous one afterwards."""
        if not self.usable:
            yield self
            return
        previous = signal.signal(signal.SIGALRM, self._alarm)
        try:
            yield self
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    def _alarm(self, signum, frame) -> None:
        if self.armed:
            raise InputTimeout()

    def call(self, fn, *args):
        """fn(*args), or InputTimeout once the limit has passed. Callers catch InputTimeout
        around this call: an alarm that lands while disarming is raised from here too."""
        if not self.usable:
            return fn(*args)
        self.armed = True
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            return fn(*args)
        finally:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)

    def error(self, inp: Input, stage: str) -> dict:
        return error_result(inp.rel, inp.line, TIMEOUT, f"gave up after {self.seconds:g} s while {stage} "
                                                        f"(--time-limit); the other inputs went on")


def process_inputs(pipeline, inputs: list[Input], timings: Optional[Timings] = None) -> list[dict]:
    """One result dict per input, in order (see the module docstring). A failure of the
    pipeline on one input becomes an `internal_error` result for that input alone, and an
    input that outlives the time limit a `timeout` result."""
    with TimeLimit(pipeline.settings.time_limit).installed() as limit:
        return _process_inputs(pipeline, inputs, timings if timings is not None else Timings(), limit)


def _process_inputs(pipeline, inputs: list[Input], timings: Timings, limit: TimeLimit) -> list[dict]:
    results: list[Optional[dict]] = [None] * len(inputs)
    docs: list[tuple[int, Document]] = []
    start = time.perf_counter()
    for i, inp in enumerate(inputs):
        try:
            item = limit.call(ingest_input, pipeline.ingestor, inp)
        except InputTimeout:
            results[i] = limit.error(inp, "reading")
            continue
        except Exception as exc:  # a bug in ingest: this input is reported, the others go on
            results[i] = internal_error(inp, f"while reading: {_crash(exc)}")
            continue
        if isinstance(item, InputError):
            results[i] = error_result(item.path, item.line, item.error, item.detail)
        else:
            docs.append((i, item))
    timings.ingest += time.perf_counter() - start

    def next_result(stream):
        article, mentions, text = next(stream)
        return article_result(article, mentions, text, timings)

    done: set[int] = set()
    stream = pipeline.process([d for _, d in docs], timings)
    try:
        for i, _ in docs:  # the limit holds for each input's share of the stream
            results[i] = limit.call(next_result, stream)
            done.add(i)
    except (Exception, InputTimeout):  # a component failed or stalled on some document: one by one
        for i, doc in docs:
            if i in done:
                continue
            try:
                results[i] = limit.call(next_result, pipeline.process([doc], timings))
            except InputTimeout:
                results[i] = limit.error(inputs[i], "extracting")
            except Exception as exc:
                results[i] = internal_error(inputs[i], f"while extracting: {_crash(exc)}")
    return results  # type: ignore[return-value]


def article_result(article: Article, mentions: list, text: str, timings: Optional[Timings] = None) -> dict:
    """The records as the lines they are written as, and the near-duplicate signature
    (time counted as extraction)."""
    start = time.perf_counter()
    facts = [e.norm for e in article.entities if e.label in FACT_LABELS and e.norm]
    result = {"id": article.id, "published": article.published, "warnings": len(article.warnings),
              "article": to_json(article), "mentions": [to_json(m) for m in mentions],
              "signature": signature(text, facts).to_text()}
    if timings is not None:
        timings.extract += time.perf_counter() - start
    return result


# --------------------------------------------------------------------------- fingerprint

def fingerprint(patterns_dir: Path, model: Optional[str]) -> str:
    """A hash of everything a result depends on besides its input: this package's code,
    every file of the rules folder, the spaCy pipeline it starts from, and the versions
    of the libraries that parse, tokenize, normalize and sketch."""
    h = hashlib.sha256()
    package = Path(__file__).resolve().parent
    h.update(f"python {platform.python_version_tuple()[:2]} model {model}\n".encode())
    for name in DEPENDENCIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{name} {version}\n".encode())
    for label, folder in (("code", package), ("rules", Path(patterns_dir))):
        files = sorted(folder.rglob("*.py")) if label == "code" else sorted(p for p in folder.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" in path.parts:
                continue
            h.update(f"{label} {path.relative_to(folder).as_posix()} {path.stat().st_size}\n".encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:32]


def pipeline_fingerprint(pipeline) -> str:
    return fingerprint(pipeline.rules.directory, pipeline.settings.model)


# --------------------------------------------------------------------------- in a worker

class WorkerSetupError(RuntimeError):
    """A worker could not build the pipeline (rules missing or broken on that machine)."""


@dataclass
class ChunkResult:
    fingerprint: str
    results: list[dict]
    timings: Timings
    worker: str  # host:pid, for messages


class _Worker:
    """The pipeline of this process (or Dask worker thread), built once per settings."""

    def __init__(self, pipeline, fingerprint: Optional[str] = None):
        self.pipeline = pipeline
        self.fingerprint = fingerprint or pipeline_fingerprint(pipeline)
        self.lock = threading.Lock()  # one chunk at a time: a spaCy pipeline is not shared between threads

    def run(self, inputs: list[Input]) -> ChunkResult:
        with self.lock:
            timings = Timings()
            results = process_inputs(self.pipeline, inputs, timings)
        return ChunkResult(self.fingerprint, results, timings, f"{platform.node()}:{os.getpid()}")


_WORKERS: dict[str, _Worker] = {}
_WORKERS_LOCK = threading.Lock()
_PROCESS_WORKER: Optional[_Worker] = None


def _worker_for(settings_json: str) -> _Worker:
    with _WORKERS_LOCK:
        worker = _WORKERS.get(settings_json)
        if worker is None:
            from .runner import Pipeline
            from .settings import Settings

            try:
                worker = _Worker(Pipeline(Settings.model_validate_json(settings_json)))
            except Exception as exc:
                raise WorkerSetupError(f"worker {platform.node()}:{os.getpid()} could not build the pipeline: "
                                       f"{_crash(exc)}") from None
            _WORKERS[settings_json] = worker
    return worker


def init_process(pipeline, fingerprint: Optional[str], settings_json: str) -> None:
    """ProcessPoolExecutor initializer. With the `fork` start method the parent's pipeline
    (and its fingerprint) arrive as they are: no pickling, nothing rebuilt. Otherwise the
    pipeline is built here from the settings."""
    global _PROCESS_WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    if pipeline is not None:
        # the parent's whole heap came with the fork: kept out of this worker's collections, a
        # full collection neither walks it (a pause charged to some input) nor copies its pages
        gc.freeze()
    _PROCESS_WORKER = _Worker(pipeline, fingerprint) if pipeline is not None else _worker_for(settings_json)


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (SIGKILL: no cleanup) exits instead of lingering."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def ready() -> bool:
    """A task that does nothing: submitted once to start every worker process at once."""
    return _PROCESS_WORKER is not None


def run_in_process_worker(inputs: list[Input]) -> ChunkResult:
    """The task a process-pool worker runs on one chunk of inputs."""
    assert _PROCESS_WORKER is not None, "init_process was not run"
    return _PROCESS_WORKER.run(inputs)


def run_in_dask_worker(settings_json: str, inputs: list[Input]) -> ChunkResult:
    """The task a Dask worker runs on one chunk of inputs: the pipeline is built on first use
    and kept by the worker process for the next chunks."""
    return _worker_for(settings_json).run(inputs)
