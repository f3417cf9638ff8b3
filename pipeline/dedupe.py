"""Near-duplicate articles: syndicated copies and reworded rewrites count as one source.

Two signals, both MinHash-sketched so the comparison stays near-linear through LSH:
word shingles catch light edits of the same text; the ordered sequence of normalized
facts (products, dates, jurisdictions, figures) catches a rewrite that keeps the same
facts in the same order while changing every sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
TEXT_THRESHOLD = 0.5
FACT_THRESHOLD = 0.35
_WORD = re.compile(r"[a-z0-9]+")


def _minhash(shingles: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7)
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def text_shingles(text: str, k: int = 4) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + k]) for i in range(max(len(words) - k + 1, 1))} if words else set()


def fact_shingles(facts: list[str], k: int = 3) -> set[str]:
    return {"|".join(facts[i:i + k]) for i in range(max(len(facts) - k + 1, 1))} if facts else set()


@dataclass
class Signature:
    """What dedupe keeps per article: two small sketches, not the text."""

    text: MinHash
    facts: MinHash
    n_facts: int


def signature(text: str, facts: list[str]) -> Signature:
    return Signature(_minhash(text_shingles(text)), _minhash(fact_shingles(facts)), len(facts))


def find_duplicates(signatures: dict[str, Signature]) -> dict[str, str]:
    """Map each near-duplicate article id to the earliest (by id) article it copies."""
    ids = sorted(signatures)
    text_lsh = MinHashLSH(threshold=TEXT_THRESHOLD, num_perm=NUM_PERM)
    fact_lsh = MinHashLSH(threshold=FACT_THRESHOLD, num_perm=NUM_PERM)
    duplicate_of: dict[str, str] = {}
    for aid in ids:
        sig = signatures[aid]
        candidates = set(text_lsh.query(sig.text))
        if sig.n_facts >= 8:
            candidates |= {c for c in fact_lsh.query(sig.facts)
                           if signatures[c].facts.jaccard(sig.facts) >= FACT_THRESHOLD}
        candidates = {c for c in candidates
                      if signatures[c].text.jaccard(sig.text) >= TEXT_THRESHOLD
                      or signatures[c].facts.jaccard(sig.facts) >= FACT_THRESHOLD and sig.n_facts >= 8}
        if candidates:
            first = min(candidates)
            duplicate_of[aid] = duplicate_of.get(first, first)
        text_lsh.insert(aid, sig.text)
        if sig.n_facts >= 8:
            fact_lsh.insert(aid, sig.facts)
    return duplicate_of
