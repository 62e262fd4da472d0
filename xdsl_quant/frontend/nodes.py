"""Building the ops of one method from its TorchScript graph, node for node.

Types come from inference (infer.py); this module only builds: `prim::` kinds by dedicated
emitters, `aten::`/`quantized::` kinds through their schema (arguments in PyTorch order; `static`
arguments read from constants into properties). Constants used only as properties are not
imported; every other node is one op, `prim::If`/`prim::Loop` blocks become regions ending in
`prim.Return`, and ops carry the TorchScript source position as their location.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from xdsl.dialects.builtin import (
    DenseArrayBase,
    FloatAttr,
    FunctionType,
    IntegerAttr,
    NoneType,
    StringAttr,
    f64,
    i1,
    i64,
)
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.irdl import IRDLOperation

from xdsl_quant.dialects import prim
from xdsl_quant.dialects.jit import MethodOp, unmangled
from xdsl_quant.dialects.schema import Argument, SchemaOp
from xdsl_quant.frontend import kinds
from xdsl_quant.frontend.context import ImportContext
from xdsl_quant.frontend.errors import TorchScriptImportError
from xdsl_quant.frontend.objects import Instance

_VALID_NAME = re.compile(r"[A-Za-z_$.-][\w$.-]*")
_INVALID_CHARS = re.compile(r"[^\w$.-]")


def value_name(debug_name: str) -> str | None:
    """An SSA name hint from a TorchScript debug name (`x.2`, `13_scale_0`, but not `42`)."""
    if not debug_name or debug_name.isdigit():
        return None
    name = _INVALID_CHARS.sub("_", debug_name)
    return name if _VALID_NAME.fullmatch(name) else f"_{name}"


class MethodEmitter:
    """Emits `jit.method @name` for one method of one module instance."""

    def __init__(self, context: ImportContext, instance: Instance, method: str):
        self.context = context
        self.instance = instance
        self.method = method
        self.types = context.method_types(instance, method)
        self.values: dict[int, SSAValue] = {}

    @property
    def where(self) -> str:
        return self.types.where

    def emit(self) -> MethodOp:
        graph = self.types.graph
        block = Block(arg_types=self.types.inputs)
        for value, arg in zip(graph.inputs(), block.args, strict=True):
            self._bind(value, arg)
        self._block(graph.block(), block)
        block.add_op(prim.ReturnOp(*(self.use(v) for v in graph.outputs())))
        function_type = FunctionType.from_lists(self.types.inputs, self.types.outputs)
        return MethodOp(self.method, function_type, Region(block))

    # -- values ------------------------------------------------------------------------------

    def _bind(self, value: Any, ssa: SSAValue) -> None:
        self.values[value.unique()] = ssa
        name = value_name(value.debugName())
        if name is not None:
            ssa.name_hint = name

    def use(self, value: Any) -> SSAValue:
        found = self.values.get(value.unique())
        if found is None:
            raise self.context.error(value.node(), f"value %{value.debugName()} is used before it is imported",
                                     self.where)
        return found

    def type_of(self, value: Any) -> Attribute:
        return self.types.of(value)

    # -- blocks and nodes --------------------------------------------------------------------

    def _block(self, source: Any, target: Block) -> None:
        for node in source.nodes():
            op = self._node(node)
            if op is None:
                continue
            location = self.context.location(node)
            if location is not None:
                op.location = location
            target.add_op(op)
            for value, result in zip(node.outputs(), op.results, strict=True):
                self._bind(value, result)

    def _node(self, node: Any) -> Operation | None:
        try:
            return self._build(node)
        except TorchScriptImportError as error:
            if error.location is not None or error.method is not None:
                raise
            raise self.context.error(node, str(error), self.where) from None  # give it the node's position
        except Exception as error:  # a bug of ours: still one located line, never a traceback
            raise self.context.error(node, f"internal error while importing {node.kind()}: "
                                           f"{type(error).__name__}: {error}", self.where) from error

    def _build(self, node: Any) -> Operation | None:
        emitter = _PRIM_EMITTERS.get(node.kind())
        if emitter is not None:
            return emitter(self, node)
        op = kinds.op_class(node.kind(), self.context.overload(node))
        if op is None:
            raise self.context.unsupported(node, self.where)
        return self._schema_op(node, op)

    def _region(self, source: Any, arg_types: list[Attribute], args: list[Any]) -> Region:
        block = Block(arg_types=arg_types)
        for value, arg in zip(args, block.args, strict=True):
            self._bind(value, arg)
        self._block(source, block)
        block.add_op(prim.ReturnOp(*(self.use(v) for v in source.outputs())))
        return Region(block)

    # -- schema ops --------------------------------------------------------------------------

    def _schema_op(self, node: Any, op: type[IRDLOperation]) -> Operation:
        assert issubclass(op, SchemaOp)
        schema = op.SCHEMA
        inputs = list(node.inputs())
        fixed = len(schema.arguments)
        if len(inputs) < fixed or (len(inputs) > fixed and not schema.variadic):
            raise self.context.error(
                node, f"{op.name} takes {fixed} arguments, the TorchScript node has {len(inputs)}", self.where
            )
        operands: list[SSAValue | list[SSAValue]] = []
        properties: dict[str, Attribute] = {}
        for argument, value in zip(schema.arguments, inputs, strict=False):
            if argument.static:
                attribute = self._static(node, op.name, argument, value)
                if attribute is not None:
                    properties[argument.name] = attribute
            else:
                operands.append(self.use(value))
        if schema.variadic:
            operands.append([self.use(v) for v in inputs[fixed:]])
        result_types = [self.type_of(v) for v in node.outputs()]
        return op.build(operands=operands, properties=properties, result_types=result_types)

    def _static(self, node: Any, op_name: str, argument: Argument, value: Any) -> Attribute | None:
        """The property for a `static` argument, read from the constant that feeds it."""
        constant = constant_value(value)
        if constant is _NOT_CONSTANT:
            raise self.context.error(
                node, f"{op_name}: argument '{argument.name}' must be a constant, but the graph computes it",
                self.where)
        attribute = static_attribute(argument.type, constant)
        if attribute is _NOT_CONSTANT:
            raise self.context.error(
                node, f"{op_name}: argument '{argument.name}' of type {argument.type} cannot be {constant!r}",
                self.where)
        return attribute  # pyright: ignore[reportReturnType]

    # -- prim nodes --------------------------------------------------------------------------

    def constant(self, node: Any) -> Operation | None:
        output = node.output()
        if output.type().kind() == "FunctionType" or property_only(output):
            return None
        key = "_".join((*self.instance.path[1:], self.method, output.debugName()))
        literal = self.context.literals.literal(output.toIValue(), output.type(), key)
        return prim.ConstantOp(literal.value, self.type_of(output))

    def get_attr(self, node: Any) -> Operation:
        return prim.GetAttrOp(self.use(node.input()), node.s("name"), self.type_of(node.output()))

    def set_attr(self, node: Any) -> Operation:
        target, value = node.inputs()
        return prim.SetAttrOp(self.use(target), node.s("name"), self.use(value))

    def call_method(self, node: Any) -> Operation:
        args = [self.use(v) for v in node.inputs()]
        return prim.CallMethodOp(node.s("name"), args, [self.type_of(v) for v in node.outputs()])

    def call_function(self, node: Any) -> Operation:
        function, *args = node.inputs()
        return prim.CallFunctionOp(unmangled(str(function.type())), [self.use(v) for v in args],
                                   [self.type_of(v) for v in node.outputs()])

    def list_construct(self, node: Any) -> Operation:
        list_type = self.type_of(node.output())
        assert isinstance(list_type, prim.ListType)
        return prim.ListConstructOp([self.use(v) for v in node.inputs()], list_type)

    def raise_exception(self, node: Any) -> Operation:
        message, *rest = node.inputs()
        exception_class = [self.use(v) for v in rest if self.type_of(v) != NoneType()]
        return prim.RaiseExceptionOp.build(operands=[self.use(message), exception_class])

    def if_(self, node: Any) -> Operation:
        then_block, else_block = node.blocks()
        return prim.IfOp(
            self.use(node.input()),
            [self.type_of(v) for v in node.outputs()],
            self._region(then_block, [], []),
            self._region(else_block, [], []),
        )

    def loop(self, node: Any) -> Operation:
        trip_count, condition, *carried = node.inputs()
        (body,) = node.blocks()
        body_args = list(body.inputs())
        carried_values = [self.use(v) for v in carried]
        for value, output in zip(carried_values, node.outputs(), strict=True):
            if value.type != self.type_of(output):
                raise self.context.error(
                    node, f"prim::Loop carries a {value.type} that becomes {self.type_of(output)}", self.where)
        region = self._region(body, [self.type_of(v) for v in body_args], body_args)
        return prim.LoopOp(self.use(trip_count), self.use(condition), carried_values, region)


def _variadic_operands(op: type[IRDLOperation]) -> bool:
    return any(type(d).__name__.startswith("Var") for _, d in op.get_irdl_definition().operands)


def _variadic_results(op: type[IRDLOperation]) -> bool:
    return any(type(d).__name__.startswith("Var") for _, d in op.get_irdl_definition().results)


def _simple(op: type[IRDLOperation]) -> Callable[[MethodEmitter, Any], Operation]:
    """Ops whose operands and results are the node's inputs and outputs, one for one."""

    def emit(emitter: MethodEmitter, node: Any) -> Operation:
        operands = [emitter.use(v) for v in node.inputs()]
        results = [emitter.type_of(v) for v in node.outputs()]
        return op.build(
            operands=[operands] if _variadic_operands(op) else operands,
            result_types=[results] if _variadic_results(op) else results,
        )

    return emit


_PRIM_EMITTERS: dict[str, Callable[[MethodEmitter, Any], Operation | None]] = {
    "prim::Constant": MethodEmitter.constant,
    "prim::GetAttr": MethodEmitter.get_attr,
    "prim::SetAttr": MethodEmitter.set_attr,
    "prim::CallMethod": MethodEmitter.call_method,
    "prim::CallFunction": MethodEmitter.call_function,
    "prim::ListConstruct": MethodEmitter.list_construct,
    "prim::ListUnpack": _simple(prim.ListUnpackOp),
    "prim::TupleConstruct": _simple(prim.TupleConstructOp),
    "prim::TupleUnpack": _simple(prim.TupleUnpackOp),
    "prim::TupleIndex": _simple(prim.TupleIndexOp),
    "prim::dtype": _simple(prim.DtypeOp),
    "prim::device": _simple(prim.DeviceOp),
    "prim::NumToTensor": _simple(prim.NumToTensorOp),
    "prim::Uninitialized": _simple(prim.UninitializedOp),
    "prim::unchecked_cast": _simple(prim.UncheckedCastOp),
    "prim::RaiseException": MethodEmitter.raise_exception,
    "prim::If": MethodEmitter.if_,
    "prim::Loop": MethodEmitter.loop,
}
assert set(_PRIM_EMITTERS) == kinds.PRIM_KINDS, "every prim kind needs an emitter"


# -- constants feeding static arguments -------------------------------------------------------------

_NOT_CONSTANT = object()


def constant_value(value: Any) -> Any:
    """The Python value of a constant (a list of constants counts), else `_NOT_CONSTANT`."""
    node = value.node()
    if node.kind() == "prim::Constant":
        return value.toIValue()
    if node.kind() == "prim::ListConstruct":
        items = [constant_value(v) for v in node.inputs()]
        return _NOT_CONSTANT if any(i is _NOT_CONSTANT for i in items) else items
    return _NOT_CONSTANT


def _ints(values: Any) -> bool:
    return isinstance(values, list | tuple) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in values)  # pyright: ignore


def static_attribute(schema_type: str, value: Any) -> Attribute | object | None:
    """The property value for a static argument of schema type `schema_type` (None: omitted)."""
    token = schema_type.removesuffix("?")
    if value is None:
        return None if schema_type.endswith("?") else _NOT_CONSTANT
    if isinstance(value, bool):
        return IntegerAttr(int(value), i1) if token == "bool" else _NOT_CONSTANT
    if token in ("int", "ScalarType", "Layout", "MemoryFormat") and isinstance(value, int):
        return IntegerAttr(value, i64)
    if token == "float" and isinstance(value, int | float):
        return FloatAttr(float(value), f64)
    if token == "Scalar" and isinstance(value, int | float):
        return IntegerAttr(value, i64) if isinstance(value, int) else FloatAttr(value, f64)
    if token == "int[]" and _ints(value):
        return DenseArrayBase.from_list(i64, list(value))
    if token == "float[]" and isinstance(value, list | tuple):
        return DenseArrayBase.from_list(f64, [float(v) for v in value])  # pyright: ignore
    if token in ("str", "Device") and value is not None:
        return StringAttr(str(value))
    return _NOT_CONSTANT


def property_only(value: Any) -> bool:
    """Whether every use of `value` is a static argument (so the constant needs no op)."""
    uses = value.uses()
    if not uses:
        return False
    for use in uses:
        user = use.user
        op = kinds.op_class(user.kind(), _overload(user)) if user.kind() not in kinds.PRIM_KINDS else None
        if op is None or not issubclass(op, SchemaOp):
            return False
        arguments = op.SCHEMA.arguments
        if use.offset >= len(arguments) or not arguments[use.offset].static:
            return False
    return True


def _overload(node: Any) -> str:
    import torch

    schema = node.schema()
    return "" if schema == "(no schema)" else torch._C.parse_schema(schema).overload_name

