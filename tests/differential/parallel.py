"""Differential runs in worker processes: `results(seeds, workers)`.

Workers are spawned (not forked: the parent may already run torch's thread pools) and each uses
one intra-op thread, in torch and in our runtime (`OMP_NUM_THREADS`, read by
`xdsl_quant.runtime.cpu`), so two workers fit the two cores. Generated values stay far below the
32768-element grain at which PyTorch splits elementwise kernels across threads, so the thread
count does not change any result.

This module imports neither torch nor the harness: the spawned workers import them after
`_initialize` has set the thread count.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any


def _initialize() -> None:
    os.environ["OMP_NUM_THREADS"] = "1"
    import torch

    torch.set_num_threads(1)


def _run(seed: int) -> Any:
    from tests.differential.harness import run_seed

    return run_seed(seed)


def default_workers() -> int:
    """Two workers where two CPUs are usable (the CI machine), else one."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return 2 if cpus >= 2 else 1


class Runner:
    """Seeds submitted up front, results collected in any order (`result(seed)`)."""

    def __init__(self, seeds: Iterable[int], workers: int):
        self.seeds = list(seeds)
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._futures: dict[int, Future[Any]] = {}
        if self.workers > 1 and len(self.seeds) > 1:
            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_initialize)
            self._futures = {seed: self._pool.submit(_run, seed) for seed in self.seeds}

    def result(self, seed: int) -> Any:
        if seed not in self._futures:
            return _run(seed)  # in this process (one seed, or one worker)
        try:
            return self._futures.pop(seed).result()
        except BrokenProcessPool:  # a worker died (PyTorch crashed): find out on which seed
            self._restart()
            return self._isolated(seed)

    def _restart(self) -> None:
        """A fresh pool for the seeds not collected yet (their futures died with the old one)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_initialize)
        self._futures = {s: self._pool.submit(_run, s) for s in self._futures}

    def _isolated(self, seed: int) -> Any:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                 initializer=_initialize) as pool:
            try:
                return pool.submit(_run, seed).result()
            except BrokenProcessPool:
                from tests.differential.harness import crashed

                return crashed(seed)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def results(seeds: Iterable[int], workers: int) -> Iterator[Any]:
    """The seeds' results, in seed order."""
    runner = Runner(seeds, workers)
    try:
        for seed in runner.seeds:
            yield runner.result(seed)
    finally:
        runner.close()
