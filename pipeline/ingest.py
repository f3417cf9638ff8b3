"""Read a news folder into clean article texts, accounting for every input.

Each input file yields either `Document`s (one per article) or `InputError`s with the
reason; nothing is dropped silently. Cleaning removes whole lines that are not the
article (photo credits and captions, comment forms, reprint notices, repeated
headlines, datelines), so entity offsets refer to the cleaned text we write out.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

from .nlp.dates import DateNormalizer
from .rules import BoilerplateRule, RuleSet

TEXT_SUFFIXES = {".txt"}
HEADER_LINES = 8  # datelines and titles are looked for this near the top


@dataclass
class Document:
    """One article ready for the NLP stage."""

    id: str
    path: str
    text: str
    sha256: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    published_from: str = "none"
    warnings: list[str] = field(default_factory=list)


@dataclass
class InputError:
    """An input (file, or line of a JSONL file) that could not be used, and why."""

    path: str
    error: str
    detail: str = ""
    line: Optional[int] = None


@dataclass
class Cleaned:
    text: str
    title: Optional[str]
    dateline: Optional[str]
    removed: list[str]


def discover(news_dir: Path) -> list[Path]:
    """Every supported file below `news_dir`, in a stable order."""
    return sorted(p for p in news_dir.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)


def decode(raw: bytes) -> tuple[str, list[str]]:
    """UTF-8 text with BOM, CRLF and stray bytes dealt with; warnings say what was fixed."""
    warnings = []
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad:
        warnings.append(f"{bad} undecodable byte(s) replaced")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text, warnings


_WORDS = re.compile(r"\w+")


def _norm_line(line: str) -> str:
    return " ".join(_WORDS.findall(line.lower()))


def _is_headline(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 25 and not line.rstrip().endswith((".", ":", ";", ","))


def clean_text(text: str, rules: list[BoilerplateRule]) -> Cleaned:
    compiled = [(r, re.compile(r.regex, re.I)) for r in rules]
    kept: list[str] = []
    removed: list[str] = []
    seen: set[str] = set()
    dateline = None
    nonempty_seen = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        nonempty_seen += 1
        action = None
        for rule, rx in compiled:
            m = rx.search(stripped)
            if not m:
                continue
            if rule.action == "dateline":
                if nonempty_seen > HEADER_LINES:
                    continue
                dateline = dateline or m.group("date")
            action = rule
            break
        if action is not None:
            removed.append(f"{action.id}: {stripped[:80]}")
            if action.action == "drop_rest":
                break
            if action.action == "drop_line_and_caption":
                while kept and kept[-1] == "":
                    kept.pop()
                if kept and len(kept[-1].split()) <= 45 and len([k for k in kept if k]) > 0:
                    removed.append(f"caption: {kept.pop()[:80]}")
            continue
        key = _norm_line(stripped)
        if key in seen and len(key.split()) >= 4:
            removed.append(f"repeated-line: {stripped[:80]}")
            continue
        seen.add(key)
        kept.append(stripped)
    while kept and kept[-1] == "":
        kept.pop()
    title = None
    for line in [k for k in kept if k][:3]:
        if _is_headline(line):
            title = line
            break
        if len(line.split()) > 25:
            break
    return Cleaned("\n".join(kept), title, dateline, removed)


class Ingestor:
    """Turns files into Documents; owns the boilerplate rules and the dateline parser."""

    def __init__(self, rules: RuleSet, dates: Optional[DateNormalizer] = None, max_bytes: int = 20_000_000):
        self.rules = rules
        self.dates = dates or DateNormalizer()
        self.max_bytes = max_bytes

    def read(self, path: Path, news_dir: Path) -> Iterator[Union[Document, InputError]]:
        rel = path.relative_to(news_dir).as_posix()
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                yield InputError(rel, "too_large", f"{size} bytes > limit of {self.max_bytes}")
                return
            raw = path.read_bytes()
        except OSError as exc:
            yield InputError(rel, "unreadable", f"{type(exc).__name__}: {exc}")
            return
        yield from self.from_bytes(raw, rel, Path(rel).stem)

    def from_bytes(self, raw: bytes, rel: str, article_id: str) -> Iterator[Union[Document, InputError]]:
        if not raw.strip():
            yield InputError(rel, "empty", "the file has no text")
            return
        if b"\x00" in raw[:4096]:
            yield InputError(rel, "binary", "NUL bytes: not a text file")
            return
        text, warnings = decode(raw)
        yield self.document(text, rel, article_id, hashlib.sha256(raw).hexdigest(), warnings)

    def document(self, text: str, rel: str, article_id: str, sha256: str, warnings: list[str],
                 **meta) -> Document:
        cleaned = clean_text(text, self.rules.boilerplate)
        doc = Document(id=article_id, path=rel, text=cleaned.text, sha256=sha256,
                       title=meta.get("title") or cleaned.title, outlet=meta.get("outlet"),
                       url=meta.get("url"), warnings=list(warnings))
        if meta.get("published"):
            nd = self.dates.normalize(str(meta["published"]))
            doc.published, doc.published_from = nd.value, "metadata"
        elif cleaned.dateline:
            nd = self.dates.normalize(cleaned.dateline)
            if nd.value:
                doc.published, doc.published_from = nd.value, "dateline"
        if not doc.published:
            doc.warnings.append("no publication date: relative dates left unresolved")
        if not cleaned.text.strip():
            doc.warnings.append("no article text left after cleaning")
        return doc
