"""Source locations for verifier and pass errors.

xDSL reports a verifier failure by printing the whole module in generic form with the failing op
underlined; for a real model that is megabytes of text. Like mlir-opt, our tools report
`file:line:col`, the source line and the message instead. Our parser (`xdsl_quant.parsing`)
records where each op was read (in a side table, so the IR itself is unchanged) and, on failure, the failing op is found
and reported at its source position, or at the nearest enclosing op that has one (ops created
by passes have none).
"""

from __future__ import annotations

from io import StringIO
from weakref import WeakKeyDictionary

from xdsl.ir import Operation
from xdsl.printer import Printer
from xdsl.utils.exceptions import DiagnosticException, PassFailedException, VerifyException
from xdsl.utils.lexer import Span

_SPANS: WeakKeyDictionary[Operation, Span[str] | Span[bytes]] = WeakKeyDictionary()
_PREFIX = "Operation does not verify: "


def record_span(op: Operation, span: Span[str] | Span[bytes]) -> None:
    """Remember where `op` was read (called by `xdsl_quant.parsing.QuantParser`)."""
    _SPANS[op] = span


class LocatedError(DiagnosticException):
    """A verifier error reported at a source position."""


def locate(op: Operation, message: str) -> str:
    """`message` at the source position of `op` (or of its nearest located ancestor)."""
    current: Operation | None = op
    while current is not None:
        span = _SPANS.get(current)
        if span is not None:
            return span.print_with_context(f"error: {message}")
        current = current.parent_op()
    stream = StringIO()
    Printer(stream=stream, print_generic_format=True).print_op(op)
    return f"error: {message}\n{stream.getvalue()}"


def verify_located(module: Operation) -> None:
    """Verify `module`; on failure raise a `LocatedError` pointing at the first failing op."""
    try:
        module.verify()
    except VerifyException as error:
        for op in module.walk():
            try:
                op.verify(verify_nested_ops=False)
            except VerifyException as op_error:
                raise LocatedError(locate(op, _message(op_error))) from None
        raise LocatedError(_message(error)) from None


def _message(error: Exception) -> str:
    return str(error).removeprefix(_PREFIX)


def pass_failure(op: Operation, message: str) -> PassFailedException:
    """A pass error about `op`, reported at its source position when the input was parsed by us."""
    return PassFailedException(locate(op, message))
