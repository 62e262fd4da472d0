"""Element-type inference for TorchScript graphs, which carry no tensor dtypes (ClearProfiling).

Every value gets an IR type before any op is built. Non-tensor types come from TorchScript's own
declarations; tensors get their element type from the op that produces them (`ELEMENT_RULES`):
float compute is f32, `quantize_per_tensor`/`_per_channel` produce `!quant.any<S:f32>` with S
read from the dtype argument (a constant, an attribute's initial value, or `prim::dtype` of a
quantized tensor), shape and value ops keep their input's element type, attributes have their
declared types. Control flow joins the types of its paths; loops iterate to a fixed point; a
`prim::Uninitialized` placeholder takes the type of the path it stands in for.

Shapes are not inferred (results are unranked), except that attribute reads keep the
attribute's ranked type and inputs may be given ranked types.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from xdsl.dialects.builtin import IntegerAttr, UnrankedTensorType, f32, f64, i1, i64
from xdsl.ir import Attribute

from xdsl_quant.dialects import aten_schemas
from xdsl_quant.dialects.prim_types import ListType, OptionalType, is_float_type
from xdsl_quant.dialects.quant import AnyQuantizedType, quantized_element_type
from xdsl_quant.dialects.quantized import DYNAMIC, PREPACK, STATIC, UNPACK
from xdsl_quant.dialects.quantized_packed import PackedType
from xdsl_quant.dialects.schema import schema_names
from xdsl_quant.frontend import kinds
from xdsl_quant.frontend.errors import TorchScriptImportError
from xdsl_quant.frontend.infer_prim import PRIM_RULES
from xdsl_quant.frontend.types import (
    F32_TENSOR,
    SCALAR_TYPE_ELEMENTS,
    contains_tensor,
    convert,
    element_of,
    scalar_type_code,
)

if TYPE_CHECKING:
    from xdsl_quant.frontend.context import ImportContext
    from xdsl_quant.frontend.objects import Instance

U8 = AnyQuantizedType.get("u8", f32)
I8 = AnyQuantizedType.get("i8", f32)

#: How an op's tensor results get their element type (default: the first tensor operand's).
#: A string names a rule of `_RULES`; an Attribute is the element type itself.
ELEMENT_RULES: dict[str, str | Attribute] = {
    "aten.quantize_per_tensor": "quantize",
    "aten.quantize_per_channel": "quantize",
    "aten.dequantize": "dequantize",
    "aten.dequantize.list": "dequantize",
    "aten.dequantize.any": "dequantize",  # a tuple of results, e.g. (Tensor, int)
    "aten.int_repr": "storage",
    "aten.scalar_tensor": "dtype_property",
    "aten.q_per_channel_scales": f64,  # per-channel scales come back as doubles
    "aten.q_per_channel_zero_points": i64,
    **{f"aten.{op}": i1 for op in ("gt", "lt", "ge", "le", "eq", "ne")},
    **{f"aten.{name}": "float" for name in schema_names(aten_schemas.FLOAT_COMPUTE)},
    **{f"quantized.{name}": U8 for name in schema_names(STATIC)},
    **{f"quantized.{name}": "float" for name in schema_names(DYNAMIC)},
    **{f"quantized.{name}": "unpack" for name in schema_names(UNPACK)},
    **{f"quantized.{name}": "float" for name in schema_names(PREPACK)},
}


@dataclass
class GraphTypes:
    """The inferred IR type of every value of one method's graph (keyed by `Value.unique()`)."""

    instance: Instance
    method: str
    graph: Any
    types: dict[int, Attribute] = field(default_factory=dict[int, Attribute])
    #: Values that are module instances, and which one.
    modules: dict[int, Instance] = field(default_factory=dict[int, "Instance"])
    #: Types that `prim::Uninitialized` values stand in for.
    placeholders: dict[int, Attribute] = field(default_factory=dict[int, Attribute])

    @property
    def where(self) -> str:
        return f"{self.instance.dotted}.{self.method}"

    def of(self, value: Any) -> Attribute:
        return self.types[value.unique()]

    @property
    def inputs(self) -> list[Attribute]:
        return [self.of(v) for v in self.graph.inputs()]

    @property
    def outputs(self) -> list[Attribute]:
        return [self.of(v) for v in self.graph.outputs()]


class Inference:
    """Computes `GraphTypes` for one method; `ImportContext` memoizes the results."""

    def __init__(self, context: ImportContext, instance: Instance, method: str,
                 input_types: Sequence[Attribute] | None = None):
        self.context = context
        self.result = GraphTypes(instance, method, instance.module._get_method(method).graph)
        self.input_types = input_types
        self.changed = False

    def run(self) -> GraphTypes:
        graph = self.result.graph
        inputs = list(graph.inputs())
        self.result.modules[inputs[0].unique()] = self.result.instance
        self.assign(inputs[0], self.result.instance.module_type)
        for i, value in enumerate(inputs[1:]):
            given = self.input_types[i] if self.input_types and i < len(self.input_types) else None
            self.assign(value, given or convert(value.type()))
        for _ in range(16):  # loops and placeholders converge in a few sweeps
            self.changed = False
            self.walk(graph.block())
            if not self.changed:
                break
        self._resolve_placeholders(graph.block())
        return self.result

    # -- bookkeeping -------------------------------------------------------------------------

    def assign(self, value: Any, typ: Attribute | None) -> None:
        uid = value.unique()
        if typ is not None and self.result.types.get(uid) != typ:
            self.result.types[uid] = typ
            self.changed = True

    def type_of(self, value: Any) -> Attribute | None:
        return self.result.types.get(value.unique())

    def error(self, node: Any, message: str) -> TorchScriptImportError:
        return self.context.error(node, message, self.result.where)

    # -- walking -----------------------------------------------------------------------------

    def walk(self, block: Any) -> None:
        for node in block.nodes():
            self._node(node)

    def _node(self, node: Any) -> None:
        try:
            self._infer(node)
        except TorchScriptImportError as error:
            if error.location is not None or error.method is not None:
                raise
            raise self.error(node, str(error)) from None  # give it the node's position
        except Exception as error:  # a bug of ours: still one located line, never a traceback
            raise self.error(node, f"internal error while importing {node.kind()}: "
                                   f"{type(error).__name__}: {error}") from error

    def _infer(self, node: Any) -> None:
        kind = node.kind()
        handler = PRIM_RULES.get(kind)
        if handler is not None:
            handler(self, node)
            return
        op = kinds.op_class(kind, self.context.overload(node))
        if op is None:
            raise self.context.unsupported(node, self.result.where)
        self._schema_op(node, op.name)

    def _schema_op(self, node: Any, name: str) -> None:
        rule = ELEMENT_RULES.get(name, "first")
        outputs = list(node.outputs())
        if isinstance(rule, str) and rule == "unpack":
            weight = F32_TENSOR if name.endswith("_fp16") else UnrankedTensorType(I8)
            self.assign(outputs[0], weight)
            self.assign(outputs[1], OptionalType(F32_TENSOR))
            return
        element: Attribute | None = None
        for output in outputs:
            if contains_tensor(output.type()):
                if element is None:
                    element = rule if isinstance(rule, Attribute) else _RULES[rule](self, node)
                if element is None:
                    raise self.error(node, f"cannot infer the element type of the result of {node.kind()}")
                self.assign(output, convert(output.type(), UnrankedTensorType(element)))
            else:
                self.assign(output, self._declared(output.type(), node))

    def _declared(self, jit_type: Any, node: Any) -> Attribute:
        kind = jit_type.kind()
        if kind == "ClassType":
            packed = _packed_type(node)
            if packed is None:
                raise self.error(node, f"values of class {jit_type} are not supported here")
            return packed
        return convert(jit_type)

    def tensor_operands(self, node: Any) -> Iterator[Attribute]:
        for value in node.inputs():
            typ = self.type_of(value)
            if typ is None:
                continue
            if isinstance(typ, ListType):
                typ = typ.element_type
            element = element_of(typ)
            if element is not None:
                yield element

    def _resolve_placeholders(self, block: Any) -> None:
        for node in block.nodes():
            if node.kind() == "prim::Uninitialized":
                uid = node.output().unique()
                typ = self.result.placeholders.get(uid) or convert(node.output().type())
                self.result.types[uid] = typ
            for sub in node.blocks():
                self._resolve_placeholders(sub)

    # -- resolution of constant ints (dtype arguments) ---------------------------------------

    def int_value(self, value: Any) -> int | None:
        """The int a value certainly holds: a constant, an attribute never overwritten, a dtype."""
        node = value.node()
        if node.kind() == "prim::Constant":
            ivalue = value.toIValue()
            return ivalue if isinstance(ivalue, int) and not isinstance(ivalue, bool) else None
        if node.kind() == "prim::GetAttr":
            owner = self.result.modules.get(node.input().unique())
            attr = owner.data_attr(node.s("name")) if owner is not None else None
            if attr is None or (owner.type_key, attr.name) in self.context.objects.mutated:
                return None
            literal = attr.literal.value
            return literal.value.data if isinstance(literal, IntegerAttr) else None
        if node.kind() == "prim::dtype":
            typ = self.type_of(node.input())
            return scalar_type_code(typ) if typ is not None else None
        return None


# -- element rules ---------------------------------------------------------------------------------


def _first(inference: Inference, node: Any) -> Attribute | None:
    return next(inference.tensor_operands(node), None)


def _float(inference: Inference, node: Any) -> Attribute | None:
    return next((e for e in inference.tensor_operands(node) if is_float_type(e)), f32)


def _quantize(inference: Inference, node: Any) -> Attribute | None:
    dtype = inference.int_value(list(node.inputs())[-1])
    element = SCALAR_TYPE_ELEMENTS.get(dtype) if dtype is not None else None
    if element is None or quantized_element_type(UnrankedTensorType(element)) is None:
        shown = "not a constant" if dtype is None else f"{dtype}, not a quantized ScalarType"
        raise inference.error(
            node, f"{node.kind()}: cannot infer the quantized storage type: the dtype argument is {shown}"
        )
    return element


def _dequantize(inference: Inference, node: Any) -> Attribute | None:
    source = _first(inference, node)
    quantized = quantized_element_type(UnrankedTensorType(source)) if source is not None else None
    expressed = quantized.expressed_type if quantized is not None else None
    return expressed or f32


def _storage(inference: Inference, node: Any) -> Attribute | None:
    source = _first(inference, node)
    quantized = quantized_element_type(UnrankedTensorType(source)) if source is not None else None
    if quantized is None:
        return None
    return quantized.storage_type


def _dtype_property(inference: Inference, node: Any) -> Attribute | None:
    dtype = inference.int_value(list(node.inputs())[1])
    return f32 if dtype is None else SCALAR_TYPE_ELEMENTS.get(dtype)


_RULES: dict[str, Callable[[Inference, Any], Attribute | None]] = {
    "first": _first,
    "float": _float,
    "quantize": _quantize,
    "dequantize": _dequantize,
    "storage": _storage,
    "dtype_property": _dtype_property,
}


def _packed_type(node: Any) -> Attribute | None:
    """`!quantized.packed<kind>` for the result of a `quantized::*_prepack` node."""
    name = node.kind().removeprefix("quantized::")
    if name == "linear_prepack_fp16":
        return PackedType("linear_fp16")
    if name.endswith("_prepack") and node.kind().startswith("quantized::"):
        return PackedType(name.removesuffix("_prepack"))
    return None
