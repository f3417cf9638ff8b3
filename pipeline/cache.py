"""The run cache: per-input results kept in OUT/.cache/ so a re-run only processes what changed.

One SQLite database (standard library), `OUT/.cache/results.sqlite`: one row per input
(article file or JSONL line), keyed by `work.Input.key()` (path, line, sha256 of the
bytes, sidecar metadata), holding the compressed result of `work.process_inputs`. The
whole cache belongs to one `work.fingerprint` (code, rules, model, library versions):
when that changes, every row is dropped.

A run reads the rows of unchanged inputs, adds the new ones and drops the rows of inputs
that are gone, all in one transaction committed when every input has been accounted for:
an interrupted run leaves the cache as it was.
"""
from __future__ import annotations

import json
import sqlite3
import sys
import zlib
from pathlib import Path
from typing import Optional

CACHE_DIR = ".cache"
CACHE_FILE = "results.sqlite"
SCHEMA_VERSION = "1"


class ResultCache:
    """Lookups and stores of one run, committed (or rolled back) at the end."""

    def __init__(self, out_dir: Path, fingerprint: str, read: bool = True):
        self.path = Path(out_dir) / CACHE_DIR / CACHE_FILE
        self.fingerprint = fingerprint
        self.read = read
        self.hits = 0
        self.stored = 0
        self.db = self._open()

    def _open(self) -> Optional[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for attempt in (1, 2):
            try:
                db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
                db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
                db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, used INTEGER, value BLOB)")
                db.execute("BEGIN IMMEDIATE")
                meta = dict(db.execute("SELECT key, value FROM meta"))
                if meta.get("fingerprint") != self.fingerprint or meta.get("schema") != SCHEMA_VERSION:
                    db.execute("DELETE FROM results")
                    meta = {"fingerprint": self.fingerprint, "schema": SCHEMA_VERSION, "generation": "0"}
                self.generation = int(meta.get("generation", "0")) + 1
                meta["generation"] = str(self.generation)
                db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
                if not self.read:
                    db.execute("DELETE FROM results")
                return db
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc):
                    print(f"trade-measures: warning: {self.path} is in use by another run: running without "
                          f"the cache", file=sys.stderr)
                    return None
                raise
            except sqlite3.DatabaseError as exc:  # not a database (a broken file): start a new one
                if attempt == 2:
                    raise
                print(f"trade-measures: warning: {self.path} is unreadable ({exc}): rebuilding the cache",
                      file=sys.stderr)
                self.path.unlink(missing_ok=True)
        return None  # pragma: no cover

    def get(self, key: str) -> Optional[dict]:
        if self.db is None or not self.read:
            return None
        row = self.db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self.db.execute("UPDATE results SET used = ? WHERE key = ?", (self.generation, key))
        self.hits += 1
        return json.loads(zlib.decompress(row[0]))

    def put(self, key: str, result: dict) -> None:
        if self.db is None:
            return
        value = zlib.compress(json.dumps(result, ensure_ascii=False).encode("utf-8"), 1)
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", (key, self.generation, value))
        self.stored += 1

    def commit(self) -> None:
        """Keep the rows of this run's inputs and nothing else."""
        if self.db is None:
            return
        self.db.execute("DELETE FROM results WHERE used < ?", (self.generation,))
        self.db.execute("COMMIT")
        self.db.close()
        self.db = None

    def rollback(self) -> None:
        if self.db is None:
            return
        try:
            self.db.execute("ROLLBACK")
        finally:
            self.db.close()
            self.db = None
