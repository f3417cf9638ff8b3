"""`forks.concurrently`: the results of independent steps, in order, forked or not."""
from __future__ import annotations

import os

import pytest

from pipeline import forks

needs_fork = pytest.mark.skipif(not forks.can_fork(), reason="fork is not available or not safe here")


def test_one_worker_runs_every_step_here_in_order():
    done = []
    assert forks.concurrently([lambda: done.append(1) or "a", lambda: done.append(2) or "b"], 1) == ["a", "b"]
    assert done == [1, 2]


@needs_fork
@pytest.mark.parametrize("workers", [2, 3])
def test_forked_steps_see_this_process_memory_and_return_in_order(workers):
    records = {"big": list(range(100_000))}  # inherited by the children, never pickled to them
    results = forks.concurrently([lambda n=n: (n, os.getpid(), sum(records["big"])) for n in range(4)], workers)
    assert [(n, total) for n, _, total in results] == [(n, sum(range(100_000))) for n in range(4)]
    assert results[-1][1] == os.getpid() and all(pid != os.getpid() for _, pid, _ in results[:-1])


@needs_fork
def test_a_failing_forked_step_raises_here():
    def fail():
        raise ValueError("boom in a child")

    with pytest.raises(ValueError, match="boom in a child"):
        forks.concurrently([fail, lambda: None], 2)
