"""Where the per-input stage runs: in this process, in worker processes, or on a Dask cluster.

Every engine takes chunks of `work.Input`s and returns a handle whose `result()` is a
`work.ChunkResult`; the runner keeps a bounded number of chunks in flight and consumes
them in input order, so every engine writes the same outputs.

- `InProcess`: no pool (`--workers 1`, or too few inputs to be worth starting workers).
- `ProcessPool`: `concurrent.futures.ProcessPoolExecutor`. With the `fork` start method
  (Linux, and no other thread running) each worker inherits the pipeline already built
  here; otherwise (`spawn`, `forkserver`) each worker builds its own from the settings.
- `DaskEngine`: `dask.distributed`, on the cluster at `--scheduler ADDRESS` or on a
  `LocalCluster` of `--workers` processes; dask is imported only here.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Optional

from . import work


class EngineError(RuntimeError):
    """The engine cannot run: an unreachable scheduler, dask not installed, workers with other code."""


class _Done:
    """A handle on a result computed when asked for (in this process)."""

    def __init__(self, fn, *args):
        self.fn, self.args = fn, args

    def result(self):
        return self.fn(*self.args)


class InProcess:
    workers = 1
    in_flight = 1  # chunks read ahead of the one being consumed: nothing gained by more here
    worker_failures: tuple = ()

    def __init__(self, pipeline, fingerprint: str):
        self.worker = work._Worker(pipeline, fingerprint)

    def submit(self, inputs: list[work.Input]):
        return _Done(self.worker.run, inputs)

    def restart(self, failed=None) -> None:
        pass

    def close(self, cancel: bool = False) -> None:
        pass


class ProcessPool:
    # a chunk cancelled by the restart after another worker died is run again like a failed one
    worker_failures = (BrokenProcessPool, CancelledError)

    def __init__(self, pipeline, fingerprint: str, workers: int):
        self.pipeline, self.fingerprint, self.workers = pipeline, fingerprint, workers
        self.in_flight = 4 * workers
        self.settings_json = pipeline.settings.model_dump_json()
        self.executor: Optional[ProcessPoolExecutor] = None
        self.generation = 0  # pools started so far: a failure is only news for the current pool
        self.start_method: Optional[str] = None

    def _start(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        # fork copies the parent's pipeline for free, but is only safe with no other thread
        # running (a thread holding a lock at fork time leaves it locked in the child)
        if "fork" in methods and threading.active_count() == 1:
            context, inherited = multiprocessing.get_context("fork"), (self.pipeline, self.fingerprint)
        else:
            context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
            inherited = (None, None)
        self.start_method = context.get_start_method()
        self.generation += 1
        executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=work.init_process,
                                       initargs=(*inherited, self.settings_json))
        executor.submit(work.ready)  # starts the workers now, before this process starts any thread
        return executor

    def submit(self, inputs: list[work.Input]):
        if self.executor is None:
            self.executor = self._start()
        future = self.executor.submit(work.run_in_process_worker, inputs)
        future.generation = self.generation
        return future

    def restart(self, failed=None) -> None:
        """After a worker died on `failed`: a new pool for the chunks still to run (unless
        the pool it ran on was replaced already)."""
        if failed is None or getattr(failed, "generation", None) == self.generation:
            self.close(cancel=True)

    def close(self, cancel: bool = False) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=cancel)
            self.executor = None


class DaskEngine:
    def __init__(self, pipeline, workers: int, scheduler: Optional[str]):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise EngineError(f"--engine dask needs dask and distributed ({exc}): "
                              "pip install 'trade-measures[dask]'") from None
        self.settings_json = pipeline.settings.model_dump_json()
        self.cluster = None
        for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
            logging.getLogger(name).setLevel(logging.ERROR)
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s")
            else:
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address="127.0.0.1:0",
                                            silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        except Exception as exc:  # a LocalCluster that cannot start its workers
            self.close()
            where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
            raise EngineError(f"cannot start {where}: {type(exc).__name__}: {exc}") from None
        from distributed import KilledWorker

        self.worker_failures = (KilledWorker,)
        self.workers = max(1, sum(self.client.nthreads().values()))
        self.in_flight = 4 * self.workers

    def submit(self, inputs: list[work.Input]):
        return self.client.submit(work.run_in_dask_worker, self.settings_json, inputs, pure=False)

    def restart(self, failed=None) -> None:
        pass  # the cluster replaces dead workers itself

    def close(self, cancel: bool = False) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def make_engine(pipeline, fingerprint: str, settings, inputs_hint: int):
    """The engine for a run of about `inputs_hint` inputs (files)."""
    workers = settings.workers or os.cpu_count() or 1
    if settings.engine == "dask":
        return DaskEngine(pipeline, workers, settings.scheduler)
    if workers <= 1 or inputs_hint < MIN_INPUTS_PER_WORKER * 2:
        return InProcess(pipeline, fingerprint)
    pool = ProcessPool(pipeline, fingerprint, min(workers, max(2, inputs_hint // MIN_INPUTS_PER_WORKER)))
    pool.executor = pool._start()
    return pool


# Starting a worker costs about as much as processing this many articles: below twice
# that, a run stays in one process (the outputs are the same either way).
MIN_INPUTS_PER_WORKER = 8
