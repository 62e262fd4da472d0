"""The seeded fuzzer: mutants of the lit inputs and zoo models through quant-opt's stages.

    python -m tests.fuzz.fuzz --inputs 20000 --seed 1 --jobs 4
    python -m tests.fuzz.fuzz --seed 1 --only 1234 -v      # replay one input, show its traceback

Input `i` of seed `S` is a function of (S, i) only (see `generate`), so a failure is reproduced by
its seed and index whatever the number of jobs. Each input runs in a worker process (parse,
verify, round trip, every pipeline: tests/fuzz/harness.py) with a time bound per stage enforced by
an alarm; a worker that does not answer within a hard limit (stuck outside Python, or crashed) is
killed and replaced, and its input counted as a hang (or crash). Failures are minimized and written
to `--out` (one .mlir per distinct signature, with the command that reproduces it). The exit code
is 1 if anything failed, hung or crashed.
"""

from __future__ import annotations

import argparse
import collections
import json
import multiprocessing
import os
import random
import resource
import sys
import time
from dataclasses import asdict, dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from tests.fuzz.corpus import Seed, all_seeds
from tests.fuzz.harness import Harness, Outcome, minimize
from tests.fuzz.mutate import encode, mutant

#: Fraction of inputs mutated from a zoo model (the rest from lit cases).
MODEL_SHARE = 0.3
#: Fraction of inputs mutated from a seed meant to be rejected (invalid lit cases, cut models).
NEGATIVE_SHARE = 0.15
MEMORY_LIMIT = 3 << 30
"""Address-space limit per worker: an input that makes a pass allocate without bound fails with
MemoryError (a failure) instead of exhausting the machine."""


def generate(seed: int, index: int) -> tuple[bytes, str, list[str]]:
    """Input `index` of run `seed`: (bytes, the seed input's name, the mutators applied)."""
    rng = random.Random(f"xdsl-quant-fuzz/{seed}/{index}")
    lit, models = all_seeds()
    candidates = models if rng.random() < MODEL_SHARE else lit
    negative = rng.random() < NEGATIVE_SHARE
    source: Seed = rng.choice([s for s in candidates if s.negative == negative] or candidates)
    pool = [s.text for s in lit]
    text, applied = mutant(source.text, rng, pool)
    return encode(text), source.name, applied


@dataclass
class Failure:
    index: int
    status: str
    stage: str
    signature: str
    message: str
    source: str
    mutators: list[str]
    details: str = ""
    minimized: str = ""


@dataclass
class Report:
    seed: int
    inputs: int = 0
    seconds: float = 0.0
    statuses: collections.Counter[str] = field(default_factory=collections.Counter)
    stages: dict[str, collections.Counter[str]] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(self.statuses[s] for s in ("failure", "hang", "crash"))

    def add(self, index: int, outcome: Outcome, source: str, mutators: list[str], minimized: bytes | None) -> None:
        self.inputs += 1
        self.statuses[outcome.status] += 1
        for stage, status in outcome.stages.items():
            self.stages.setdefault(stage, collections.Counter())[status] += 1
        if outcome.status in ("failure", "hang", "crash"):
            text = minimized.decode("utf-8", "backslashreplace") if minimized is not None else ""
            self.failures.append(Failure(index, outcome.status, outcome.stage, outcome.signature, outcome.message,
                                         source, mutators, outcome.details, text))

    def as_json(self) -> dict[str, Any]:
        """The report as JSON data (not `dataclasses.asdict`: it rebuilds a Counter from its
        items, counting the (key, count) pairs as keys)."""
        return {"seed": self.seed, "inputs": self.inputs, "seconds": self.seconds,
                "statuses": dict(self.statuses),
                "stages": {stage: dict(counts) for stage, counts in self.stages.items()},
                "failures": [asdict(f) for f in self.failures]}

    def distinct(self) -> dict[str, Failure]:
        first: dict[str, Failure] = {}
        for failure in sorted(self.failures, key=lambda f: f.index):
            first.setdefault(f"{failure.status} {failure.stage} {failure.signature}", failure)
        return first

    def summary(self) -> str:
        lines = [
            f"seed {self.seed}: {self.inputs} inputs in {self.seconds:.1f} s "
            f"({self.inputs / max(self.seconds, 1e-9):.1f}/s)",
            "outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items())),
            f"failures {self.statuses['failure']}, hangs {self.statuses['hang']}, crashes {self.statuses['crash']}",
        ]
        for stage, counts in self.stages.items():
            lines.append(f"  {stage:40} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        for key, failure in self.distinct().items():
            count = sum(1 for f in self.failures if f"{f.status} {f.stage} {f.signature}" == key)
            lines.append(f"FAIL x{count} {key}\n  first: --seed {self.seed} --only {failure.index} "
                         f"(from {failure.source} by {', '.join(failure.mutators)})\n  {failure.message[:500]}")
            if failure.minimized:
                lines.append("  minimized input:\n    " + failure.minimized.rstrip("\n").replace("\n", "\n    "))
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Workers
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Budget:
    """How much work each input gets."""

    time_bound: float = 10.0
    """Seconds per stage (a stage over it is rerun with four times the bound before it is a hang)."""
    minimize_budget: float = 20.0
    """Seconds to shrink each failure (0: keep the input as generated)."""
    pipelines_per_input: int | None = None
    """Run a seeded sample of this many pipelines per input (None: all of them)."""
    roundtrip: str = "both"
    """`both` forms (custom and generic) or `one` (chosen per input) in the round trip stage."""

    @property
    def hard_limit(self) -> float:
        """Seconds after which a silent worker is killed (the alarms stop Python code, this C code)."""
        return self.time_bound * 10 + self.minimize_budget * 1.5 + 60


def _worker(tasks: Connection, results: Connection, seed: int, budget: Budget) -> None:
    try:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    except (ValueError, OSError):
        pass
    harness = Harness(time_bound=budget.time_bound, roundtrip=budget.roundtrip)
    while True:
        index = tasks.recv()
        if index is None:
            return
        results.send(("start", index))
        results.send(("done", *run_one(harness, seed, index, budget)))


def run_one(harness: Harness, seed: int, index: int,
            budget: Budget) -> tuple[int, Outcome, str, list[str], bytes | None]:
    data, source, mutators = generate(seed, index)
    pipelines = None
    if budget.pipelines_per_input is not None:
        names = sorted(harness.pipelines)
        pipelines = random.Random(f"pipelines/{seed}/{index}").sample(names, min(budget.pipelines_per_input,
                                                                                  len(names)))
    outcome = harness.check(data, pipelines)
    minimized = None
    if outcome.status == "failure" and budget.minimize_budget > 0:
        try:
            minimized = minimize(harness, data, outcome, budget.minimize_budget)
        except BaseException:  # a minimizer problem must not lose the failure
            minimized = data
    elif outcome.status in ("failure", "hang"):
        minimized = data
    return index, outcome, source, mutators, minimized


@dataclass
class _Worker:
    process: Any
    tasks: Connection
    results: Connection
    current: int | None = None
    started: float = 0.0


class _Pool:
    """Worker processes fed one input index at a time over private pipes (safe to kill)."""

    def __init__(self, seed: int, budget: Budget, indexes: list[int], jobs: int, report: Report):
        self.seed, self.budget, self.report = seed, budget, report
        self.pending = list(reversed(indexes))
        self.context = multiprocessing.get_context("fork")
        self.workers = [self._spawn() for _ in range(max(1, min(jobs, len(indexes))))]
        for worker in self.workers:
            self._feed(worker)

    def _spawn(self) -> _Worker:
        task_read, task_write = self.context.Pipe(duplex=False)
        result_read, result_write = self.context.Pipe(duplex=False)
        process = self.context.Process(target=_worker, args=(task_read, result_write, self.seed, self.budget),
                                       daemon=True)
        process.start()
        task_read.close()
        result_write.close()
        return _Worker(process, task_write, result_read)

    def _feed(self, worker: _Worker) -> None:
        worker.current = self.pending.pop() if self.pending else None
        worker.started = time.monotonic()
        worker.tasks.send(worker.current)

    def _replace(self, worker: _Worker, status: str) -> None:
        """Record the worker's input as a hang or crash, and start a new worker in its place."""
        assert worker.current is not None
        data, source, mutators = generate(self.seed, worker.current)
        message = ("the worker stopped answering" if status == "hang"
                   else f"the worker died (exit code {worker.process.exitcode})")
        self.report.add(worker.current, Outcome(status, "?", f"{status} (worker)", message), source, mutators, data)
        replacement = self._spawn()
        self.workers[self.workers.index(worker)] = replacement
        self._feed(replacement)

    def busy(self) -> bool:
        return any(w.current is not None for w in self.workers)

    def step(self) -> None:
        """Collect what the workers answered within a second; kill those silent for too long."""
        ready = wait([w.results for w in self.workers if w.current is not None], timeout=1.0)
        for worker in list(self.workers):
            if worker.results not in ready:
                continue
            try:
                message = worker.results.recv()
            except EOFError:
                worker.process.join()
                self._replace(worker, "crash")
                continue
            if message[0] == "start":
                worker.started = time.monotonic()
                continue
            _, index, outcome, source, mutators, minimized = message
            self.report.add(index, outcome, source, mutators, minimized)
            self._feed(worker)
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.current is not None and now - worker.started > self.budget.hard_limit:
                worker.process.kill()
                worker.process.join()
                self._replace(worker, "hang")

    def close(self) -> None:
        for worker in self.workers:
            worker.process.join(timeout=5)


def run(seed: int, inputs: int, jobs: int, budget: Budget | None = None, start: int = 0,
        progress: bool = False) -> Report:
    """Fuzz inputs `start .. start + inputs - 1` of `seed` on `jobs` worker processes."""
    report = Report(seed)
    began = last = time.monotonic()
    all_seeds()  # load the corpus before forking
    pool = _Pool(seed, budget or Budget(), list(range(start, start + inputs)), jobs, report)
    while pool.busy():
        pool.step()
        if progress and time.monotonic() - last > 10:
            last = time.monotonic()
            print(f"  {report.inputs}/{inputs} inputs, {last - began:.0f} s, "
                  f"{sum(report.statuses[s] for s in ('failure', 'hang', 'crash'))} failing", file=sys.stderr)
    pool.close()
    report.seconds = time.monotonic() - began
    return report


def write_failures(report: Report, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for number, failure in enumerate(report.distinct().values()):
        path = directory / f"seed{report.seed}-input{failure.index}-{number}.mlir"
        header = (f"// {failure.status} at {failure.stage}: {failure.signature}\n"
                  f"// reproduce: python -m tests.fuzz.fuzz --seed {report.seed} --only {failure.index} -v\n"
                  f"// from {failure.source} by {', '.join(failure.mutators)}\n"
                  + "".join(f"// {line}\n" for line in failure.message.splitlines()[:20]))
        path.write_text(header + failure.minimized, encoding="utf-8", errors="surrogateescape")
        written.append(path)
    return written


def replay(seed: int, index: int, verbose: bool) -> int:
    data, source, mutators = generate(seed, index)
    harness = Harness()
    outcome = harness.check(data)
    print(f"input {index} of seed {seed}: from {source} by {', '.join(mutators)}")
    if verbose:
        print("----- input -----")
        print(data.decode("utf-8", "backslashreplace"))
        print("-----------------")
    print(f"{outcome.status} at {outcome.stage}: {outcome.signature}")
    for stage, status in outcome.stages.items():
        print(f"  {stage}: {status}")
    print(outcome.message)
    if verbose and outcome.details:
        print(outcome.details)
    return 1 if outcome.status in ("failure", "hang") else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.fuzz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", "-n", type=int, default=2000, help="number of inputs (default 2000)")
    parser.add_argument("--seed", "-s", type=int, default=0, help="run seed (default 0)")
    parser.add_argument("--start", type=int, default=0, help="index of the first input (default 0)")
    parser.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="time bound per stage, seconds (default 10; a stage over it is rerun with 4x)")
    parser.add_argument("--pipelines-per-input", type=int, default=None,
                        help="run a seeded sample of this many pipelines per input (default: all)")
    parser.add_argument("--roundtrip", choices=("both", "one"), default="both",
                        help="round-trip both printed forms (default) or one per input")
    parser.add_argument("--minimize-budget", type=float, default=20.0, help="seconds to shrink each failure")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"),
                        help="where minimized failures are written (default ./fuzz-failures)")
    parser.add_argument("--json", type=Path, help="also write the report as JSON")
    parser.add_argument("--only", type=int, help="replay one input and show its outcome")
    parser.add_argument("-v", "--verbose", action="store_true")
    options = parser.parse_args(argv)
    if options.only is not None:
        return replay(options.seed, options.only, options.verbose)
    budget = Budget(options.timeout, options.minimize_budget, options.pipelines_per_input, options.roundtrip)
    report = run(options.seed, options.inputs, options.jobs, budget, options.start, progress=True)
    print(report.summary())
    if options.json:
        options.json.write_text(json.dumps(report.as_json(), indent=1))
    if report.failed:
        for path in write_failures(report, options.out):
            print(f"wrote {path}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
