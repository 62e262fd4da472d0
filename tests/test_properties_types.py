"""Properties of quantized types and values (hypothesis, derandomized: the same examples every run).

1. Every quant type round-trips through quant-opt's printer and parser: as the element type of
   function arguments and results, in custom and generic form, the text printed a second time is
   the same and the types are equal (FloatData compares bits: scales come back exactly).
   A `Scalar` property (`alpha 1`, `negative_slope 0.01`) keeps its value *and* its kind (int or
   float) through print and parse, for every finite double and i64.
2. quantize -> dequantize -> quantize is the identity on storage values, for the runtime's
   per-tensor and per-channel kernels and all three dtypes. For qint32 it holds while the stored
   integers stay within 2^20 of zero (float32 represents them and their differences exactly, and the
   rounding errors of the reciprocal and of the two-rounding recipe stay below half a step);
   beyond that PyTorch's own kernels are not idempotent either (the dequantize subtraction is
   int32 and wraps, and float32 cannot hold large storage values).
"""

from __future__ import annotations

from functools import cache
from io import StringIO

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from xdsl.context import Context
from xdsl.dialects.builtin import (
    Float64Type,
    FloatAttr,
    FloatData,
    IntegerAttr,
    ModuleOp,
    TensorType,
    bf16,
    f16,
    f32,
    f64,
    i64,
)
from xdsl.dialects.func import FuncOp, ReturnOp
from xdsl.ir import Attribute, Block, Region
from xdsl.printer import Printer
from xdsl.utils.exceptions import ParseError, VerifyException

from tests.test_properties_graphs import budget
from xdsl_quant.dialects.quant import AnyQuantizedType, CalibratedQuantizedType, UniformQuantizedType
from xdsl_quant.dialects.quant_syntax import default_storage_range, scale_range
from xdsl_quant.parsing import make_context, parse_module
from xdsl_quant.runtime.qtensor import STORAGE_RANGES
from xdsl_quant.runtime.quantize import dequantize, quantize_per_channel, quantize_per_tensor

# ---------------------------------------------------------------------------------------------
# 1. Round trips
# ---------------------------------------------------------------------------------------------

_EXPRESSED = st.sampled_from([f16, bf16, f32, f64])


@st.composite
def storages(draw: st.DrawFn) -> tuple[str, int | None, int | None]:
    """A storage spelling (`i8`, `u5`, ... up to 32 bits) and an optional narrowed range."""
    signed = draw(st.booleans())
    width = draw(st.sampled_from([1, 2, 4, 7, 8, 16, 31, 32]) | st.integers(1, 32))
    low, high = default_storage_range(signed, width)
    name = f"{'i' if signed else 'u'}{width}"
    if draw(st.booleans()):
        return name, None, None
    minimum = draw(st.integers(low, high - 1))
    return name, minimum, draw(st.integers(minimum + 1, high))


def scales(expressed: Attribute) -> st.SearchStrategy[float]:
    smallest, largest = scale_range(expressed)
    awkward = [s for s in (1 / 3, 0.1 + 0.2, 2.0**-24, 1 / 255, 10704349.0, 1e-30, 3.0e38) if smallest <= s <= largest]
    return st.sampled_from(awkward) | st.floats(smallest, largest)


@st.composite
def quant_types(draw: st.DrawFn) -> tuple[Attribute, tuple[int, ...]]:
    """A quant type and a tensor shape it can be the element type of (per-axis: the axis fits)."""
    storage, minimum, maximum = draw(storages())
    expressed = draw(_EXPRESSED)
    kind = draw(st.sampled_from(["per_tensor", "per_axis", "any", "calibrated"]))
    zero_points = st.integers(-(2**40), 2**40) | st.integers(-300, 300)  # not range-checked, as in MLIR
    if kind == "any":
        typ: Attribute = AnyQuantizedType.get(storage, draw(st.none() | _EXPRESSED), minimum, maximum)
        return typ, tuple(draw(st.lists(st.integers(0, 5), max_size=3)))
    if kind == "calibrated":
        low = draw(st.floats(-1e6, 1e6))
        high = draw(st.floats(-1e6, 1e6).filter(lambda h: h != low))
        low, high = min(low, high), max(low, high)
        return CalibratedQuantizedType(expressed, FloatData(low), FloatData(high)), (2,)
    if kind == "per_tensor":
        typ = UniformQuantizedType.per_tensor(storage, expressed, draw(scales(expressed)), draw(zero_points),
                                              minimum, maximum)
        return typ, tuple(draw(st.lists(st.integers(0, 5), max_size=3)))
    count = draw(st.integers(1, 5))
    axis = draw(st.integers(0, 3))
    typ = UniformQuantizedType.per_axis(storage, expressed, axis, draw(st.lists(scales(expressed), min_size=count,
                                                                               max_size=count)),
                                        draw(st.lists(zero_points, min_size=count, max_size=count)), minimum, maximum)
    return typ, (*[1] * axis, count)


@cache
def _context() -> Context:
    return make_context()


def _print(module: ModuleOp, generic: bool) -> str:
    stream = StringIO()
    Printer(stream=stream, print_generic_format=generic).print_op(module)
    return stream.getvalue()


@budget(400)
@given(st.lists(quant_types(), min_size=1, max_size=3), st.booleans())
def test_quant_types_round_trip_through_print_and_parse(typed: list[tuple[Attribute, tuple[int, ...]]],
                                                        generic: bool) -> None:
    types = [TensorType(t, shape) for t, shape in typed]
    block = Block(arg_types=types)
    block.add_op(ReturnOp(*block.args))
    module = ModuleOp([FuncOp("f", (types, types), Region(block))])
    module.verify()
    text = _print(module, generic)
    again = parse_module(text, "types.mlir", _context())
    again.verify()
    function = next(iter(again.ops))
    assert isinstance(function, FuncOp)
    assert list(function.function_type.inputs) == types
    assert _print(again, generic) == text
    assert _print(again, not generic) == _print(module, not generic)


def test_awkward_scales_print_as_mlir_and_survive() -> None:
    """Fixed examples next to the random ones: a scale needing 17 digits, one needing hex."""
    for scale, text in ((0.1 + 0.2, "0.30000000000000004:3>"), (10704349.0, ", 0x")):
        t = UniformQuantizedType.per_tensor("u8", f32 if scale < 1 else Float64Type(), scale, 3)
        assert text in str(t)
        module = parse_module(f"func.func @f(%x: tensor<2x{t}>) {{\n  func.return\n}}\n", "scale.mlir", _context())
        function = next(iter(module.ops))
        assert isinstance(function, FuncOp)
        element = function.function_type.inputs.data[0].get_element_type()
        assert isinstance(element, UniformQuantizedType)
        assert element.scale == scale


_LEAKY = """func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {{
  %r = aten.leaky_relu %x negative_slope {} : (tensor<4xf32>) -> tensor<4xf32>
  func.return %r : tensor<4xf32>
}}
"""


def _scalar_property(text: str) -> Attribute:
    module = parse_module(text, "scalar.mlir", _context())
    module.verify()
    function = next(iter(module.ops))
    assert isinstance(function, FuncOp)
    op = next(iter(function.body.block.ops))
    return op.properties["negative_slope"]


def _round_tripped(value: float) -> tuple[Attribute, Attribute]:
    attr = IntegerAttr(value, i64) if isinstance(value, int) else FloatAttr(value, f64)
    module = parse_module(_LEAKY.format("0"), "scalar.mlir", _context())
    function = next(iter(module.ops))
    assert isinstance(function, FuncOp)
    next(iter(function.body.block.ops)).properties["negative_slope"] = attr
    module.verify()
    return attr, _scalar_property(_print(module, False))


@budget(300)
@given(st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(2**63), 2**63 - 1))
def test_scalar_properties_round_trip_with_their_kind(value: float) -> None:
    attr, again = _round_tripped(value)
    assert type(again) is type(attr), (attr, again)
    assert again == attr  # FloatData compares bits: -0.0 and subnormals come back exactly


def test_scalar_floats_xdsl_prints_in_hex_stay_floats() -> None:
    """Regression (fuzzer): xDSL prints 12345678901234568.0 as `0x4345EE2A2EB5A5C4`, which a
    Scalar read back as the int 4847542438873900484."""
    for value in (12345678901234568.0, 1e22, -9007199254740993.0 * 2):
        attr, again = _round_tripped(value)
        assert again == attr


def test_an_overflowing_scalar_literal_is_rejected_at_its_position() -> None:
    """Regression (fuzzer, seed 7 input 2325): `1.0e+309` became an infinity that printed as a hex
    bit pattern and read back as an int. MLIR rejects the literal; so do we, at the literal."""
    with pytest.raises(ParseError) as error:
        parse_module(_LEAKY.format("1.0e+309"), "scalar.mlir", _context())
    assert "floating point value too large" in error.value.msg
    assert str(error.value.span.get_location()) == "scalar.mlir:2:42"


_LAYER_NORM = """func.func @f(%x: tensor<2x6xf32>, %w: tensor<6xf32>, %b: tensor<6xf32>) -> tensor<2x6xf32> {{
  %y = aten.layer_norm %x, %w, %b normalized_shape [6] eps {} cudnn_enable true \
: (tensor<2x6xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<2x6xf32>
  func.return %y : tensor<2x6xf32>
}}
"""


def test_float_properties_keep_infinities_and_reject_overflow() -> None:
    """A `float` property (no int/float ambiguity) spells an infinity as MLIR does, by its bit
    pattern, and reads it back; a decimal literal beyond f64 is rejected like a Scalar's."""
    module = parse_module(_LAYER_NORM.format("0x7FF0000000000000"), "eps.mlir", _context())
    module.verify()
    text = _print(module, False)
    assert "eps 0x7ff0000000000000" in text.lower()
    assert _print(parse_module(text, "eps.mlir", _context()), False) == text
    with pytest.raises(ParseError, match="floating point value too large"):
        parse_module(_LAYER_NORM.format("1.0e+999"), "eps.mlir", _context())


def test_a_non_finite_scalar_in_generic_form_does_not_verify() -> None:
    module = parse_module(_LEAKY.format("0.5"), "scalar.mlir", _context())
    function = next(iter(module.ops))
    assert isinstance(function, FuncOp)
    next(iter(function.body.block.ops)).properties["negative_slope"] = FloatAttr(float("inf"), f64)
    with pytest.raises(VerifyException, match="Scalar property must be a finite number"):
        module.verify()


# ---------------------------------------------------------------------------------------------
# 2. quantize -> dequantize -> quantize
# ---------------------------------------------------------------------------------------------

DTYPES = ("quint8", "qint8", "qint32")
QINT32_REACH = 2**20
"""qint32: |stored value| and |zero point| bound for the identity (see the module docstring)."""


def _zero_point(dtype: str) -> st.SearchStrategy[int]:
    low, high = STORAGE_RANGES[dtype]
    if dtype == "qint32":
        low, high = -QINT32_REACH // 2, QINT32_REACH // 2
    return st.integers(low, high)


_SCALES = st.sampled_from([1.0, 0.1, 1 / 3, 2.0**-20, 6.1e-5, 1e-3, 0.0078125, 7.0]) | st.floats(1e-6, 1e3)


def _floats(draw: st.DrawFn, shape: tuple[int, ...], limit: np.ndarray | float) -> np.ndarray:
    """float32 values within `limit` (elementwise), with exact ties and boundary values mixed in."""
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.2, 1.2, shape) * limit
    special = rng.random(shape) < 0.2
    x = np.where(special, np.round(x * 2) / 2, x)  # halves: ties for the rounding
    return x.astype(np.float32)


@st.composite
def per_tensor_cases(draw: st.DrawFn) -> tuple[np.ndarray, float, int, str]:
    dtype = draw(st.sampled_from(DTYPES))
    scale = draw(_SCALES)
    zero_point = draw(_zero_point(dtype))
    low, high = STORAGE_RANGES[dtype]
    reach = QINT32_REACH // 2 if dtype == "qint32" else (high - low)
    shape = tuple(draw(st.lists(st.integers(1, 6), min_size=1, max_size=3)))
    return _floats(draw, shape, scale * reach), scale, zero_point, dtype


@budget(500)
@given(per_tensor_cases())
def test_quantize_dequantize_quantize_per_tensor(case: tuple[np.ndarray, float, int, str]) -> None:
    x, scale, zero_point, dtype = case
    q = quantize_per_tensor(x, scale, zero_point, dtype)
    again = quantize_per_tensor(dequantize(q), scale, zero_point, dtype)
    assert again.values.dtype == q.values.dtype
    np.testing.assert_array_equal(again.values, q.values)
    assert (again.scale, again.zero_point, again.dtype) == (q.scale, q.zero_point, q.dtype)


@st.composite
def per_channel_cases(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, np.ndarray, int, str]:
    dtype = draw(st.sampled_from(DTYPES))
    shape = tuple(draw(st.lists(st.integers(1, 5), min_size=1, max_size=3)))
    axis = draw(st.integers(0, len(shape) - 1))
    channels = shape[axis]
    scales = np.array(draw(st.lists(_SCALES, min_size=channels, max_size=channels)), np.float64)
    zero_points = np.array(draw(st.lists(_zero_point(dtype), min_size=channels, max_size=channels)), np.int64)
    low, high = STORAGE_RANGES[dtype]
    reach = QINT32_REACH // 2 if dtype == "qint32" else (high - low)
    broadcast = [1] * len(shape)
    broadcast[axis] = channels
    x = _floats(draw, shape, (scales * reach).reshape(broadcast))
    return x, scales, zero_points, axis, dtype


@budget(500)
@given(per_channel_cases())
def test_quantize_dequantize_quantize_per_channel(case: tuple[np.ndarray, np.ndarray, np.ndarray, int, str]) -> None:
    x, scales, zero_points, axis, dtype = case
    q = quantize_per_channel(x, scales, zero_points, axis, dtype)
    again = quantize_per_channel(dequantize(q), scales, zero_points, axis, dtype)
    np.testing.assert_array_equal(again.values, q.values)
    assert again.axis == q.axis == axis


@budget(200)
@given(st.sampled_from(DTYPES), _SCALES, st.data())
def test_dequantize_quantize_is_the_identity_on_storage(dtype: str, scale: float, data: st.DataObject) -> None:
    """Starting from stored integers: every representable storage value comes back."""
    low, high = STORAGE_RANGES[dtype]
    zero_point = data.draw(_zero_point(dtype))
    if dtype == "qint32":
        low, high = zero_point - QINT32_REACH // 2, zero_point + QINT32_REACH // 2
    values = np.array([*data.draw(st.lists(st.integers(low, high), min_size=1, max_size=40)), low, high])
    q = quantize_per_tensor(np.zeros(values.shape, np.float32), scale, zero_point, dtype)
    stored = q.with_values(values)
    np.testing.assert_array_equal(quantize_per_tensor(dequantize(stored), scale, zero_point, dtype).values,
                                  stored.values)
