"""Shared fixtures: the rules and the spaCy pipeline are built once per session.

Like negspacy's conftest: a session-scoped pipeline, and small helpers that run one text
through it so each test states its input and its expectation and nothing else.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable, Union

import pytest

from pipeline.ingest import Document
from pipeline.models import Mention
from pipeline.nlp.dates import DateNormalizer
from pipeline.rules import RuleSet
from pipeline.runner import Pipeline
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SHARED_ABSENT = "../shared is absent: seeds and gold are only available in the project workspace and CI"


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.fixture(scope="session")
def pipeline_obj() -> Pipeline:
    return Pipeline(Settings(progress=False))


@pytest.fixture(scope="session")
def nlp(pipeline_obj):
    return pipeline_obj.nlp


@pytest.fixture(scope="session")
def dates() -> DateNormalizer:
    return DateNormalizer()


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(SHARED_ABSENT)
    return SHARED


def run_text(pipeline: Pipeline, text: str, published: Union[str, date, None] = None,
             article_id: str = "test-article"):
    """(Article, mentions) for one already-clean text, as `Pipeline.process` makes them."""
    if isinstance(published, date):
        published = published.isoformat()
    doc = Document(id=article_id, path=f"{article_id}.txt", text=text, sha256="0" * 64,
                   published=published, published_from="metadata" if published else "none")
    [(article, mentions, _text)] = list(pipeline.process([doc]))
    return article, mentions


@pytest.fixture(scope="session")
def extract(pipeline_obj) -> Callable[..., list[Mention]]:
    """`extract(text, published=None)`: the Mention models the pipeline finds in `text`."""

    def _extract(text: str, published: Union[str, date, None] = None) -> list[Mention]:
        return run_text(pipeline_obj, text, published)[1]

    return _extract


def pytest_collection_modifyitems(items):
    """The Dask tests run last: distributed leaves an idle thread in the process (its offload
    executor), and worker pools fork this process only while it has no other thread (after
    that they start fresh workers, which do not see the tests' monkeypatches)."""
    items[:] = sorted(items, key=lambda item: "test_dask_engine.py" in item.nodeid)
