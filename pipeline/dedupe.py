"""Near-duplicate articles: syndicated copies and reworded rewrites count as one source.

Two signals, both MinHash-sketched so the comparison stays near-linear through LSH:
word shingles catch light edits of the same text; the ordered sequence of normalized
facts (products, dates, jurisdictions, figures) catches a rewrite that keeps the same
facts in the same order while changing every sentence.
"""
from __future__ import annotations

import base64
import re
import struct
from dataclasses import dataclass

from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
TEXT_THRESHOLD = 0.5
FACT_THRESHOLD = 0.35
_WORD = re.compile(r"[a-z0-9]+")


_EMPTY = MinHash(num_perm=NUM_PERM, seed=7)  # its permutations are drawn once, then shared by copies


def _minhash(shingles: set[str]) -> LeanMinHash:
    m = _EMPTY.copy()
    m.update_batch([s.encode("utf-8") for s in shingles])
    return LeanMinHash(m)  # the hash values alone: no permutation tables kept per article


def text_shingles(text: str, k: int = 4) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + k]) for i in range(max(len(words) - k + 1, 1))} if words else set()


def fact_shingles(facts: list[str], k: int = 3) -> set[str]:
    return {"|".join(facts[i:i + k]) for i in range(max(len(facts) - k + 1, 1))} if facts else set()


@dataclass
class Signature:
    """What dedupe keeps per article: two small sketches, not the text."""

    text: LeanMinHash
    facts: LeanMinHash
    n_facts: int

    def to_text(self) -> str:
        """A compact, portable form (for worker results and the run cache)."""
        parts = [struct.pack("<I", self.n_facts)]
        for m in (self.text, self.facts):
            buf = bytearray(m.bytesize())
            m.serialize(buf)
            parts += [struct.pack("<I", len(buf)), bytes(buf)]
        return base64.b64encode(b"".join(parts)).decode("ascii")

    @classmethod
    def from_text(cls, text: str) -> "Signature":
        raw = base64.b64decode(text)
        (n_facts,), pos, sketches = struct.unpack_from("<I", raw), 4, []
        for _ in range(2):
            (size,) = struct.unpack_from("<I", raw, pos)
            sketches.append(LeanMinHash.deserialize(raw[pos + 4:pos + 4 + size]))
            pos += 4 + size
        return cls(sketches[0], sketches[1], n_facts)


def signature(text: str, facts: list[str]) -> Signature:
    return Signature(_minhash(text_shingles(text)), _minhash(fact_shingles(facts)), len(facts))


class _Bands:
    """MinHash LSH: the bands and rows `MinHashLSH` picks for a threshold, over plain dicts.
    An article is a candidate of another when one band of their sketches is equal: the
    same candidates as `MinHashLSH.query`, without its per-band numpy and storage calls
    (it took most of the time of this stage)."""

    def __init__(self, threshold: float):
        self.ranges = MinHashLSH(threshold=threshold, num_perm=NUM_PERM).hashranges
        self.tables: list[dict[bytes, list[str]]] = [{} for _ in self.ranges]

    def keys(self, sketch: LeanMinHash) -> list[bytes]:
        """The band keys: each band's hash values as bytes."""
        values = sketch.hashvalues
        raw, size = values.tobytes(), values.itemsize
        return [raw[start * size:end * size] for start, end in self.ranges]

    def query(self, keys: list[bytes]) -> set[str]:
        found: set[str] = set()
        for key, table in zip(keys, self.tables):
            found.update(table.get(key, ()))
        return found

    def insert(self, aid: str, keys: list[bytes]) -> None:
        for key, table in zip(keys, self.tables):
            table.setdefault(key, []).append(aid)


def find_duplicates(signatures: dict[str, Signature]) -> dict[str, str]:
    """Map each near-duplicate article id to the earliest (by id) article it copies."""
    ids = sorted(signatures)
    text_lsh = _Bands(TEXT_THRESHOLD)
    fact_lsh = _Bands(FACT_THRESHOLD)
    duplicate_of: dict[str, str] = {}
    for aid in ids:
        sig = signatures[aid]
        text_keys = text_lsh.keys(sig.text)
        candidates = text_lsh.query(text_keys)
        if sig.n_facts >= 8:
            fact_keys = fact_lsh.keys(sig.facts)
            candidates |= {c for c in fact_lsh.query(fact_keys)
                           if signatures[c].facts.jaccard(sig.facts) >= FACT_THRESHOLD}
        candidates = {c for c in candidates
                      if signatures[c].text.jaccard(sig.text) >= TEXT_THRESHOLD
                      or signatures[c].facts.jaccard(sig.facts) >= FACT_THRESHOLD and sig.n_facts >= 8}
        if candidates:
            first = min(candidates)
            duplicate_of[aid] = duplicate_of.get(first, first)
        text_lsh.insert(aid, text_keys)
        if sig.n_facts >= 8:
            fact_lsh.insert(aid, fact_keys)
    return duplicate_of
