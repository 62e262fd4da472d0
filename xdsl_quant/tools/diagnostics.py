"""Shared error reporting for the command-line tools.

Bad input must never show a Python traceback: every tool reports one diagnostic on stderr and
exits with 1 for bad input (malformed IR, verifier failures, unreadable files) or 2 for bad usage
(unknown pass, malformed option). `UsageError` marks the second kind.

Anything else that escapes a tool is a bug in xdsl-quant, not in the input. It is reported as an
"internal error" (one diagnostic naming the exception and where it was raised, with a request to
report it) and exit code 3; `XDSL_QUANT_TRACEBACK=1` shows the full traceback instead. The fuzzer
(tests/fuzz) classifies outcomes with `diagnose`, so it counts exactly what the tools would show
as an internal error as a failure.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Generator
from contextlib import contextmanager
from typing import IO, NoReturn

from xdsl.utils.exceptions import ArgSpecParseError, DiagnosticException, MultipleSpansParseError, ParseError

from xdsl_quant.locations import render_span

EXIT_BAD_INPUT = 1
EXIT_BAD_USAGE = 2
EXIT_INTERNAL_ERROR = 3

TRACEBACK_VARIABLE = "XDSL_QUANT_TRACEBACK"


class UsageError(Exception):
    """The command line itself is wrong (exit code 2)."""


def fail(tool: str, message: str, code: int) -> NoReturn:
    print(f"{tool}: error: {message.rstrip()}", file=sys.stderr)
    raise SystemExit(code)


def parse_error_message(error: ParseError) -> str:
    """A parse error at its source position, long lines clipped around the error."""
    text = render_span(error.span, error.msg)
    if isinstance(error, MultipleSpansParseError):
        if error.ref_text is not None:
            text += error.ref_text.rstrip("\n") + "\n"
        for span, message in error.refs:
            text += render_span(span, message or "")
    return text


def diagnose(error: BaseException) -> tuple[int, str] | None:
    """The exit code and message for an error that bad input or usage can cause.

    None means the error is a bug in xdsl-quant (an internal error).
    """
    if isinstance(error, UsageError):
        return EXIT_BAD_USAGE, str(error)
    if isinstance(error, ArgSpecParseError):  # a malformed pass pipeline (a BaseException in xDSL)
        return EXIT_BAD_USAGE, str(error)
    if isinstance(error, ParseError):
        return EXIT_BAD_INPUT, parse_error_message(error)
    if isinstance(error, DiagnosticException):
        return EXIT_BAD_INPUT, str(error)
    if isinstance(error, UnicodeDecodeError):  # reading a file that is not text (e.g. a .npy given as IR)
        return EXIT_BAD_INPUT, f"input is not valid UTF-8 text (byte {error.start}: {error.reason})"
    if isinstance(error, OSError):
        return EXIT_BAD_INPUT, f"{error.strerror}: {error.filename}" if error.filename else str(error)
    if isinstance(error, RecursionError):
        return EXIT_BAD_INPUT, "input is nested too deeply"
    return None


def internal_error_message(error: BaseException) -> str:
    """`internal error: <exception>`, where it was raised, and what to do about it."""
    frames = traceback.extract_tb(error.__traceback__)
    where = ""
    if frames:
        frame = frames[-1]
        where = f"\n  raised at {_short_path(frame.filename)}:{frame.lineno} in {frame.name}"
    detail = str(error).strip().splitlines()
    message = f"{type(error).__name__}: {detail[0]}" if detail else type(error).__name__
    return (f"internal error: {message}{where}\n"
            f"  this is a bug in xdsl-quant, not in your input: please report it with the input and the "
            f"command line ({TRACEBACK_VARIABLE}=1 shows the full traceback)")


def _short_path(path: str) -> str:
    for marker in ("/xdsl_quant/", "/xdsl/"):
        index = path.rfind(marker)
        if index >= 0:
            return path[index + 1:]
    return path


def run_reporting_errors(tool: str, body: Callable[[], None]) -> None:
    """Run `body`, turning the exceptions bad input can raise into one diagnostic and an exit code."""
    try:
        body()
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except (Exception, ArgSpecParseError) as e:
        diagnosis = diagnose(e)
        if diagnosis is not None:
            fail(tool, diagnosis[1], diagnosis[0])
        if os.environ.get(TRACEBACK_VARIABLE):
            raise
        fail(tool, internal_error_message(e), EXIT_INTERNAL_ERROR)


def write_atomically(path: str, text: str) -> None:
    """Write `text` to `path` so that a failure never leaves a half-written file behind."""
    with atomic_output(path) as stream:
        stream.write(text.encode("utf-8"))


@contextmanager
def atomic_output(path: str) -> Generator[IO[bytes]]:
    """A binary stream whose content replaces `path` only if the block completes.

    It writes a temporary file next to `path` and renames it: the rename is atomic, so a failure
    (or an interrupt) leaves `path` as it was and no partial file. An output that cannot be
    created (missing directory, no permission) is reported naming `path`, not the temporary file.
    """
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=os.path.basename(path))
    except OSError as error:
        raise OSError(error.errno, f"cannot write the output file ({error.strerror})", path) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
        os.chmod(tmp, _new_file_mode(path))  # mkstemp makes the file private (0600)
        try:
            os.replace(tmp, path)
        except OSError as error:  # e.g. the output is a directory
            raise OSError(error.errno, f"cannot write the output file ({error.strerror})", path) from None
    except BaseException:
        os.unlink(tmp)
        raise


def _new_file_mode(path: str) -> int:
    """The mode `open(path, "w")` would give: the existing file's, or 0666 minus the umask."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
