"""Running one input the way quant-opt does, in process, and judging the outcome.

`check(data)` mirrors `quant-opt FILE -p PIPELINE` for every pipeline: decode and parse with our
parser, verify (located), then on a copy of the module per pipeline apply the passes, verify and
print. Each exception is classified with `xdsl_quant.tools.diagnostics.diagnose`, the function
the tools use: a diagnostic (exit code 1) is a correct answer to bad input, anything else is a
failure (the tools would report an "internal error"). On top of what the tool checks:

* a pass that leaves IR which does not verify is a failure (the tool would report it as bad input,
  but the input verified: the pass broke it), and so is a `VerifyException` escaping a pass (a
  pass must reject IR it cannot handle with a located `PassFailedException`);
* IR that verifies must print and parse back, and print the same the second time (round trip);
* a `RecursionError` is a failure: no mutant nests deeply, so it means unbounded recursion;
* a stage running longer than the time bound is a hang.

`minimize` shrinks a failing input (lines, then tokens) while it fails the same way.
"""

from __future__ import annotations

import re
import signal
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from io import StringIO

from xdsl.context import Context
from xdsl.dialect_interfaces.op_asm import OpAsmDialectInterface
from xdsl.dialects.builtin import Builtin, ModuleOp
from xdsl.passes import PassPipeline
from xdsl.targets.mlir import MLIRTarget
from xdsl.utils.exceptions import VerifyException

from tests.fuzz.mutate import tokens
from xdsl_quant.locations import record_span, source_span, verify_located
from xdsl_quant.parsing import QuantParser, make_context
from xdsl_quant.tools.diagnostics import diagnose

#: What each mutant goes through (after parse and verify), as `quant-opt -p` takes them.
PIPELINES = (
    "quant-finalize",
    "quant-finalize{quant-type=dynamic}",
    "quant-finalize-ondevice-ptq",
    "quant-fusion",
    "quant-fusion{quant-type=dynamic}",
    "quant-insert-prepack-unpack",
    "quant-freeze",
    "quant-fold-prepacking",
    "quant-register-packed-params",
    "quant-clear-profiling",
    "canonicalize",
    "cse",
)
OPTIONAL_PIPELINES = ("quant-lower-to-int",)
"""Passes other engineers are adding; fuzzed once they are registered."""

INPUT_NAME = "fuzz.mlir"
_LOCATED = re.compile(r"(^|\n)" + re.escape(INPUT_NAME) + r":\d+:\d+\n")


class Timeout(BaseException):
    """A stage ran longer than the time bound (BaseException: no `except Exception` swallows it)."""


@contextmanager
def time_bound(seconds: float, message: str = "") -> Iterator[None]:
    """Raise `Timeout(message)` in the body after `seconds` (SIGALRM; main thread only)."""
    def expire(signum: int, frame: object) -> None:
        raise Timeout(message)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Outcome:
    status: str
    """`ok` (accepted by every stage), `diagnostic` (rejected with a diagnostic), `failure` or `hang`."""
    stage: str = ""
    """Where it ended: `parse`, `verify`, `roundtrip`, or the pipeline."""
    signature: str = ""
    """For failures: the kind, exception type and innermost frame (what minimization preserves)."""
    message: str = ""
    details: str = ""
    """For failures: the traceback."""
    stages: dict[str, str] = field(default_factory=dict)
    """Each stage reached and its result (`ok`, `diagnostic`, ...)."""


def available_pipelines() -> tuple[str, ...]:
    from xdsl_quant.universe import ALL_PASSES

    return PIPELINES + tuple(p for p in OPTIONAL_PIPELINES if p in ALL_PASSES)


class Harness:
    def __init__(self, pipelines: Sequence[str] | None = None, time_bound: float = 10.0, roundtrip: str = "both"):
        from xdsl.transforms import get_all_passes

        from xdsl_quant.universe import ALL_PASSES

        self.ctx = make_context()
        self.time_bound = time_bound
        self.roundtrip = roundtrip
        available = {**get_all_passes(), **ALL_PASSES}
        names = available_pipelines() if pipelines is None else tuple(pipelines)
        self.pipelines = {name: PassPipeline.parse_spec(available, name) for name in names}
        self.blobs = Builtin.get_interface(OpAsmDialectInterface)

    def check(self, data: bytes, pipelines: Sequence[str] | None = None) -> Outcome:
        """Run `data` through parse, verify, round trip and each pipeline; the first failure wins.

        A stage that exceeds the time bound is run again (from the start) with four times the bound
        before it counts as a hang: a loaded machine must not make a slow stage look like a hang.
        """
        outcome = self._check(data, pipelines, self.time_bound)
        if outcome.status == "hang":
            outcome = self._check(data, pipelines, self.time_bound * 4)
        return outcome

    def _check(self, data: bytes, pipelines: Sequence[str] | None, bound: float) -> Outcome:
        assert self.blobs is not None
        self.blobs._blob_storage.clear()  # pyright: ignore[reportPrivateUsage] - one file per process in the tool
        stages: dict[str, str] = {}
        names = self.pipelines if pipelines is None else pipelines

        def run(stage: str, body: Callable[[], object], after_pass: bool = False) -> Outcome | None:
            try:
                with time_bound(bound):
                    body()
            except Timeout:
                stages[stage] = "hang"
                return Outcome("hang", stage, f"hang in {stage}", f"{stage} ran longer than {bound} s",
                               stages=stages)
            except (Exception, RecursionError) as error:
                outcome = self._classify(stage, error, after_pass)
                stages[stage] = outcome.status
                outcome.stages = stages
                return outcome
            stages[stage] = "ok"
            return None

        holder: dict[str, ModuleOp] = {}

        def parse() -> None:
            holder["module"] = QuantParser(self.ctx, data, INPUT_NAME).parse_module()

        if (outcome := run("parse", parse)) is not None:
            return outcome
        module = holder["module"]
        if (outcome := run("verify", lambda: verify_located(module))) is not None:
            return outcome
        if (outcome := run("roundtrip", lambda: self._roundtrip(module), after_pass=True)) is not None:
            return outcome
        result = Outcome("ok", stages=stages)
        for name in names:
            copy = _located_clone(module)
            outcome = run(name, lambda copy=copy, name=name: self._apply(name, copy), after_pass=True)
            if outcome is not None:
                if outcome.status != "diagnostic":
                    return outcome
                result.status = "diagnostic" if result.status == "ok" else result.status
        return result

    def _apply(self, name: str, module: ModuleOp) -> None:
        try:
            self.pipelines[name].apply(self.ctx, module)
        except VerifyException as error:
            raise _PassBrokeIR(f"a VerifyException escaped the pass: {error}") from error
        try:
            verify_located(module)
        except Exception as error:
            raise _PassBrokeIR(f"the pass left IR that does not verify: {error}") from error
        _print(module, self.ctx)

    def _roundtrip(self, module: ModuleOp) -> None:
        """Custom and generic form (with the resource section) parse back to the same IR."""
        text = _print(module, self.ctx)
        forms = (False, True) if self.roundtrip == "both" else (len(text) % 2 == 1,)
        for generic in forms:
            printed = _print(module, self.ctx, generic) if generic else text
            assert self.blobs is not None
            self.blobs._blob_storage.clear()  # pyright: ignore[reportPrivateUsage] - as a new process would
            form = "generic" if generic else "custom"
            try:
                again = QuantParser(self.ctx, printed, "printed.mlir").parse_module()
                verify_located(again)
            except Exception as error:
                raise _RoundTripError(f"the printed IR ({form} form) does not parse back: {error}") from error
            if _print(again, self.ctx) != text:
                raise _RoundTripError(f"the printed IR ({form} form) parses back to different IR")

    def _classify(self, stage: str, error: BaseException, after_pass: bool) -> Outcome:
        if isinstance(error, _PassBrokeIR | _RoundTripError):
            cause = error.__cause__ or error
            return Outcome("failure", stage, f"{type(error).__name__}: {_frame(cause)}", str(error)[:2000],
                           _format(error))
        diagnosis = None if isinstance(error, RecursionError) else diagnose(error)
        if diagnosis is not None:
            if not _LOCATED.search(diagnosis[1]):
                return Outcome("failure", stage, f"unlocated {type(error).__name__}: {_frame(error)}",
                               f"a diagnostic without a source location: {diagnosis[1]}"[:2000], _format(error))
            return Outcome("diagnostic", stage, message=diagnosis[1])
        return Outcome("failure", stage, f"{type(error).__name__}: {_frame(error)}",
                       f"{type(error).__name__}: {error}"[:2000], _format(error))


class _PassBrokeIR(Exception):
    pass


class _RoundTripError(Exception):
    pass


def _located_clone(module: ModuleOp) -> ModuleOp:
    """A copy of `module` whose ops keep the source positions of the originals."""
    copy = module.clone()
    for original, cloned in zip(module.walk(), copy.walk(), strict=True):
        span = source_span(original)
        if span is not None:
            record_span(cloned, span)
    return copy


def _print(module: ModuleOp, ctx: Context, generic: bool = False) -> str:
    """What quant-opt prints (`--print-op-generic` with `generic`)."""
    stream = StringIO()
    MLIRTarget(print_generic_format=generic).emit(ctx, module, stream)
    return stream.getvalue()


#: Frames Python gives a comprehension or generator expression of its own (before 3.12: PEP 709
#: inlined comprehensions). They are attributed to the function containing them, so that one bug
#: has one signature whichever line of the function hits it (and whatever the Python version).
_ANONYMOUS_FRAMES = ("<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>")


def _frame(error: BaseException) -> str:
    """The innermost frame of the project or xDSL (file and function: stable across edits)."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.name not in _ANONYMOUS_FRAMES]
    ours = [f for f in frames if "/xdsl_quant/" in f.filename] or [f for f in frames if "/xdsl/" in f.filename]
    frame = (ours or frames or [None])[-1]
    if frame is None:
        return "?"
    path = frame.filename
    for marker in ("/xdsl_quant/", "/xdsl/"):
        if marker in path:
            path = path[path.rindex(marker) + 1 :]
            break
    return f"{path}:{frame.name}"


def _format(error: BaseException) -> str:
    return "".join(traceback.format_exception(error))[-6000:]


def minimize(harness: Harness, data: bytes, outcome: Outcome, budget: float = 20.0) -> bytes:
    """A smaller input failing with the same signature at the same stage (delta debugging)."""
    deadline = time.monotonic() + budget
    pipelines = [outcome.stage] if outcome.stage in harness.pipelines else []

    def fails(candidate: str) -> bool:
        if time.monotonic() > deadline:
            return False
        result = harness.check(candidate.encode("utf-8", "surrogateescape"), pipelines)
        return result.status == outcome.status and result.signature == outcome.signature

    text = data.decode("utf-8", "surrogateescape")
    text = _reduce(text.splitlines(keepends=True), fails)
    pieces: list[str] = []
    for kind, token in tokens(text):  # a token with the whitespace after it: the result stays readable
        if kind == "ws" and pieces:
            pieces[-1] += token
        else:
            pieces.append(token)
    text = _reduce(pieces, fails)
    return text.encode("utf-8", "surrogateescape")


def _reduce(parts: list[str], fails: Callable[[str], bool]) -> str:
    """Remove chunks of `parts` (halves, quarters, ... single parts) while the result still fails."""
    chunk = max(len(parts) // 2, 1)
    while chunk >= 1:
        index = 0
        changed = False
        while index < len(parts):
            candidate = parts[:index] + parts[index + chunk :]
            if candidate and fails("".join(candidate)):
                parts = candidate
                changed = True
            else:
                index += chunk
        if chunk == 1 and not changed:
            break
        chunk = chunk // 2 if chunk > 1 else (1 if changed else 0)
    return "".join(parts)
