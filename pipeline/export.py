"""Write outputs atomically: a temporary file in OUT, renamed into place when complete.

An interrupted run never leaves a truncated JSONL behind, and records carry no
timestamps, so the same inputs give byte-identical files.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable

from pydantic import BaseModel


def to_json(record) -> str:
    if isinstance(record, BaseModel):
        record = record.model_dump(mode="json")
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


class AtomicWriter:
    """A text file that appears under its final name only when closed without error."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.tmp = Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; outputs are for other users too
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, text: str) -> None:
        self.handle.write(text)

    def write_record(self, record) -> None:
        self.handle.write(to_json(record) + "\n")

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> "AtomicWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


def write_jsonl(path: Path, records: Iterable) -> int:
    n = 0
    with AtomicWriter(path) as out:
        for record in records:
            out.write_record(record)
            n += 1
    return n


def write_text(path: Path, text: str) -> None:
    with AtomicWriter(path) as out:
        out.write(text)


def read_jsonl(path: Path) -> list[dict]:
    path = Path(path)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
