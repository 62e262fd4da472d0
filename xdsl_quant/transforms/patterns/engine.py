"""One generic matcher for every finalize pattern, with PyTorch's SubgraphRewriter semantics.

The semantics (spec §1.5) that decide which graphs fuse:
- the anchor is the op producing the pattern's first output; matching walks back from it over
  operands; ops match by name, operand count and result count (types are not compared);
- pattern inputs bind to any value (constants, block arguments, values from enclosing regions);
  an input used twice must bind the same value twice;
- every pattern value that is neither an input nor an output must have exactly as many uses in
  the IR as in the pattern (a dequantize with a second user, `x + x` through one shared
  dequantize, or a float result also returned elsewhere blocks the fusion);
- every matched op lives in the anchor's block;
- all matches of a pattern are collected first, in program order, then applied in that order;
  a match that touches an op an earlier match removed is skipped, and an input that an earlier
  match replaced is read from its replacement (PyTorch rewires uses after the sweep, so
  back-to-back layers matched by one pattern all fuse).

One deliberate difference: PyTorch inserts the replacement after the last definition of its
inputs, which can hoist a fused op out of a `prim::If` branch (the interpolate bug of spec
§1.5). We insert it where the anchor was: a match never moves an op out of its region.

Cost: linear in the graph for the whole pattern list. One walk of the target regions files every
op under its name (`_AnchorIndex`); each pattern then tries only the ops of its anchor's name, each
in time proportional to the pattern's size, instead of walking the whole graph itself (with 80
static patterns, per-pattern walks were 80 x N op visits per sweep and most of finalize's time).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from xdsl.dialects.builtin import NoneType
from xdsl.ir import Attribute, Block, Operation, OpResult, Region, SSAValue
from xdsl.irdl import EqAttrConstraint, IRDLOperation
from xdsl.rewriter import InsertPoint, Rewriter

from xdsl_quant.dialects.aten import ATEN
from xdsl_quant.dialects.prim import ConstantOp, Prim
from xdsl_quant.dialects.prim_types import AnyType, is_subtype
from xdsl_quant.dialects.quantized import QUANTIZED
from xdsl_quant.transforms.patterns.syntax import Pattern, PatternOp, TypeOf

Filter = Callable[["Match"], bool]

_OP_CLASSES: dict[str, type[Operation]] = {
    **ATEN, **QUANTIZED, **{op.name: op for op in Prim.operations}
}


def op_class(name: str) -> type[Operation]:
    if name not in _OP_CLASSES:
        raise KeyError(f"pattern uses unknown op {name}")
    return _OP_CLASSES[name]


@dataclass
class Match:
    """A successful match: the op bound to each pattern op and the value bound to each name."""

    pattern: CompiledPattern
    anchor: Operation
    ops: list[Operation]
    values: dict[str, SSAValue]

    def op_of(self, value_name: str) -> Operation:
        producer = self.pattern.pattern.producer(value_name)
        if producer is None:
            raise KeyError(f"%{value_name} is an input of pattern {self.pattern.name}, not an op result")
        return self.ops[self.pattern.index[id(producer[0])]]

    def alive(self) -> bool:
        """False when an earlier rewrite removed one of the matched ops (PyTorch: the match overlaps
        a node already scheduled for deletion). An input defined by an op that an earlier match
        replaced is not a reason to skip: the input is the replacement's value (see `rewrite`)."""
        return all(op.parent is not None for op in self.ops)


class CompiledPattern:
    """A pattern prepared for matching: producers, pattern use counts, the anchor."""

    def __init__(self, pattern: Pattern, filters: dict[str, Filter]):
        self.pattern = pattern
        self.name = pattern.name
        self.index = {id(op): i for i, op in enumerate(pattern.ops)}
        self.uses = Counter(name for op in pattern.ops for name in op.operands)
        self.outputs = set(pattern.outputs)
        producer = pattern.producer(pattern.outputs[0])
        if producer is None:
            raise ValueError(f"pattern {pattern.name}: its first output must be produced by an op")
        self.anchor_name = producer[0].op_name
        self.anchor_result = producer[1]
        self.anchor_op = producer[0]
        self.filters = [filters[f] for f in pattern.filters]
        for op in (*pattern.ops, *pattern.replacement):
            op_class(op.op_name)  # fail early on a typo in the table
        self.creates = frozenset(ConstantOp.name if op.literal is not None else op_class(op.op_name).name
                                 for op in pattern.replacement)
        """The names of the ops a rewrite inserts (see `_AnchorIndex.created`)."""

    # -- matching ---------------------------------------------------------------------------------

    def match(self, anchor: Operation) -> Match | None:
        if anchor.name != self.anchor_name or len(anchor.results) <= self.anchor_result:
            return None
        state = _MatchState(self, anchor.parent_block())
        if not state.bind(self.pattern.outputs[0], anchor.results[self.anchor_result]):
            return None
        if len(state.ops) != len(self.pattern.ops):
            return None  # a pattern op not reachable from the anchor never matched
        for output in self.pattern.outputs[1:]:
            if output not in state.values:
                return None
        found = Match(self, anchor, [state.ops[i] for i in range(len(self.pattern.ops))], state.values)
        return found if all(f(found) for f in self.filters) else None

    def find_all(self, regions: Iterable[Region] | _AnchorIndex) -> list[Match]:
        """Every match in `regions`, in program order (block DFS, as PyTorch collects them)."""
        index = regions if isinstance(regions, _AnchorIndex) else _AnchorIndex(regions)
        return [m for op in index.ops_named(self.anchor_name) if (m := self.match(op)) is not None]

    # -- rewriting ---------------------------------------------------------------------------------

    def rewrite(self, match: Match, replaced: dict[SSAValue, SSAValue] | None = None) -> bool:
        """Replace `match`; False (nothing done) when an input no longer exists.

        `replaced` maps the outputs of earlier matches of this sweep to their new values, and
        gets this match's: a match whose input is an earlier match's output (back-to-back layers)
        uses the new value, as PyTorch's deferred replaceAllUsesWith gives.
        """
        replaced = {} if replaced is None else replaced
        env: dict[str, SSAValue] = {name: _resolve(match.values[name], replaced) for name in self.pattern.inputs}
        if any(isinstance(v, OpResult) and v.op.parent is None for v in env.values()):
            return False
        point = InsertPoint.before(match.anchor)
        for rop in self.pattern.replacement:
            new = self._build(rop, match, env)
            Rewriter.insert_op(new, point)
            env.update(zip(rop.results, new.results, strict=True))
        for output, replacement in zip(self.pattern.outputs, self.pattern.replacement_outputs, strict=True):
            old, new_value = match.values[output], env[replacement]
            if new_value.name_hint is None:
                new_value.name_hint = old.name_hint
            old.replace_all_uses_with(new_value)
            replaced[old] = new_value
        for op in reversed(match.ops):
            Rewriter.erase_op(op)
        return True

    def _build(self, rop: PatternOp, match: Match, env: dict[str, SSAValue]) -> Operation:
        if rop.literal is not None:
            return ConstantOp(*rop.literal)
        cls = op_class(rop.op_name)
        assert issubclass(cls, IRDLOperation)
        properties: dict[str, Attribute] = {}
        if rop.properties_of is not None:
            defined = cls.get_irdl_definition().properties
            source = match.op_of(rop.properties_of).properties
            properties.update({k: v for k, v in source.items() if k in defined})
        properties.update(rop.properties)
        operands = [env[name] for name in rop.operands]
        result_types = [self._result_type(cls, rop, i, match) for i in range(len(rop.results))]
        return cls.create(operands=operands, result_types=result_types, properties=properties)

    def _result_type(self, cls: type[IRDLOperation], rop: PatternOp, i: int, match: Match) -> Attribute:
        if i < len(rop.result_types):
            expr = rop.result_types[i]
            return match.values[expr.name].type if isinstance(expr, TypeOf) else expr
        name = rop.results[i]
        if name in self.pattern.replacement_outputs:
            output = self.pattern.outputs[self.pattern.replacement_outputs.index(name)]
            return match.values[output].type
        fixed = _fixed_type(cls.get_irdl_definition().results[i][1].constr)
        if fixed is not None:
            return fixed
        raise ValueError(f"pattern {self.name}: no type for replacement value %{name}; write `: type(%x)`")


def _fixed_type(constraint: object) -> Attribute | None:
    """The one type a result constraint allows (unwrapping xDSL's range wrappers), if any."""
    while not isinstance(constraint, EqAttrConstraint):
        inner = getattr(constraint, "constraint", None) or getattr(constraint, "constr", None)
        if inner is None:
            return None
        constraint = inner
    return constraint.attr


class _MatchState:
    """Bindings built while matching one anchor."""

    def __init__(self, pattern: CompiledPattern, block: Block | None):
        self.pattern = pattern
        self.block = block
        self.values: dict[str, SSAValue] = {}
        self.ops: dict[int, Operation] = {}
        self.bound_ops: set[int] = set()

    def bind(self, name: str, value: SSAValue) -> bool:
        if name in self.values:
            return self.values[name] is value
        producer = self.pattern.pattern.producer(name)
        if producer is None:
            return self._bind_input(name, value)
        pop, result_index = producer
        owner = value.owner
        if not isinstance(value, OpResult) or value.index != result_index or not isinstance(owner, Operation):
            return False
        index = self.pattern.index[id(pop)]
        if index in self.ops:
            return self.ops[index] is owner
        if not self._op_matches(pop, owner):
            return False
        self.ops[index] = owner
        self.bound_ops.add(id(owner))
        self.values.update(zip(pop.results, owner.results, strict=True))
        return all(self.bind(n, v) for n, v in zip(pop.operands, owner.operands, strict=True))

    def _bind_input(self, name: str, value: SSAValue) -> bool:
        declared = self.pattern.pattern.input_types.get(name)
        if declared is not None and not isinstance(declared, AnyType) and not is_subtype(value.type, declared):
            return False
        self.values[name] = value
        return True

    def _op_matches(self, pop: PatternOp, op: Operation) -> bool:
        if (
            op.name != pop.op_name
            or id(op) in self.bound_ops
            or op.parent_block() is not self.block
            or len(op.operands) != len(pop.operands)
            or len(op.results) != len(pop.results)
        ):
            return False
        if pop.literal is not None:
            if not (isinstance(op, ConstantOp) and op.value == pop.literal[0]):
                return False
        elif any(op.properties.get(k) != _property_value(v) for k, v in pop.properties.items()):
            return False
        # The use-count rule holds for every matched op, constants included (a matched constant is
        # erased with the match: one with another user must not match).
        for result_name, result in zip(pop.results, op.results, strict=True):
            if result_name not in self.pattern.outputs and _count_uses(result) != self.pattern.uses[result_name]:
                return False
        return True


def _property_value(attr: Attribute) -> Attribute | None:
    """A pattern property `name = none` requires the property to be absent (None in TorchScript):
    optional properties are left out of the IR when None."""
    return None if isinstance(attr, NoneType) else attr


def _count_uses(value: SSAValue) -> int:
    return sum(1 for _ in value.uses)


def apply_patterns(patterns: Sequence[CompiledPattern], regions: Sequence[Region]) -> int:
    """Apply each pattern in order, PyTorch-style (collect all matches, then rewrite).

    The regions are walked once for the whole list (`_AnchorIndex`), not once per pattern.
    """
    rewrites = 0
    index = _AnchorIndex(regions)
    for pattern in patterns:
        replaced: dict[SSAValue, SSAValue] = {}
        done = sum(1 for match in pattern.find_all(index) if match.alive() and pattern.rewrite(match, replaced))
        if done:
            index.created(pattern.creates)
        rewrites += done
    return rewrites


class _AnchorIndex:
    """The ops of the target regions by name, in walk order: what a walk per pattern would find.

    Built with one walk. A pattern asks for the ops of its anchor's name; ops that earlier rewrites
    erased are skipped (checked per op, O(nesting depth)). Rewrites only erase matched ops and
    insert replacement ops, never move one, so the one thing a fresh walk would see that the index
    lacks is an inserted op: after a pattern rewrote, the names its replacement creates are marked
    stale, and asking for a stale name re-walks. In the pattern tables that happens only in the
    prepack list (the linear and conv prepack patterns re-insert `aten.linear` / `aten.conv*`, the
    next pattern's anchor), so a sweep costs one or two walks whatever the number of patterns.
    """

    def __init__(self, regions: Iterable[Region]):
        self.regions = list(regions)
        self.region_ids = {id(r) for r in self.regions}
        self.stale: set[str] = set()
        self.by_name: dict[str, list[Operation]] = self._walk()

    def _walk(self) -> dict[str, list[Operation]]:
        by_name: dict[str, list[Operation]] = defaultdict(list)
        for region in self.regions:
            for op in region.walk():
                by_name[op.name].append(op)
        return by_name

    def created(self, names: Iterable[str]) -> None:
        self.stale.update(names)

    def ops_named(self, name: str) -> list[Operation]:
        if name in self.stale:
            self.by_name = self._walk()
            self.stale.clear()
        return [op for op in self.by_name.get(name, ()) if self._attached(op)]

    def _attached(self, op: Operation) -> bool:
        """Whether `op` is still inside one of the regions (not erased, nor inside an erased op)."""
        current: Operation | None = op
        while current is not None:
            region = current.parent_region()
            if region is None:
                return False
            if id(region) in self.region_ids:
                return True
            current = region.parent
        return False


def _resolve(value: SSAValue, replaced: dict[SSAValue, SSAValue]) -> SSAValue:
    while value in replaced:
        value = replaced[value]
    return value
