"""Shared error reporting for the command-line tools.

Bad input must never show a Python traceback: every tool reports one diagnostic on stderr and
exits with 1 for bad input (malformed IR, verifier failures, unreadable files) or 2 for bad usage
(unknown pass, malformed option). `UsageError` marks the second kind.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from typing import NoReturn

from xdsl.utils.exceptions import DiagnosticException, ParseError

EXIT_BAD_INPUT = 1
EXIT_BAD_USAGE = 2


class UsageError(Exception):
    """The command line itself is wrong (exit code 2)."""


def fail(tool: str, message: str, code: int) -> NoReturn:
    print(f"{tool}: error: {message.rstrip()}", file=sys.stderr)
    raise SystemExit(code)


def run_reporting_errors(tool: str, body: Callable[[], None]) -> None:
    """Run `body`, turning the exceptions bad input can raise into one diagnostic and an exit code."""
    try:
        body()
    except UsageError as e:
        fail(tool, str(e), EXIT_BAD_USAGE)
    except (ParseError, DiagnosticException) as e:
        fail(tool, str(e), EXIT_BAD_INPUT)
    except OSError as e:
        fail(tool, f"{e.strerror}: {e.filename}" if e.filename else str(e), EXIT_BAD_INPUT)
    except RecursionError:
        fail(tool, "input is nested too deeply", EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        raise SystemExit(130) from None


def write_atomically(path: str, text: str) -> None:
    """Write `text` to `path` so that a failure never leaves a half-written file behind."""
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=os.path.basename(path))
    try:
        with os.fdopen(fd, "w") as stream:
            stream.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
