"""Source locations for verifier and pass errors.

xDSL reports a verifier failure by printing the whole module in generic form with the failing op
underlined; for a real model that is megabytes of text. Like mlir-opt, our tools report
`file:line:col`, the source line and the message instead. Our parser (`xdsl_quant.parsing`)
records where each op was read (in a side table, so the IR itself is unchanged) and, on failure, the failing op is found
and reported at its source position, or at the nearest enclosing op that has one (ops created
by passes have none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from io import StringIO
from weakref import WeakKeyDictionary

from xdsl.dialects.builtin import StringAttr
from xdsl.ir import Operation
from xdsl.printer import Printer
from xdsl.traits import IsTerminator, NoTerminator
from xdsl.utils.exceptions import DiagnosticException, PassFailedException, VerifyException
from xdsl.utils.lexer import Span

_SPANS: WeakKeyDictionary[Operation, Span[str] | Span[bytes]] = WeakKeyDictionary()
_PREFIX = "Operation does not verify: "


def record_span(op: Operation, span: Span[str] | Span[bytes]) -> None:
    """Remember where `op` was read (called by `xdsl_quant.parsing.QuantParser`)."""
    _SPANS[op] = span


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

#: Longest source line a diagnostic quotes in full; longer ones are clipped around the error.
MAX_CONTEXT = 160


def render_span(span: Span[str] | Span[bytes], message: str) -> str:
    """`file:line:col`, the source line and a caret under `span`, then `message`.

    Like xDSL's `Span.print_with_context`, but one line of context however long the span, and a
    line longer than `MAX_CONTEXT` characters (minified or binary input) clipped around the span.
    """
    source = span.input
    line_start = source.get_start_of_line(span.start)
    line_end = source.get_end_of_line(span.start)
    line = source.content[line_start:line_end]
    start = span.start - line_start
    end = max(min(span.end, line_end) - line_start, start + 1)
    if isinstance(line, bytes):
        start = len(line[:start].decode("utf-8", "replace"))
        end = len(line[:end].decode("utf-8", "replace"))
        line = line.decode("utf-8", "replace")
    line = _CONTROL.sub("\N{REPLACEMENT CHARACTER}", line.removesuffix("\r"))
    if len(line) > MAX_CONTEXT:
        first = max(0, min(start - MAX_CONTEXT // 3, len(line) - MAX_CONTEXT))
        last = first + MAX_CONTEXT
        prefix = "..." if first > 0 else ""
        line = prefix + line[first:last] + ("..." if last < len(line) else "")
        start = start - first + len(prefix)
        end = min(end - first, last - first) + len(prefix)
    start = min(start, len(line))
    end = max(min(end, len(line)), start + 1)
    indent = " " * start
    return f"{span.get_location()}\n{line}\n{indent}{'^' * (end - start)}\n{indent}{message}\n"


def source_span(op: Operation) -> Span[str] | Span[bytes] | None:
    """Where `op` was read, if our parser read it."""
    return _SPANS.get(op)


class LocatedError(DiagnosticException):
    """A verifier error reported at a source position."""


def locate(op: Operation, message: str) -> str:
    """`message` at the source position of `op` (or of its nearest located ancestor)."""
    current: Operation | None = op
    while current is not None:
        span = _SPANS.get(current)
        if span is not None:
            return render_span(span, f"error: {message}")
        current = current.parent_op()
    stream = StringIO()
    Printer(stream=stream, print_generic_format=True).print_op(op)
    return f"error: {message}\n{stream.getvalue()}"


def verify_located(module: Operation) -> None:
    """Verify `module`; on failure raise a `LocatedError` pointing at the first failing op.

    The checks are xDSL's `Operation.verify`, op by op in pre-order, but a failure does not print
    the whole module: xDSL attaches the module in generic form to the error, megabytes of text
    for a real model. A block-level failure (an empty body) is reported at the op owning it, a
    duplicate symbol at its second definition.
    """
    for op in module.walk():
        try:
            verify_op(op)
        except VerifyException as error:
            message = _message(error)
            raise LocatedError(locate(_culprit(op, message), message)) from None


def verify_op(op: Operation) -> None:
    """What `Operation.verify(verify_nested_ops=False)` checks, plus the checks of its blocks."""
    if op.successors:
        parent = op.parent
        if parent is None or parent.parent is None:
            raise VerifyException(f"Operation {op.name} with block successors does not belong to a block or a region")
        if parent.last_op is not op:
            raise VerifyException(f"Operation {op.name} with block successors must terminate its parent block")
        if any(successor.parent is not parent.parent for successor in op.successors):
            raise VerifyException(f"Operation {op.name} is branching to a block of a different region")
    parent = op.parent
    if parent is not None and parent.parent is not None and parent.last_op is op:
        region = parent.parent
        owner = region.parent
        if len(region.blocks) == 1:
            if owner is not None and not owner.has_trait(NoTerminator) and not op.has_trait(IsTerminator):
                raise VerifyException(
                    f"Operation {op.name} terminates block in single-block region but is not a terminator")
        elif not op.has_trait(IsTerminator):
            raise VerifyException(f"Operation {op.name} terminates block in multi-block region but is not a terminator")
    for region in op.regions:
        if len(region.blocks) == 1 and region.block.first_op is None and not op.has_trait(NoTerminator):
            raise VerifyException(
                f"Operation {op.name} contains empty block in single-block region that expects at least a terminator")
    op.verify_()


def _culprit(op: Operation, message: str) -> Operation:
    """The op to report `message` at: for a duplicate symbol, its second definition."""
    match = re.match(r'Redefinition of symbol "(.*)"', message)
    if match is not None:
        seen = False
        for region in op.regions:
            for block in region.blocks:
                for inner in block.ops:
                    name = inner.properties.get("sym_name") or inner.attributes.get("sym_name")
                    if isinstance(name, StringAttr) and name.data == match.group(1):
                        if seen:
                            return inner
                        seen = True
    return op


def _message(error: Exception) -> str:
    return str(error).removeprefix(_PREFIX)


def verify_rewritten(ops: Iterable[Operation], context: str) -> None:
    """Verify ops a pass has rewritten; a failure means the input contradicts itself in a way only
    the rewrite exposes (e.g. a dtype attribute that disagrees with a type once it is frozen), and
    is reported as a pass error at the op, `context` explaining what the pass did."""
    for op in ops:
        try:
            verify_op(op)
        except VerifyException as error:
            raise pass_failure(op, f"{context}: {_message(error)}") from None


def pass_failure(op: Operation, message: str) -> PassFailedException:
    """A pass error about `op`, reported at its source position when the input was parsed by us."""
    return PassFailedException(locate(op, message))
