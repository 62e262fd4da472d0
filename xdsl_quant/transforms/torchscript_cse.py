"""Common-subexpression elimination on TorchScript methods, with PyTorch's aliasing guards.

Used where PyTorch runs `EliminateCommonSubexpression`: after freezing (freeze.py) and in the
on-device pipeline's pre-optimizations (finalize_ondevice.py).

xDSL's CSE treats values as immutable: it merges two identical side-effect-free ops, and two
identical reading ops with no write between them. A TorchScript tensor or list is a mutable
object, though, and a merge makes two objects one: `a = relu(x); b = relu(x); a.add_(1)` would
then change `b` too. PyTorch's CSE skips nodes whose outputs its alias analysis says may be
written, and never makes two graph outputs alias. We do the same with a small alias analysis:

* an in-place op writes its `self`; any other op that writes (`SetAttr`, `append`, a call, whose
  effects are unknown) may write, or store where a later read reaches it, every mutable operand;
* a written value may also be written through whatever it aliases: a value made by an op that
  can return (part of) an operand - a view (`view`, `select`, `transpose`, ...), a list or tuple
  op, an in-place op (it returns `self`), `quant.scast` - passes the write on to those operands.
  Other `aten`/`quantized` ops (`dequantize`, `relu`, `linear`, ...) return fresh tensors and stop
  it, as in PyTorch's alias analysis, so a write elsewhere in the method does not keep two
  dequantizes of one value apart;
* results of `prim.If`/`prim.Loop` and block arguments of their regions have no such summary: a
  write reaching one disables the merging of mutable values in the whole region (the old,
  method-wide rule).

An op with a mutable result merges only if no result may be written and none leaves the block
(a return value, or an element of a tuple or list). Ops with scalar results (constants,
`q_scale`, `dtype`, ...) merge as in xDSL's CSE: an int cannot change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xdsl.dialects.builtin import TensorType, TupleType, UnrankedTensorType
from xdsl.ir import Attribute, Operation, OpResult, Region, SSAValue
from xdsl.traits import MemoryEffectKind, get_effects
from xdsl.transforms.common_subexpression_elimination import CSEDriver

from xdsl_quant.dialects.jit import ModuleType
from xdsl_quant.dialects.prim import ListConstructOp, ReturnOp, TupleConstructOp
from xdsl_quant.dialects.prim_types import AnyType, DictType, ListType, OptionalType

#: aten ops whose result may alias an operand (TorchScript schemas with `Tensor(a)` results, and
#: list/str ops returning elements or the list itself). Every other functional aten op allocates.
ALIASING_ATEN = frozenset({
    "aten.contiguous", "aten.detach", "aten.dropout", "aten.flatten", "aten.reshape", "aten.view",
    "aten.permute", "aten.transpose", "aten.select", "aten.slice", "aten.squeeze", "aten.squeeze.dim",
    "aten.squeeze.dims", "aten.unsqueeze", "aten.chunk", "aten.__getitem__.t", "aten.list.t",
    "aten.slice.t", "aten.add.t", "aten.mul.left_t", "aten.dequantize.list",
})

_IN_PLACE = re.compile(r"[a-z0-9]_(\.[A-Za-z_]+)?$")
"""`aten.relu_`, `aten.squeeze_.dim`: in-place ops return their first operand."""


def torchscript_cse(region: Region) -> None:
    """CSE on `region` (a method body) with the guards described in the module docstring."""
    written, unknown = _may_be_written(region)
    _GuardedCSE(written=written, unknown_writes=unknown).simplify(region)


def is_mutable(t: Attribute) -> bool:
    """Whether a value of type `t` is, or holds, an object that can be changed in place."""
    if isinstance(t, TensorType | UnrankedTensorType | ListType | DictType | ModuleType | AnyType):
        return True
    if isinstance(t, OptionalType):
        return is_mutable(t.element_type)
    if isinstance(t, TupleType):
        return any(is_mutable(e) for e in t.types.data)
    return False


def writes(op: Operation, unknown: bool = True) -> bool:
    """Whether `op` itself (not an op nested in its regions) may write one of its operands;
    `unknown` is the answer for ops with unknown effects (calls)."""
    if op.regions:
        return False  # control flow: its nested ops are visited on their own
    effects = get_effects(op)
    if effects is None:
        return unknown
    return any(e.kind is MemoryEffectKind.WRITE for e in effects)


def _fresh(op: Operation) -> bool:
    """Whether `op`'s results never alias its operands."""
    name = op.name
    if name.endswith("_out") or _IN_PLACE.search(name):
        return False
    if name.startswith("aten."):
        return name not in ALIASING_ATEN
    return name.startswith("quantized.")


def _may_be_written(region: Region) -> tuple[set[SSAValue], bool]:
    """The mutable values of `region` that may be written, and whether a write reached a value
    without an alias summary (then every mutable value counts as possibly written)."""
    pending = [v for op in region.walk() if writes(op) for v in _written_operands(op) if is_mutable(v.type)]
    written: set[SSAValue] = set()
    while pending:
        value = pending.pop()
        if value in written:
            continue
        written.add(value)
        if not isinstance(value, OpResult):
            if value.owner is not region.block:  # type: ignore[union-attr]
                return written, True  # an argument of a prim.Loop body, say
            continue  # a method argument: the caller's object
        owner = value.op
        if owner.regions:
            return written, True
        if not _fresh(owner):
            pending.extend(v for v in owner.operands if is_mutable(v.type))
    return written, False


def _written_operands(op: Operation) -> tuple[SSAValue, ...]:
    """What a writing op may write: an in-place aten op its `self`; anything else (`SetAttr`,
    `append`, calls) every operand, since those also store their operands where later reads
    can reach them."""
    if op.name.startswith("aten.") and _IN_PLACE.search(op.name):
        return tuple(op.operands[:1])
    return tuple(op.operands)


def _escapes(op: Operation) -> bool:
    """Whether a result leaves the op's block as a return value or inside a tuple or list."""
    return any(isinstance(use.operation, ReturnOp | TupleConstructOp | ListConstructOp)
               for r in op.results for use in r.uses)


@dataclass
class _GuardedCSE(CSEDriver):
    written: set[SSAValue] = field(default_factory=set[SSAValue])
    """Mutable values that may be written (see `_may_be_written`)."""
    unknown_writes: bool = False
    """Whether a write reached a value the analysis cannot follow: no mutable value merges."""

    def _simplify_operation(self, op: Operation) -> None:
        """Leave out the ops a merge could make alias (neither merged nor offered to later ops)."""
        mutable = [r for r in op.results if is_mutable(r.type)]
        if mutable and (self.unknown_writes or _escapes(op) or any(r in self.written for r in mutable)):
            return  # the region_dce that follows removes it if it is dead
        super()._simplify_operation(op)
