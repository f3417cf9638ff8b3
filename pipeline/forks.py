"""Independent steps at once, in forked children that inherit the records already in memory.

After the per-input phase a run holds every record it needs (mentions, measures, the
report's view of them); what is left are steps that do not depend on each other, such as
writing articles.jsonl while reconciling, or rendering the Markdown report while the HTML
one is rendered. A forked child starts with this process's memory as it is, so nothing is
pickled but each step's (small) result; the steps write their own output files.
"""
from __future__ import annotations

import multiprocessing
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Sequence

_FORKED_TASKS: Sequence[Callable] = ()


def can_fork() -> bool:
    """fork copies this process's records for free, but is only safe with no other thread
    running (a thread holding a lock at fork time leaves it locked in the child)."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _run_forked(index: int):
    return _FORKED_TASKS[index]()


def concurrently(tasks: Sequence[Callable], workers: int) -> list:
    """Run independent callables at once and return their results in order: every task but
    the last in forked children (they inherit this process's memory, so only results are
    pickled), the last in this process. With one worker, or where fork is not safe, they
    run one after the other here. Tasks must not depend on each other's side effects, so
    the outputs are the same either way."""
    global _FORKED_TASKS
    if workers <= 1 or len(tasks) <= 1 or not can_fork():
        return [task() for task in tasks]
    forked = list(tasks[:-1])
    for stream in (sys.stdout, sys.stderr):  # or a child flushes a copy of what is still buffered
        stream.flush()
    _FORKED_TASKS = forked
    pool = ProcessPoolExecutor(min(workers - 1, len(forked)), mp_context=multiprocessing.get_context("fork"))
    try:
        futures = [pool.submit(_run_forked, i) for i in range(len(forked))]
        own = tasks[-1]()
        results = [future.result() for future in futures] + [own]
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        _FORKED_TASKS = ()
    pool.shutdown(wait=True)
    return results
