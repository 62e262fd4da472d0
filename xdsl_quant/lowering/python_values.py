"""Python source for IR values: literals, properties, quantized-type descriptors, weights.

The numpy target writes Python code; every compile-time value of the IR (constants, module
attribute values, op properties, the quantization parameters of a type) becomes a Python
expression here. Tensor data does not go into the source: it is collected into `Resources`
and loaded by key, so a model's weights are stored once, exactly, as numpy arrays.
"""

from __future__ import annotations

import base64
import io
import math
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt
from xdsl.dialects.builtin import (
    ArrayAttr,
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    FloatAttr,
    IntegerAttr,
    IntegerType,
    NoneAttr,
    Signedness,
    StringAttr,
    TensorType,
    UnrankedTensorType,
    f64,
    i1,
    i64,
)
from xdsl.ir import Attribute
from xdsl.utils.exceptions import DiagnosticException

from xdsl_quant.dialects.literals import is_none_literal
from xdsl_quant.dialects.prim_types import StrType
from xdsl_quant.dialects.quant import AnyQuantizedType, UniformQuantizedType, quantized_element_type
from xdsl_quant.dialects.quantized_packed import PackedParamsAttr
from xdsl_quant.dialects.resources import read_elements


class UnsupportedValue(DiagnosticException):
    """A compile-time value the numpy target cannot write as Python."""


@dataclass
class Resources:
    """Arrays the generated code reads by key (`R["conv_weight"]`)."""

    arrays: dict[str, npt.NDArray[np.generic]] = field(default_factory=dict[str, npt.NDArray[np.generic]])
    _suffixes: dict[str, int] = field(default_factory=dict[str, int], repr=False, compare=False)
    """The last suffix tried for each key: `add` resumes there (keys are never removed, so every
    smaller suffix is still taken) instead of re-testing `key_1`, `key_2`, ... on every call,
    which is quadratic when many arrays share a hint (`weight` once per layer)."""

    def add(self, hint: str, array: npt.NDArray[np.generic]) -> str:
        key = "".join(c if c.isalnum() or c == "_" else "_" for c in hint) or "tensor"
        candidate, n = key, self._suffixes.get(key, 0)
        if n:
            candidate = f"{key}_{n}"
        while candidate in self.arrays:
            n += 1
            candidate = f"{key}_{n}"
        self._suffixes[key] = n
        self.arrays[candidate] = array
        return candidate


def python_float(value: float) -> str:
    """A float literal that evaluates to exactly `value` (repr round-trips; inf/nan spelled out)."""
    if math.isnan(value):
        return "float('nan')"
    if math.isinf(value):
        return "float('inf')" if value > 0 else "float('-inf')"
    return repr(float(value))


def python_tuple(items: Iterable[str]) -> str:
    """A tuple display: `()`, `(a,)`, `(a, b)`."""
    parts = list(items)
    return f"({parts[0]},)" if len(parts) == 1 else f"({', '.join(parts)})"


def value_expr(value: Attribute, resources: Resources, hint: str = "tensor") -> str:
    """The Python expression for a literal (prim.Constant value, jit.attr value, property)."""
    if is_none_literal(value) or isinstance(value, NoneAttr):
        return "None"
    if isinstance(value, IntegerAttr):
        return str(bool(value.value.data)) if value.type == i1 else str(value.value.data)
    if isinstance(value, FloatAttr):
        return python_float(value.value.data)
    if isinstance(value, StringAttr):
        return repr(value.data)
    if isinstance(value, ArrayAttr):
        return "[" + ", ".join(value_expr(v, resources, hint) for v in value.data) + "]"
    if isinstance(value, DenseArrayBase):
        return python_tuple(str(v) for v in value.get_values())  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType, reportUnknownArgumentType]
    if isinstance(value, DenseIntOrFPElementsAttr | DenseResourceAttr):
        key_hint = value.resource_handle.data if isinstance(value, DenseResourceAttr) else hint
        return f"R[{resources.add(key_hint, read_elements(value))!r}]"
    if isinstance(value, PackedParamsAttr):
        return packed_expr(value, resources, hint)
    raise UnsupportedValue(f"numpy target: no Python form for the literal {value}")


def packed_expr(value: PackedParamsAttr, resources: Resources, hint: str = "packed") -> str:
    """`rt.packed_params(...)`: prepacking is done once, when the generated module is loaded."""
    weight = value_expr(value.weight, resources, f"{hint}_weight")
    bias = value_expr(value.bias, resources, f"{hint}_bias")
    qtype = "None" if isinstance(value.qtype, NoneAttr) else qtype_expr(value.qtype)
    conv = "".join(f", {name}={value.conv_list(name)!r}" for name in ("stride", "padding", "dilation",
                                                                       "output_padding")
                   if value.conv_list(name))
    groups = f", groups={value.groups.data}" if value.conv_list("stride") else ""
    return f"rt.packed_params({value.kind.data!r}, {weight}, {qtype}, {bias}{conv}{groups})"


def qtype_expr(typ: Attribute) -> str:
    """`rt.QType(...)`: what the runtime needs of a quantized element type."""
    element = quantized_element_type(typ)
    if isinstance(element, UniformQuantizedType):
        if element.is_per_axis:
            scales = python_tuple(python_float(s) for s in element.scales)
            zero_points = python_tuple(str(z) for z in element.zero_points)
            return (f"rt.QType({element.storage_type_name!r}, scales={scales}, "
                    f"zero_points={zero_points}, axis={element.axis})")
        return (f"rt.QType({element.storage_type_name!r}, scale={python_float(element.scale)}, "
                f"zero_point={element.zero_point})")
    if isinstance(element, AnyQuantizedType):
        return f"rt.QType({element.storage_type_name!r})"
    raise ValueError(f"not a quantized type: {typ}")


def type_expr(typ: Attribute) -> str:
    """A description of a type for the runtime's input validation (`rt.TensorSpec`, `rt.ScalarSpec`, None)."""
    if isinstance(typ, TensorType | UnrankedTensorType):
        shape = tuple(-1 if d < 0 else d for d in typ.get_shape()) if isinstance(typ, TensorType) else None
        element = typ.get_element_type()
        quantized = quantized_element_type(element)
        dtype = repr(quantized.storage_type_name) if quantized is not None else repr(dtype_name(element))
        return f"rt.TensorSpec({dtype}, {shape!r}, quantized={quantized is not None})"
    if typ in _SCALAR_KINDS:
        return f"rt.ScalarSpec({_SCALAR_KINDS[typ]!r})"
    return "None"  # tuples, lists, optionals, modules: not checked


def dtype_name(element: Attribute) -> str:
    """An element type's short name: f16 f32 f64 bf16, i1, i8..i64 (signless or signed), u8..u64."""
    if isinstance(element, IntegerType):
        width = element.width.data
        if width == 1:
            return "i1"
        return f"{'u' if element.signedness.data == Signedness.UNSIGNED else 'i'}{width}"
    return element.name


_SCALAR_KINDS: dict[Attribute, str] = {i64: "int", f64: "float", i1: "bool", StrType(): "str"}


# -- the weights file ------------------------------------------------------------------------------


def resources_source(resources: Resources) -> str:
    """The weights, embedded in the generated source (when no sidecar .npz is written)."""
    if not resources.arrays:
        return "_RESOURCES = {}  # no weights\n"
    encoded = base64.b64encode(npz_bytes(resources.arrays)).decode()
    chunks = "\n".join(f"    {encoded[i:i + 96]!r}" for i in range(0, len(encoded), 96)) or "    ''"
    return f"_RESOURCES = rt.embedded_weights(\n{chunks}\n)\n"


def npz_bytes(arrays: dict[str, npt.NDArray[np.generic]]) -> bytes:
    """An .npz archive of `arrays` (numpy writes fixed zip timestamps: the bytes are reproducible)."""
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # pyright: ignore[reportArgumentType]
    return buffer.getvalue()


def write_weights(path: str, arrays: dict[str, npt.NDArray[np.generic]]) -> None:
    """Write the sidecar .npz atomically (a failure never leaves half a file behind)."""
    data = npz_bytes(arrays)
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".npz")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
