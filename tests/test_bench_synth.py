"""The benchmark's synthetic corpus reads the shipped rule files as the rule loader does."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _synth():
    spec = importlib.util.spec_from_file_location("bench_synth", ROOT / "bench" / "synth.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_the_vocabulary_loads_from_rule_files_with_comment_lines():
    """patterns/jurisdictions.jsonl has '//' comment lines (before its PLACE rows); the bench
    must skip them as RuleSet.load does, and still find names and agencies."""
    vocab = _synth().load_vocabulary(ROOT / "patterns")
    assert vocab.products and vocab.agencies
    assert "US" in vocab.agencies
