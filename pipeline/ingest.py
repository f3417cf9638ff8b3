"""Read a news folder into clean article texts, accounting for every input.

Formats, chosen by suffix (each may also be gzip-compressed, `NAME.txt.gz` and so on):

| suffix | holds |
| --- | --- |
| `.txt` | one article, plain text; optional front matter and sidecar |
| `.md`, `.markdown` | one article, Markdown (headings, links, emphasis turned into plain text) |
| `.html`, `.htm` | one scraped page: main text, title, date, site name and URL via trafilatura/htmldate |
| `.json` | one article object `{id, title, text, url, outlet, published}` (only `text` required) |
| `.jsonl` | one such object per line |

Metadata for `.txt`/`.md`/`.html` files comes from a sidecar `NAME.meta.json` next to the
file and, for `.txt`/`.md`, from a front-matter block (`---` / `key: value` lines / `---`)
at the very top, with the same keys as a JSON article. Precedence, key by key: sidecar,
then front matter or the page's own metadata, then a dateline found in the text.
`published_from` says which one gave the date.

Each input file yields either `Document`s (one per article) or `InputError`s with one of
the codes in `ERRORS`; nothing is dropped silently. `NewsFolder` reads a whole folder:
it counts every file and JSONL line (`Tally`), keeps ids unique, and processes exact
duplicates (same sha256) once, listing the other paths on the kept article.

Cleaning removes whole lines that are not the article (photo credits and captions,
comment forms, reprint notices, repeated headlines, datelines), so entity offsets refer
to the cleaned text we write out.
"""
from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import logging
import os
import re
from collections import Counter
import stat
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from .nlp.dates import (BARE_NUMERIC_DATE, DateNormalizer, explicit_year, is_month, present_year, settle_day_month,
                        weekday_index, year_by_weekday)
from .rules import BoilerplateRule, RuleSet

# suffix -> format; a trailing `.gz` is looked through
FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
           ".json": "json", ".jsonl": "jsonl"}
TEXT_SUFFIXES = set(FORMATS)
GZIP_SUFFIX = ".gz"
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_FORMATS = {"text", "markdown", "html"}  # formats whose metadata may come from a sidecar
FRONT_MATTER_FORMATS = {"text", "markdown"}
META_KEYS = ("id", "title", "url", "outlet", "published")
HEADER_LINES = 8  # datelines and titles are looked for this near the top
HEAD_LINES = 4  # a headline is one of the first lines: site name, section path, then the headline
TOP_LINES = 8  # (or comes after the site's menu among these)
HEADLINE_REACH = 600  # characters of page furniture a headline may stand below
COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|\bcopyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b", re.I)


def copyright_year(text: str) -> Optional[int]:
    """The year of a page's copyright line ('© 2026 The Manila Ledger', 'Copyright 2019-2026')."""
    m = COPYRIGHT_YEAR.search(text)
    return int(m.group(1)) if m else None


CONTENTS_ENTRY = re.compile(r"^(?:\d{1,2}[.)]|[-*•])\s+\S")  # a numbered or bulleted line: a contents entry or an item heading
DATE_EDGES = " ,-–—|·•"  # separators a dateline pattern may capture around its date ('05/08/2025 -')
BODY_WORDS = 6  # a line of this many words ending in a full stop is the article's, not a menu's
READ_CHUNK = 1 << 20  # gzip is decompressed this much at a time, never all at once

# Every reason an input can be rejected: the `error` of an errors.jsonl line.
ERRORS = {
    "unsupported_format": "the suffix is not a supported format (.txt .md .markdown .html .htm .json .jsonl, "
                          "each optionally .gz)",
    "orphan_sidecar": "a NAME.meta.json with no NAME.txt, NAME.md or NAME.html next to it",
    "unreadable": "the file vanished or could not be read (the detail names the exception)",
    "too_large": "larger than --max-bytes; for .gz the decompressed size counts, and reading stops at the cap",
    "bad_gzip": "a .gz file that is not gzip data or is truncated",
    "empty": "no text at all (zero bytes or only whitespace)",
    "binary": "not text: NUL or control bytes, or the signature of a PDF, image or archive",
    "undecodable": "too many bytes that are neither UTF-8 nor plausible Windows-1252",
    "bad_json": "a .json file or a JSONL line that is not a JSON object",
    "missing_text": "a JSON article without a non-empty string field `text`",
    "bad_metadata": "a sidecar or front-matter block that cannot be parsed (the article is not guessed without it)",
    "no_text": "an HTML page in which no article text was found",
    "not_english": "the text is not English (the detail gives the measured figures)",
}

# Non-English detection: cheap, no model. A text is judged once it has MIN_LETTERS letters;
# it must have at least MIN_ASCII_SHARE of its letters in ASCII (rejects non-Latin scripts)
# and, once it has MIN_WORDS words, at least MIN_FUNCTION_SHARE of its words among the 100
# commonest English function words below (English news measures 0.31-0.45 on the corpus
# and seeds; French, Spanish, German, Dutch, Italian, Portuguese, Indonesian, Turkish 0-0.05).
MIN_LETTERS = 40
MIN_WORDS = 10
MIN_ASCII_SHARE = 0.75
MIN_FUNCTION_SHARE = 0.15
FUNCTION_WORDS = frozenset("""
the of and to a in is it that for on was with as by at be this are from or have an had not but were which
they has its their been will would there he she his her we our you your i me my them these those than then
also into after before over under about up out more most other some such no only can could may might should
must do does did who what when where why how all any both each if so said while between against during since
until because through being per""".split())
assert len(FUNCTION_WORDS) == 100

# Undecodable: more replaced bytes than this share of the characters (and at least the minimum).
MAX_UNDECODABLE_SHARE = 0.02
MIN_UNDECODABLE = 8
# Binary: more C0 control bytes (other than tab, newlines, form feed) than this share of the head.
MAX_CONTROL_SHARE = 0.10
SNIFF_BYTES = 8192
SIGNATURES = {
    b"%PDF-": "a PDF document", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image", b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx/.epub)",
    b"\x1f\x8b": "gzip data (name the file NAME.SUFFIX.gz)", b"\xd0\xcf\x11\xe0": "an old MS Office document",
    b"Rar!": "a RAR archive", b"7z\xbc\xaf": "a 7-Zip archive", b"\x7fELF": "an executable",
}
# Bytes >= 0x80 that English text in Windows-1252 plausibly holds: typographic punctuation,
# currency and common symbols, accented letters (not 0xFE/0xFF, rare in text, common in binary).
_CP1252_PLAUSIBLE = frozenset([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0xA0, 0xA2, 0xA3,
                               0xA5, 0xA7, 0xA9, 0xAB, 0xAE, 0xB0, 0xB1, 0xB2, 0xB3, 0xB7, 0xBB, 0xBC, 0xBD,
                               0xBE, *range(0xC0, 0xFE)])


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
    line: Optional[int] = None  # 1-based line of a JSONL file; None for a whole file
    place: Optional[str] = None  # the jurisdiction a removed dateline names ('| New Delhi |'): a home hint

    @property
    def title_start(self) -> Optional[int]:
        """Where the headline starts in the text: below the site name and section path a scraped
        page keeps, it is still the headline. None when the title is not near the top."""
        if not self.title:
            return None
        k = self.text.find(self.title, 0, HEADLINE_REACH + len(self.title))
        return k if k >= 0 else None


@dataclass
class InputError:
    """An input (file, or line of a JSONL file) that could not be used, and why."""

    path: str
    error: str
    detail: str = ""
    line: Optional[int] = None


class Rejected(Exception):
    """Raised inside ingest to stop reading one input; becomes an `InputError`."""

    def __init__(self, error: str, detail: str):
        assert error in ERRORS, error
        super().__init__(f"{error}: {detail}")
        self.error, self.detail = error, detail

    def at(self, rel: str, line: Optional[int] = None) -> InputError:
        return InputError(rel, self.error, self.detail, line)


@dataclass
class Cleaned:
    text: str
    title: Optional[str]
    dateline: Optional[str]
    removed: list[str]
    wire_date: Optional[str] = None  # 'ASTANA, April 12 (Agency) -': kept in the text, often year-less
    dateline_line: Optional[str] = None  # the dateline line removed ('By Our Bureau | New Delhi | Apr 07, 2020')


# --------------------------------------------------------------------------- discovery

def input_format(path: Union[str, Path]) -> Optional[str]:
    """The format of an article file from its name (`a.txt.gz` -> text), None if unsupported."""
    name = Path(path).name.lower()
    if name.endswith(SIDECAR_SUFFIX):
        return None
    if name.endswith(GZIP_SUFFIX):
        name = name[:-len(GZIP_SUFFIX)]
    return FORMATS.get(os.path.splitext(name)[1])


def article_stem(path: Union[str, Path]) -> str:
    """File name without `.gz` and the format suffix: the default article id."""
    name = Path(path).name
    if name.lower().endswith(GZIP_SUFFIX):
        name = name[:-len(GZIP_SUFFIX)]
    return os.path.splitext(name)[0] or name


def is_sidecar(path: Union[str, Path]) -> bool:
    return Path(path).name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_for(path: Path) -> Path:
    return path.with_name(article_stem(path) + SIDECAR_SUFFIX)


def _is_documentation(name: str) -> bool:
    return name.split(".")[0].lower() == "readme"


def discover(news_dir: Path, exclude: Iterable[Path] = ()) -> list[Path]:
    """Every input below `news_dir`, in a stable order: articles, unsupported files, orphan sidecars.

    Not inputs: hidden files and folders (`.git`, `.DS_Store`), `README.*` files (a news
    folder's own documentation), folders in `exclude` (the run's OUT folder when it lies
    inside NEWS_DIR), and sidecars that belong to an article (read with it). Symlinks to
    files are followed, symlinked folders are not; a broken symlink is an input (and is
    then rejected as unreadable).
    """
    news_dir = Path(news_dir)
    skip = {Path(p).resolve() for p in exclude}
    found: list[Path] = []
    for root, dirs, names in os.walk(news_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".") and (Path(root) / d).resolve() not in skip]
        for name in names:
            if name.startswith(".") or _is_documentation(name):
                continue
            found.append(Path(root) / name)
    attached = {sidecar_for(p) for p in found if input_format(p) in SIDECAR_FORMATS}
    inputs = [p for p in found if p not in attached]
    return sorted(inputs, key=lambda p: p.relative_to(news_dir).as_posix())


# --------------------------------------------------------------------------- bytes

def read_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes (decompressed for `.gz`), refusing anything over `max_bytes`.

    A `.gz` is decompressed in chunks and reading stops as soon as the cap is passed, so a
    decompression bomb costs at most `max_bytes` of memory. Raises `Rejected`.
    """
    try:
        st = os.stat(path)
        if not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
            raise Rejected("unreadable", "not a regular file (a FIFO, socket or device)")
        if path.name.lower().endswith(GZIP_SUFFIX):
            return _read_gzip(path, max_bytes)
        if st.st_size > max_bytes:
            raise Rejected("too_large", f"{st.st_size} bytes > limit of {max_bytes} (--max-bytes)")
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
        if len(raw) > max_bytes:
            raise Rejected("too_large", f"more than {max_bytes} bytes (--max-bytes): the file grew while read")
        return raw
    except OSError as exc:  # FileNotFoundError, PermissionError, IsADirectoryError, I/O errors
        raise Rejected("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from exc


def _read_gzip(path: Path, max_bytes: int) -> bytes:
    parts, total = [], 0
    try:
        with gzip.open(path, "rb") as handle:
            while True:
                chunk = handle.read(min(READ_CHUNK, max_bytes + 1 - total))
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise Rejected("too_large", f"decompressed size exceeded {max_bytes} bytes (--max-bytes); "
                                                f"stopped reading")
                parts.append(chunk)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise Rejected("bad_gzip", f"{type(exc).__name__}: {exc}") from exc
    return b"".join(parts)


def sniff_binary(raw: bytes) -> Optional[str]:
    """Why `raw` is not text, or None. UTF-16 with a BOM is text."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    for signature, kind in SIGNATURES.items():
        if raw.startswith(signature):
            return f"looks like {kind}"
    head = raw[:SNIFF_BYTES]
    if b"\x00" in head:
        return "NUL bytes: not a text file"
    control = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D)) + head.count(0x7F)
    if head and control / len(head) > MAX_CONTROL_SHARE:
        return f"{control} control bytes in the first {len(head)}: not a text file"
    return None


def decode(raw: bytes) -> tuple[str, list[str]]:
    """Text from bytes with BOMs, CRLF and stray bytes dealt with; warnings say what was fixed.

    UTF-8 first (with or without BOM), UTF-16 when it has a BOM; bytes that are not UTF-8
    are read as Windows-1252 when every high byte is plausible text in it and nothing in
    the file is multi-byte UTF-8; otherwise each undecodable byte becomes U+FFFD.
    """
    warnings = []
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = raw.decode("utf-16", errors="replace")
        bad = text.count("\ufffd")
        warnings.append("decoded as UTF-16" + (f", {bad} undecodable byte(s) replaced" if bad else ""))
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
            if _looks_cp1252(raw, text):
                text = raw.decode("cp1252")
                warnings.append("not UTF-8: decoded as Windows-1252")
            else:
                warnings.append(f"{text.count(chr(0xFFFD))} undecodable byte(s) replaced")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text, warnings


def _looks_cp1252(raw: bytes, replaced: str) -> bool:
    if any(ord(c) > 0x7F and c != "\ufffd" for c in replaced):
        return False  # real multi-byte UTF-8 in the file: a stray byte, not another encoding
    return all(b in _CP1252_PLAUSIBLE for b in raw if b >= 0x80)


def _check_decoded(text: str, warnings: list[str]) -> None:
    bad = text.count("\ufffd")
    if any(w.endswith("undecodable byte(s) replaced") for w in warnings) and \
            bad >= MIN_UNDECODABLE and bad > MAX_UNDECODABLE_SHARE * len(text):
        raise Rejected("undecodable", f"{bad} of {len(text)} characters are not UTF-8 "
                                      f"(nor Windows-1252): save the file as UTF-8")


# --------------------------------------------------------------------------- language

@dataclass(frozen=True)
class LanguageCheck:
    letters: int
    words: int
    ascii_share: float
    function_share: float

    @property
    def english(self) -> bool:
        if self.letters < MIN_LETTERS:
            return True  # too short to judge
        if self.ascii_share < MIN_ASCII_SHARE:
            return False
        return self.words < MIN_WORDS or self.function_share >= MIN_FUNCTION_SHARE

    def detail(self) -> str:
        return (f"{self.function_share:.0%} of {self.words} words are common English words (needs "
                f">= {MIN_FUNCTION_SHARE:.0%}), {self.ascii_share:.0%} of {self.letters} letters are ASCII "
                f"(needs >= {MIN_ASCII_SHARE:.0%})")


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def check_language(text: str) -> LanguageCheck:
    """Cheap English test: share of ASCII letters and of common English function words."""
    words = _LETTER_RUN.findall(text)
    letters = sum(len(w) for w in words)
    ascii_letters = sum(1 for w in words for c in w if c.isascii())
    function = sum(1 for w in words if w.lower() in FUNCTION_WORDS)
    return LanguageCheck(letters, len(words), ascii_letters / letters if letters else 1.0,
                         function / len(words) if words else 0.0)


# --------------------------------------------------------------------------- metadata

_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
FRONT_MATTER_MAX_LINES = 50


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[dict, str]:
    """(metadata, body) of a text that may start with a `---` block of `key: value` lines.

    A leading `---` without a closing one, or whose lines are none of them `key: value`,
    is not front matter (the text is returned whole). A block that mixes `key: value`
    lines with other lines raises `Rejected("bad_metadata")`.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    end = next((i for i in range(1, min(len(lines), FRONT_MATTER_MAX_LINES + 2))
                if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return {}, text
    block = [(n, line) for n, line in enumerate(lines[1:end], 2) if line.strip() and not line.lstrip().startswith("#")]
    matches = [(n, line, _FRONT_LINE.match(line)) for n, line in block]
    if not any(m for _, _, m in matches):
        return {}, text
    meta = {}
    for n, line, m in matches:
        if not m:
            raise Rejected("bad_metadata", f"front matter line {n} is not 'key: value': {line.strip()[:60]!r}")
        meta[m.group(1).lower()] = _unquote(m.group(2))
    return meta, "\n".join(lines[end + 1:])


def _metadata(raw: dict, source: str, warnings: list[str], warn_unknown: bool) -> dict:
    """The known keys of a metadata object as non-empty strings; the rest is warned about or ignored."""
    meta = {}
    for key in META_KEYS:
        value = raw.get(key)
        if value is None:
            continue
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            warnings.append(f"{source}: {key!r} ignored: expected a string, found {type(value).__name__}")
            continue
        if value.strip():
            meta[key] = value.strip()
    unknown = sorted(k for k in raw if k not in META_KEYS and k != "text")
    if warn_unknown and unknown:
        warnings.append(f"{source}: unknown key(s) ignored: {', '.join(map(str, unknown))} "
                        f"(known: {', '.join(META_KEYS)})")
    return meta


MIN_YEAR, MAX_YEAR = 1900, 2100  # a metadata date outside these years is taken for garbage
_ISO = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:Z|[+-]\d\d:?\d\d)?)?")


# --------------------------------------------------------------------------- markdown

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s{0,3}(?:(?:[-*_]\s*){3,}|=+)\s*$")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?=\S)")
_MD_INLINE = [
    (re.compile(r"<!--.*?-->"), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),
]


def markdown_to_text(md: str) -> tuple[str, Optional[str]]:
    """Plain text of a Markdown article and its first top-level heading (the title)."""
    out, title, fenced = [], None, False
    for line in md.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if not fenced:
            if _MD_RULE.match(line):
                out.append("")
                continue
            heading = _MD_HEADING.match(line)
            if heading:
                line = heading.group(2)
            else:
                line = _MD_ITEM.sub("", _MD_QUOTE.sub("", line))
            for rx, repl in _MD_INLINE:
                line = rx.sub(repl, line)
            if heading and title is None and len(heading.group(1)) == 1 and line.strip():
                title = line.strip()
        out.append(line)
    return "\n".join(out), title


# --------------------------------------------------------------------------- cleaning

_WORDS = re.compile(r"\w+")


def _norm_line(line: str) -> str:
    return " ".join(_WORDS.findall(line.lower()))


def _is_body_sentence(line: str) -> bool:
    return len(line.split()) >= BODY_WORDS and line.rstrip().endswith((".", '"', "”", "!", "?"))


def _is_masthead(line: str) -> bool:
    """'FLAT PRODUCTS REVIEW', 'LATAM METALS NOW': a publication's name in capitals above the headline."""
    return line.isupper() and len(line.split()) <= 4


QUOTE_ENDS = ('"', "”", "'", "’", "!", "?", ")")


SECTION_PATH = re.compile(r"\s[>›»/]\s")
MENU_SEPARATOR = re.compile(r"\s[|·•]\s")
BYLINE = re.compile(r"^(?:by|from)\s", re.I)
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")


def _is_headline(line: str) -> bool:
    """A headline has a few words and no final stop; 'World | Economy' is a section label,
    'News > Policy & Trade' and 'MARKETS / COMMODITIES' section paths, 'By ...' a byline."""
    words = line.split()
    return 3 <= len(words) <= 25 and not line.rstrip().endswith((".", ":", ";", ",")) \
        and not MENU_SEPARATOR.search(line) and not SECTION_PATH.search(line) and not BYLINE.match(line) \
        and not URL_LINE.match(line.strip())


def _is_menu(line: str) -> bool:
    """'News | Sport | Business', 'Dealers · Fleet · OEM': a site's menu, three items or more."""
    return len(MENU_SEPARATOR.findall(line)) >= 2


def _is_section_label(line: str) -> bool:
    """'Business / Trade', 'Policy > Trade', 'Economy': where the site files the story."""
    words = line.split()
    return bool(SECTION_PATH.search(line)) or (1 <= len(words) <= 2 and not line.isupper() and line[:1].isupper()
                                               and not line.rstrip().endswith((".", ":")))


def _headline_lines(kept: list[str]) -> list[str]:
    """The lines a headline may be: the first ones, or, on a page that opens with a site name,
    a tagline and a menu or a section label, those after them (the tagline is no headline)."""
    top = [k for k in kept if k][:TOP_LINES]
    if len(top) > 2 and _is_tagline(top[1]):
        top = top[:1] + top[2:]  # ("CediWatch / Ghana's business and markets news": the site's motto)
    byline = next((i for i, line in enumerate(top) if BYLINE.match(line)), len(top))
    marks = [i for i, line in enumerate(top[:byline]) if _is_menu(line) or _is_section_label(line)]
    for mark in reversed(marks):  # (the share bar under the headline is a menu too)
        if any(_is_headline(line) for line in top[mark + 1:mark + 1 + HEAD_LINES]):
            return top[mark + 1:mark + 1 + HEAD_LINES]
    return top[:HEAD_LINES]


TAGLINE_WORDS = {"news", "daily", "weekly", "newspaper", "briefing", "magazine", "journal", "voice", "edition", "read"}


def _is_tagline(line: str) -> bool:
    """"Pakistan's business daily", 'The weekly briefing for East Africa's farmers': under the site's
    name, what the site says it is."""
    words = {w.strip(".,'’").lower() for w in line.split()}
    return bool(words & TAGLINE_WORDS) and not any(ch.isdigit() for ch in re.sub(r"\bsince \d{4}\b", "", line))


def clean_text(text: str, rules: list[BoilerplateRule], words: frozenset[str] = frozenset()) -> Cleaned:
    compiled = [(r, re.compile(r.regex, re.I)) for r in rules if r.action != "strip_prefix"]
    prefixes = [(r, re.compile(r.regex, re.I)) for r in rules if r.action == "strip_prefix"]
    kept: list[str] = []
    removed: list[str] = []
    seen: dict[str, int] = {}  # a kept line's normalised text -> its index in `kept`
    dateline = wire_date = dateline_line = None
    nonempty_seen = 0
    last_line = None  # the text's last line, when a section dropped to the end held it
    links_only = False  # past a wire's credit line: what is headline-like links to other stories
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        for rule, rx in prefixes:  # ('[12/03/2026, 07:58] Istmo Cargo: ' before each message of a chat export)
            m = rx.match(stripped)
            if m and m.end():
                removed.append(f"{rule.id}: {stripped[:m.end()][:80]}")
                stripped = stripped[m.end():].strip()
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
            # (lines the rules strip, a menu or a cookie banner, do not push the header down)
            header = sum(1 for k in kept if k and not _is_menu(k)) < HEADER_LINES or (
                rule.where == "above_body" and not any(_is_body_sentence(k) for k in kept))
            if rule.action == "wire_dateline":  # the lead paragraph itself: noted, never removed
                if header:
                    wire_date = wire_date or m.group("date")
                continue
            if rule.action == "dateline":
                # ('NOV 6, 2026' heading a factbox's items under a dated lead: the items' date, kept)
                told = dateline is not None and any(_is_body_sentence(k) for k in kept)
                if not header or told or rule.where in ("end", "closing") or (rule.where == "below_title" and nonempty_seen == 1) \
                        or (_is_body_sentence(stripped) and "|" not in stripped):
                    continue  # ('below_title': a title-case headline may hold a date; 'Dec. 23, 2024 - The
                    # PAIS tax expires and is not renewed, ...' is a timeline's entry, a sentence to keep)
                dateline = dateline or m.group("date").strip(DATE_EDGES)
                dateline_line = dateline_line or stripped
            action = rule
            break
        if action is None and links_only and _is_headline(stripped) and not stripped.endswith(QUOTE_ENDS) \
                and explicit_year(stripped) is None:  # (a date under the credit may date the story)
            removed.append(f"linked-headline: {stripped[:80]}")
            continue
        if action is not None:
            removed.append(f"{action.id}: {stripped[:80]}")
            # (below the body only: above it, 'Read more' is a menu and the title comes next)
            links_only = links_only or (action.action == "drop_line_and_headlines" and any(_is_body_sentence(k) for k in kept))
            if action.action == "drop_rest" and any(_is_body_sentence(k) for k in kept):
                # ('Leave a comment / Published: Tuesday, 17 November 2026 | 5:48 pm / Your email ...':
                # a date line inside the dropped section, else the text's last line)
                rest = [r.strip() for r in lines[i + 1:] if r.strip()]
                dated = [r for r in rest if any(rule.action == "dateline" and rule.where in ("end", "both")
                                                and rx.search(r) for rule, rx in compiled)]
                last_line = (dated or rest or [None])[-1]
                break  # (above the body, 'Latest news' is a menu: only that line goes)
            if action.action == "drop_line_and_caption":
                while kept and kept[-1] == "":
                    kept.pop()
                if kept and len(kept[-1].split()) <= 45 and len([k for k in kept if k]) > 0:
                    removed.append(f"caption: {kept.pop()[:80]}")
            continue
        key = _norm_line(stripped)
        if key in seen and len(key.split()) >= 4:
            first = kept[seen[key]]
            if CONTENTS_ENTRY.match(first) and CONTENTS_ENTRY.match(stripped):
                # ('IN THIS ISSUE / 3. India: anti-dumping duty ...' then '3. INDIA: ANTI-DUMPING DUTY
                # ...' heading its item): the contents entry goes, the item's own heading stays
                removed.append(f"contents-entry: {first[:80]}")
                kept[seen[key]] = ""
            else:
                removed.append(f"repeated-line: {stripped[:80]}")
                continue
        seen[key] = len(kept)
        kept.append(stripped)
    while kept and kept[-1] == "":
        kept.pop()
    if dateline is not None and RELATIVE_AGO.search(dateline):
        dateline = None  # ('Published 2 hours ago': no day; one at the foot may give it)
    if dateline is None:
        # ('Related coverage: ...' then 'This article was first published on ...': the note
        # closing the page dates it, though the list above it goes)
        dateline = _signature_date(kept + ([last_line] if last_line else []), compiled) or _closing_date(kept, compiled)
    heads = []
    for line in _headline_lines(kept):
        if len(line.split()) > 25:
            break
        if _is_headline(line):
            heads.append(line)
    # ('FLAT PRODUCTS REVIEW' is the publication's name: the title only if no headline follows)
    title = next((h for h in heads if not _is_masthead(h)), heads[0] if heads else None)
    return Cleaned(unwrap_lines(kept, words), title, dateline, removed, wire_date, dateline_line)


WRAP_HYPHEN = re.compile(r"([A-Za-z]+)-$")
# 'on exports of parboiled rice.2 The prohibition', 'from 1 April 2025.4 A federation': a note's
# number after a full stop, which would glue two sentences
FOOTNOTE_MARK = re.compile(r"(?:(?<=[a-z)\"”’%])\.\d{1,2}|(?<=\b(?:19|20)\d\d)\.\d)(?=\s+[A-Z])")
NUMBERED = re.compile(r"\d+(?:\.\d+)*[.)]\s")  # '2. Wheat', '3.1. Exports of ...': a numbered heading or item
AWAITS_NUMBER = {"on", "of", "to", "from", "at", "by", "since", "until", "than", "about", "and", "us$", "rs", "$", "€", "£"}
WRAP_WIDTH = 50  # characters: shorter lines are items or headings, not a paragraph wrapped at a margin
WRAP_ENDS = set(",-–—()\"'”’%")  # a line ends mid-sentence after a word, a number or these
LEADING_WORD = re.compile(r"[a-z]+")


def _goes_on(prev: str, line: str) -> bool:
    """Can `line` continue the sentence `prev` broke off: a lower-case word; a number after what
    awaits one ('on 25 August' / '2023 a 20% duty', 'in January 2025,' / '1.5 million tonnes');
    a month after its day ('lifted on 28' / 'September 2024'). Numbered headings start anew."""
    if line[:1].islower():
        return True
    last_word = prev.split()[-1].lower() if prev.split() else ""
    if line[:1].isdigit():
        return NUMBERED.match(line) is None and (prev.endswith(",") or is_month(last_word)
                                                 or last_word.rstrip(".") in AWAITS_NUMBER | OPEN_ENDS)
    if line[:1].isupper() and (last_word in OPEN_ENDS or (prev.endswith("-") and prev[-2:-1].isalpha())):
        return True  # ('instead of the' / 'East African Community', 'Peter Kimani-' / 'Sorensen')
    return prev[-1:].isdigit() and is_month(line.split()[0].rstrip(",.;"))


# words no sentence or heading ends on: the line after them goes on, whatever its first letter
OPEN_ENDS = frozenset({"the", "a", "an", "of", "to", "from", "by", "at", "in", "on", "for", "with", "its", "their",
                       "and", "or", "than", "as", "under", "between", "into"})


def _column_width(lines: list[str]) -> int:
    """The margin a text is wrapped at: WRAP_WIDTH, or less for a newspaper column taken from a
    PDF ('Kenya has opened a 90-day' / 'window for duty-free imports'), where most lines of
    several words stop at about the same narrow width."""
    lengths = sorted(len(line) for line in lines if len(line.split()) >= 3)
    if len(lengths) < 15:
        return WRAP_WIDTH
    margin = lengths[int(len(lengths) * 0.8)]
    near = sum(1 for n in lengths if margin - COLUMN_SLACK <= n <= margin)
    return max(MIN_COLUMN, margin - COLUMN_SLACK) if margin < WRAP_WIDTH and near >= 0.6 * len(lengths) else WRAP_WIDTH


COLUMN_SLACK = 10  # characters a ragged right edge leaves short of the margin (a long next word)
MIN_COLUMN = 18


def _hyphen_breaks_word(head: str, rest: str, words: frozenset[str], counts: Counter) -> bool:
    """Is the hyphen at a line's end a break inside one word ('sus-' / 'pension', 'Of-' /
    'ficials', 'Nov-' / 'ember'), not a compound's own ('duty-' / 'free', 'non-' / 'genetically')?
    Whole words the rules or the text know join; halves that are words of their own elsewhere
    in the text (or the rules' compound) keep the hyphen; fragments join."""
    if head + rest in words or counts.get(head + rest, 0) or head + rest in FUNCTION_WORDS:
        return True
    if f"{head}-{rest}" in words:
        return False
    standalone = lambda w: counts.get(w, 0) >= 2 or w in FUNCTION_WORDS or w in words  # noqa: E731
    return not (standalone(head) and standalone(rest))


def unwrap_lines(lines: list[str], words: frozenset[str] = frozenset()) -> str:
    """Text wrapped at a fixed width (a PDF, an e-mail, a newspaper column) rejoined, its footnote
    marks dropped: a line that ends mid-sentence and a next line that goes on with it are one
    sentence ('China, the largest buyer of logs,' / 'suspended imports ...'). A word hyphenated
    across the break is joined when the rules or the text itself know it whole ('coun-' /
    'tervailing', 'sus-' / 'pension'); 'duty-' / 'free' keeps its hyphen."""
    out: list[str] = []
    width = _column_width(lines)
    last, joined = "", False  # the previous line as it stood in the text; was it a continuation
    whole: Optional[Counter] = None  # how often the text uses each word, counted once a hyphen breaks a line
    for line in lines:
        line = FOOTNOTE_MARK.sub(".", line)
        prev = out[-1] if out else ""
        # (a wrapped line runs to the margin, or breaks a word, or goes on a paragraph already
        # wrapped: list items whose bullets were stripped are short)
        wrapped = bool(prev and line) and (prev[-1].isalnum() or prev[-1] in WRAP_ENDS) and _goes_on(prev, line) \
            and (len(last) >= width or joined or WRAP_HYPHEN.search(prev) is not None)
        last, joined = line, wrapped
        if not wrapped:
            out.append(line)
            continue
        head, rest = WRAP_HYPHEN.search(prev), LEADING_WORD.match(line)
        if head and rest and whole is None:
            whole = Counter(w.lower() for text in lines for w in re.findall(r"[A-Za-z]+", text))
        if head and rest and _hyphen_breaks_word(head.group(1).lower(), rest.group(), words, whole):
            out[-1] = prev[:-1] + line
        elif prev.endswith("-"):
            out[-1] = prev + line
        else:
            out[-1] = prev + " " + line
    return "\n".join(out)


SIGNATURE_LINES = 4  # a press release may date itself under its signature, at the very end
RELATIVE_AGO = re.compile(r"\bago\b", re.I)
COPYRIGHT_LINE = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.I)
LINK_ITEM = re.compile(r"^\s*[-•*]\s+\S")  # '- Potato prices fall as new crop reaches markets': a related link
META_FIELDS = re.compile(r"^\s*[A-Z][\w /&.-]{0,30}:\s[^|]+(?:\|\s*[A-Z][\w /&.-]{0,30}:\s[^|]+)+$")


def _signature_date(kept: list[str], compiled) -> Optional[str]:
    """A date line among the last lines ('August 28, 2025' under the signature, 'This column
    was first published on ...'): the publication date of a text that gives none at the top.
    The line stays in the text."""
    tail = [k for k in kept if k][-SIGNATURE_LINES:]
    enders = [(rule, rx) for rule, rx in compiled if rule.action == "dateline" and rule.where in ("end", "both")]
    for line in reversed(tail):
        for rule, rx in enders:
            if m := rx.search(line):
                return m.group("date").strip(DATE_EDGES)
        if len(line.split()) > 6 and not _page_furniture(line):
            return None  # a sentence of the body: the date above it is no signature's
    return None


def _page_furniture(line: str) -> bool:
    """'Section: Business | Reporter: ...', '- Potato prices fall ...', 'Share: Facebook | X | ...',
    '© The Padma Tribune. All rights reserved.': the page around the story, not its body."""
    return bool(META_FIELDS.match(line) or LINK_ITEM.match(line) or COPYRIGHT_LINE.match(line)) or _is_menu(line)


def _closing_date(kept: list[str], compiled) -> Optional[str]:
    """The date of a closing formula ('Done at Conakry, 2 November 2026', 'Issued at Riyadh on
    ..., corresponding to 14 July 2026'): an order or notice dates itself there, though a
    signature block or a translator's note may follow. The line stays in the text."""
    closers = [rx for rule, rx in compiled if rule.action == "dateline" and rule.where == "closing"]
    for line in reversed([k for k in kept if k][HEADER_LINES:]):
        for rx in closers:
            if m := rx.search(line):
                return m.group("date").strip(DATE_EDGES)
    return None


_PATH_YEAR = re.compile(r"(?<![0-9])((?:19[5-9]|20[0-9])[0-9])(?![0-9])")


def path_year(path: Optional[str]) -> Optional[int]:
    """The one year a file's path names ('2025/11/20/brazil-beef.html', 'beef-tariff-2025.txt'),
    else None: scrapers and archives file news by date."""
    years = {int(y) for y in _PATH_YEAR.findall(path or "")}
    return years.pop() if len(years) == 1 else None


# --------------------------------------------------------------------------- one input

Item = Union[Document, InputError]


class Ingestor:
    """Turns files into Documents; owns the boilerplate rules, the dateline parser and the size cap."""

    def __init__(self, rules: RuleSet, dates: Optional[DateNormalizer] = None, max_bytes: int = 20_000_000):
        self.rules = rules
        self.dates = dates or DateNormalizer()
        self.max_bytes = max_bytes

    # ---- files

    def load(self, path: Path) -> bytes:
        """The bytes of an article file (decompressed, capped). Raises `Rejected`."""
        return read_limited(path, self.max_bytes)

    def sidecar(self, path: Path) -> tuple[dict, list[str]]:
        """(metadata, warnings) from `NAME.meta.json` next to `path`; ({}, []) when there is none.

        A sidecar that exists but cannot be read or parsed raises `Rejected`: the article is
        not processed on guesses when its metadata was meant to be given.
        """
        side = sidecar_for(path)
        if input_format(path) not in SIDECAR_FORMATS or not os.path.lexists(side):
            return {}, []
        try:
            raw = read_limited(side, self.max_bytes)
        except Rejected as exc:
            raise Rejected(exc.error, f"sidecar {side.name}: {exc.detail}") from exc
        if not raw.strip():
            raise Rejected("bad_metadata", f"sidecar {side.name}: the file is empty")
        try:
            obj = json.loads(decode(raw)[0])
        except json.JSONDecodeError as exc:
            raise Rejected("bad_metadata", f"sidecar {side.name}: not JSON: {exc.msg} "
                                           f"(line {exc.lineno} column {exc.colno})") from exc
        if not isinstance(obj, dict):
            raise Rejected("bad_metadata", f"sidecar {side.name}: expected a JSON object of "
                                           f"{', '.join(META_KEYS)}; found {type(obj).__name__}")
        warnings: list[str] = []
        return _metadata(obj, f"sidecar {side.name}", warnings, warn_unknown=True), warnings

    def read(self, path: Path, news_dir: Path) -> Iterator[Item]:
        """Every article of one file with its sidecar, or why it could not be used."""
        rel = path.relative_to(news_dir).as_posix()
        if input_format(path) is None:
            yield InputError(rel, "unsupported_format", ERRORS["unsupported_format"])
            return
        try:
            raw = self.load(path)
            meta, warnings = self.sidecar(path)
        except Rejected as exc:
            yield exc.at(rel)
            return
        yield from self.from_bytes(raw, rel, article_stem(rel), meta=meta, warnings=warnings)

    # ---- bytes

    def from_bytes(self, raw: bytes, rel: str, article_id: str, meta: Optional[dict] = None,
                   warnings: Optional[list[str]] = None) -> Iterator[Item]:
        """The article(s) in `raw`, read as the format of `rel`; never raises on bad input."""
        fmt = input_format(rel) or "text"
        try:
            self.check_text_file(raw)
        except Rejected as exc:
            yield exc.at(rel)
            return
        if fmt == "jsonl":
            for line_no, line in jsonl_lines(raw):
                yield self.from_jsonl_line(line, rel, article_id, line_no)
            return
        sha = hashlib.sha256(raw).hexdigest()
        try:
            if fmt == "json":
                doc = self._json_article(_json_object(raw), rel, article_id, sha, None, list(warnings or []))
            elif fmt == "html":
                doc = self._html_article(raw, rel, article_id, sha, meta or {}, list(warnings or []))
            else:
                doc = self._text_article(raw, rel, article_id, sha, fmt, meta or {}, list(warnings or []))
            yield self._accept(doc)
        except Rejected as exc:
            yield exc.at(rel)

    @staticmethod
    def check_text_file(raw: bytes) -> None:
        if not raw.removeprefix(codecs.BOM_UTF8).strip():  # (a BOM alone is no text: no record, no article)
            raise Rejected("empty", "the file has no text")
        why = sniff_binary(raw)
        if why:
            raise Rejected("binary", why)

    def from_jsonl_line(self, line: bytes, rel: str, stem: str, line_no: int) -> Item:
        """One JSONL line as an article: id from its `id` field, else `<stem>-<line>`."""
        try:
            if b"\x00" in line:
                raise Rejected("binary", "NUL bytes in the line")
            doc = self._json_article(_json_object(line), rel, f"{stem}-{line_no}",
                                     hashlib.sha256(line).hexdigest(), line_no, [])
            return self._accept(doc)
        except Rejected as exc:
            return exc.at(rel, line_no)

    # ---- formats

    def _text_article(self, raw: bytes, rel: str, article_id: str, sha: str, fmt: str, meta: dict,
                      warnings: list[str]) -> Document:
        text, decode_warnings = decode(raw)
        _check_decoded(text, decode_warnings)
        warnings = decode_warnings + warnings
        front, body = split_front_matter(text) if fmt in FRONT_MATTER_FORMATS else ({}, text)
        merged = {**_metadata(front, "front matter", warnings, warn_unknown=True), **meta} if front else dict(meta)
        if fmt == "markdown":
            body, heading = markdown_to_text(body)
            if heading:
                merged.setdefault("title", heading)
        if not body.strip():
            raise Rejected("empty", "no text after the front matter" if front else "the file has no text")
        return self.document(body, rel, merged.pop("id", article_id), sha, warnings, **merged)

    def _json_article(self, obj: dict, rel: str, default_id: str, sha: str, line: Optional[int],
                      warnings: list[str]) -> Document:
        text = obj.get("text")
        if not isinstance(text, str) or not text.strip():
            found = "no 'text' field" if text is None else \
                f"'text' is {'empty' if isinstance(text, str) else type(text).__name__}"
            raise Rejected("missing_text", f"{found} (fields present: {', '.join(map(str, obj)) or 'none'})")
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
        meta = _metadata(obj, "JSON", warnings, warn_unknown=False)
        title = meta.get("title")
        if title and not text.lstrip().startswith(title):
            text = f"{title}\n\n{text}"
        return self.document(text, rel, meta.pop("id", default_id), sha, warnings, line=line, **meta)

    def _html_article(self, raw: bytes, rel: str, article_id: str, sha: str, meta: dict,
                      warnings: list[str]) -> Document:
        page = extract_html(raw)
        text = page.pop("text")
        title = meta.get("title") or page.get("title")
        if title and not text.lstrip().startswith(title):
            text = f"{title}\n\n{text}"
        merged = {**{k: v for k, v in page.items() if v}, **meta}
        return self.document(text, rel, merged.pop("id", article_id), sha, warnings, **merged)

    # ---- documents

    def document(self, text: str, rel: str, article_id: str, sha256: str, warnings: list[str],
                 line: Optional[int] = None, **meta) -> Document:
        cleaned = clean_text(text, self.rules.boilerplate, self.rules.pattern_words)
        meta = {k: str(v).strip() for k, v in meta.items() if v is not None and str(v).strip()}
        doc = Document(id=str(article_id), path=rel, text=cleaned.text, sha256=sha256,
                       title=meta.get("title") or cleaned.title, outlet=meta.get("outlet"),
                       url=meta.get("url"), warnings=list(warnings), line=line,
                       place=self.rules.place_in(cleaned.dateline_line))
        if meta.get("published"):
            value = self.metadata_date(meta["published"])
            if value:
                doc.published, doc.published_from = value, "metadata"
            else:
                doc.warnings.append(f"metadata date {meta['published'][:40]!r} is not a date: ignored")
        if not doc.published and cleaned.dateline:
            nd = self._dateline_date(cleaned.dateline, cleaned.text)
            if nd.precision != "day":  # ('11 de marzo de 2026' is more than the year English reads in it)
                foreign = self.dates.foreign_dateline(cleaned.dateline)
                if foreign.value and len(foreign.value) > len(nd.value or ""):
                    nd = foreign
            if nd.value:
                doc.published, doc.published_from = nd.value, "dateline"
        if not doc.published and cleaned.wire_date:
            self._date_from_wire(doc, cleaned.wire_date, copyright_year(text))
        if not doc.published:
            doc.warnings.append("no publication date: relative dates left unresolved")
        if not cleaned.text.strip():
            doc.warnings.append("no article text left after cleaning")
        return doc

    def _dateline_date(self, dateline: str, text: str):
        """'2 Falgun 1432 / 15 February 2026': a dateline in two calendars names one day; the
        part read to the finest precision is it."""
        parts = [dateline] + ([p.strip() for p in dateline.split(" / ")] if " / " in dateline else [])
        # ('Published on 05/11/2026 at 19:32': the numeric day apart from its time, read as the
        # article's months settle it, not the US order dateparser takes for the whole)
        # ('Monday 4/11/2019': a weekday named settles the order itself)
        if not any(weekday_index(w) is not None for w in re.findall(r"[A-Za-z]+", dateline)):
            parts = [m.group(0) for m in BARE_NUMERIC_DATE.finditer(dateline)][:1] + parts
        found = [self.dates.normalize(settle_day_month(p, text)) for p in parts if p]
        return max(found, key=lambda nd: len(nd.value or ""))

    def _date_from_wire(self, doc: Document, wire_date: str, copyright: Optional[int] = None) -> None:
        """A wire dateline ('ASTANA, April 12 (Agency) -') dates the story; it rarely says the year,
        which is then the article's own dated context, as for any year-less date, or the page's
        copyright year when that is no earlier ('MANILA, March 10 -' over '© 2026 The Manila
        Ledger', whose lead tells of 'Friday', four days before)."""
        year = explicit_year(wire_date) or present_year(doc.text)
        how = "the article's dates"
        if not explicit_year(wire_date) and copyright is not None and (year is None or copyright >= year):
            nd = self.dates.normalize(wire_date, None, copyright)
            if nd.value and nd.precision == "day":
                doc.published, doc.published_from = nd.value, "dateline"
                doc.warnings.append(f"publication date from a year-less wire dateline; year {copyright} from its "
                                    "copyright line")
                return
        if year is None:  # a text that names no year at all: its file name may ('.../2025/11/20/...')
            year, how = path_year(doc.path), "its file name"
        if year is None:
            return
        nd = self.dates.normalize(wire_date, None, year)
        if nd.value and nd.precision == "day" and not explicit_year(wire_date):
            # 'BEIJING, March 8 - ... said on Saturday': the year whose March 8 fits
            told = year_by_weekday(date.fromisoformat(nd.value), year, doc.text)
            how = how if told == year else "the weekday its lead tells"
            if told != year:
                year = told
                nd = self.dates.normalize(wire_date, None, year)
        if nd.value and nd.precision == "day":
            doc.published, doc.published_from = nd.value, "dateline"
            if not explicit_year(wire_date):
                doc.warnings.append(f"publication date from a year-less wire dateline; year {year} from {how}")

    def metadata_date(self, value: str) -> Optional[str]:
        """A metadata date as a partial ISO date: ISO forms directly, else an absolute date in words."""
        value = value.strip()
        iso = _ISO.fullmatch(value)
        if iso:
            year, month, day = (int(g) if g else None for g in iso.groups())
            try:
                date(year, month or 1, day or 1)
            except ValueError:
                return None
            return "-".join(g for g in iso.groups() if g) if MIN_YEAR <= year <= MAX_YEAR else None
        nd = self.dates.normalize(value[:80])
        return nd.value if nd.how == "absolute" else None

    def _accept(self, doc: Document) -> Document:
        """The document, unless its text is not English."""
        lang = check_language(doc.text)
        if not lang.english:
            raise Rejected("not_english", lang.detail())
        return doc


def jsonl_lines(raw: bytes) -> Iterator[tuple[int, bytes]]:
    """(1-based line number, bytes) of every non-blank line; blank lines are not records."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    for n, line in enumerate(raw.split(b"\n"), 1):
        line = line.rstrip(b"\r")
        if line.strip():
            yield n, line


def _json_object(raw: bytes) -> dict:
    text, warnings = decode(raw)
    _check_decoded(text, warnings)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise Rejected("bad_json", f"not JSON: {exc.msg} (line {exc.lineno} column {exc.colno})") from exc
    except RecursionError as exc:
        raise Rejected("bad_json", "not JSON: nested too deeply") from exc
    if not isinstance(obj, dict):
        hint = " (put several articles in a .jsonl file, one object per line)" if isinstance(obj, list) else ""
        raise Rejected("bad_json", f"expected one article object, found {type(obj).__name__}{hint}")
    return obj


def extract_html(raw: bytes) -> dict:
    """Main text, title, date, site name and URL of an HTML page (trafilatura, htmldate as date fallback).

    A bare fragment (`<p>...</p>` as crawlers often save an article body) is read too. The
    date comes from the page's markup only (meta tags, JSON-LD, time elements), never from
    a guess over the body text; a dateline in the text is found later like in any other
    article. Raises `Rejected("no_text")` when there is no article text.
    """
    import htmldate
    import trafilatura
    from lxml.etree import LxmlError

    def load():
        tree = trafilatura.load_html(raw)
        if tree is None:  # a fragment, which trafilatura takes for "not HTML": give it a page
            tree = trafilatura.load_html(b"<html><body>" + raw + b"</body></html>")
        return tree

    date_params = {"extensive_search": False, "original_date": True}
    with _quiet_loggers("trafilatura", "htmldate"):  # a rejection is reported by us, with the file name
        try:
            tree = load()
            result = None
            if tree is not None:  # balanced mode, which retries a short extraction with recall settings itself
                result = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                                     date_extraction_params=date_params)
            text = _page_field(result, "text")
            if not (text or "").strip():
                raise Rejected("no_text", "no article text found in the page" if tree is not None
                               else "not an HTML page (no element tree could be parsed)")
            published = _page_field(result, "date") or htmldate.find_date(load(), **date_params)
        except (LxmlError, ValueError, TypeError, RecursionError) as exc:  # parsers on arbitrary bytes
            raise Rejected("no_text", f"the page could not be parsed: {type(exc).__name__}: {exc}") from exc
    return {"text": text, "title": _page_field(result, "title"), "outlet": _page_field(result, "sitename"),
            "url": _page_field(result, "url"), "published": published}


def _page_field(result, name: str):
    """A field of trafilatura's result: a dict in trafilatura 1.x, a Document in 2.x."""
    if result is None:
        return None
    return result.get(name) if isinstance(result, dict) else getattr(result, name, None)


@contextmanager
def _quiet_loggers(*names: str):
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels):
            logger.setLevel(level)


# --------------------------------------------------------------------------- a folder

@dataclass
class Tally:
    """Where every input went. files == used + duplicate + rejected; jsonl_lines likewise."""

    files: int = 0
    files_used: int = 0  # read: one article, or a JSONL file whose lines are counted below
    files_duplicate: int = 0  # same sha256 as an earlier article: not processed again
    files_rejected: int = 0  # one errors.jsonl line each (line null)
    jsonl_lines: int = 0  # non-blank lines of the JSONL files read
    jsonl_articles: int = 0
    jsonl_duplicates: int = 0
    jsonl_rejected: int = 0  # one errors.jsonl line each (with its line number)
    articles: int = 0
    renamed_ids: int = 0


class NewsFolder:
    """Every input of a news folder as Documents and InputErrors, each file and JSONL line counted.

    Exact duplicates (same sha256 as an article already read: a whole file, or a JSONL
    line) are not processed again; their paths (`path`, or `path:line` for a JSONL line)
    are listed in `duplicates[kept article id]`. Duplicates of a rejected input are
    rejected again in their own right. Article ids are made unique: a later article whose
    id is taken gets `-2`, `-3`... and a warning.
    """

    def __init__(self, news_dir: Path, ingestor: Ingestor, exclude: Iterable[Path] = (),
                 progress: Optional[Callable[[list], Iterable[Path]]] = None):
        self.news_dir = Path(news_dir)
        self.ingestor = ingestor
        self.files = discover(self.news_dir, exclude)
        self.progress = progress
        self.tally = Tally(files=len(self.files))
        self.duplicates: dict[str, list[str]] = {}
        self._kept: dict[str, str] = {}  # sha256 -> id of the article kept
        self._ids: set[str] = set()

    def __iter__(self) -> Iterator[Item]:
        files = self.progress(self.files) if self.progress else self.files
        for path in files:
            yield from self._file(path)

    def _file(self, path: Path) -> Iterator[Item]:
        t = self.tally
        rel = path.relative_to(self.news_dir).as_posix()
        fmt = input_format(path)
        if fmt is None:
            t.files_rejected += 1
            error = "orphan_sidecar" if is_sidecar(path) else "unsupported_format"
            yield InputError(rel, error, ERRORS[error])
            return
        try:
            raw = self.ingestor.load(path)
            if fmt == "jsonl":
                self.ingestor.check_text_file(raw)
        except Rejected as exc:
            t.files_rejected += 1
            yield exc.at(rel)
            return
        if fmt == "jsonl":
            t.files_used += 1
            for line_no, line in jsonl_lines(raw):
                t.jsonl_lines += 1
                sha = hashlib.sha256(line).hexdigest()
                if sha in self._kept:
                    t.jsonl_duplicates += 1
                    self.duplicates[self._kept[sha]].append(f"{rel}:{line_no}")
                    continue
                item = self.ingestor.from_jsonl_line(line, rel, article_stem(rel), line_no)
                if isinstance(item, InputError):
                    t.jsonl_rejected += 1
                else:
                    t.jsonl_articles += 1
                    self._keep(item, sha)
                yield item
            return
        sha = hashlib.sha256(raw).hexdigest()
        if sha in self._kept:
            t.files_duplicate += 1
            self.duplicates[self._kept[sha]].append(rel)
            return
        try:
            meta, warnings = self.ingestor.sidecar(path)
        except Rejected as exc:
            t.files_rejected += 1
            yield exc.at(rel)
            return
        [item] = self.ingestor.from_bytes(raw, rel, article_stem(rel), meta=meta, warnings=warnings)
        if isinstance(item, InputError):
            t.files_rejected += 1
        else:
            t.files_used += 1
            self._keep(item, sha)
        yield item

    def _keep(self, doc: Document, sha: str) -> None:
        if doc.id in self._ids:
            base, n = doc.id, 2
            while f"{base}-{n}" in self._ids:
                n += 1
            doc.id = f"{base}-{n}"
            doc.warnings.append(f"id {base!r} is already used by another article: renamed {doc.id!r}")
            self.tally.renamed_ids += 1
        self._ids.add(doc.id)
        self._kept[sha] = doc.id
        self.duplicates[doc.id] = []
        self.tally.articles += 1
