"""The `quant` dialect's Python API, MLIR's number printing, and exact print/parse round trips.

Expected texts come from MLIR's own tests (test/Dialect/Quant/*.mlir) or from MLIR's printing rules
worked out by hand; none is copied from this implementation's output.
"""

import math
import struct
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from xdsl.context import Context
from xdsl.dialects.builtin import (
    Builtin,
    Float8E4M3FNType,
    Float8E8M0FNUType,
    FloatData,
    IntegerType,
    NoneAttr,
    Signedness,
    TensorType,
    UnrankedTensorType,
    bf16,
    f16,
    f32,
    f64,
    i8,
    i32,
)
from xdsl.ir import Attribute, Block
from xdsl.parser import Parser
from xdsl.utils.exceptions import ParseError, VerifyException

from xdsl_quant.dialects.quant import (
    AnyQuantizedType,
    CalibratedQuantizedType,
    DequantizeCastOp,
    Quant,
    QuantizeCastOp,
    QuantizedType,
    StorageCastOp,
    UniformQuantizedType,
    quantized_element_type,
)
from xdsl_quant.dialects.quant_syntax import default_storage_range, format_float, scale_range


def _context() -> Context:
    ctx = Context()
    ctx.load_dialect(Builtin)
    ctx.load_dialect(Quant)
    return ctx


def parse_type(text: str) -> Attribute:
    return Parser(_context(), text).parse_type()


def _bits(value: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", value))[0]


# ---------------------------------------------------------------------------------------------
# Python API
# ---------------------------------------------------------------------------------------------


def test_per_tensor_properties():
    t = UniformQuantizedType.per_tensor("u8", f32, 0.05, 128)
    assert str(t) == "!quant.uniform<u8:f32, 5.000000e-02:128>"
    assert not t.is_signed
    assert (t.storage_width, t.storage_min, t.storage_max) == (8, 0, 255)
    assert t.storage_type == IntegerType(8)  # signless, as in MLIR
    assert t.storage_type_name == "u8"
    assert t.numpy_storage_dtype() == "uint8"
    assert not t.is_per_axis
    assert t.axis is None
    assert (t.scale, t.zero_point) == (0.05, 128)
    assert (t.scales, t.zero_points) == ((0.05,), (128,))
    assert t.expressed_type == f32
    assert not t.has_storage_type_bounds()


def test_narrowed_storage_range():
    t = UniformQuantizedType.per_tensor("i8", f32, 0.5, storage_min=-127, storage_max=127)
    assert str(t) == "!quant.uniform<i8<-127:127>:f32, 5.000000e-01>"
    assert (t.storage_min, t.storage_max, t.is_signed) == (-127, 127, True)
    assert t.has_storage_type_bounds()


def test_per_axis_properties():
    t = UniformQuantizedType.per_axis("i8", f32, 0, [0.1, 0.25], [0, -3])
    assert str(t) == "!quant.uniform<i8:f32:0, {1.000000e-01,2.500000e-01:-3}>"
    assert t.is_per_axis
    assert t.axis == 0
    assert (t.scales, t.zero_points) == ((0.1, 0.25), (0, -3))
    with pytest.raises(ValueError, match="scale is undefined for per-axis"):
        _ = t.scale
    with pytest.raises(ValueError, match="zero_point is undefined for per-axis"):
        _ = t.zero_point


@pytest.mark.parametrize(
    ("storage", "dtype", "full_range"),
    [
        ("i8", "int8", (-128, 127)),
        ("u8", "uint8", (0, 255)),
        ("i16", "int16", (-32768, 32767)),
        ("u16", "uint16", (0, 65535)),
        ("i32", "int32", (-(2**31), 2**31 - 1)),
        ("u32", "uint32", (0, 2**32 - 1)),
        ("i4", "int8", (-8, 7)),
        ("u1", "uint8", (0, 1)),
    ],
)
def test_storage_types(storage: str, dtype: str, full_range: tuple[int, int]):
    t = UniformQuantizedType.per_tensor(storage, f32, 1.0)
    assert t.numpy_storage_dtype() == dtype
    assert (t.storage_min, t.storage_max) == full_range
    assert t.storage_type_name == storage
    assert str(t) == f"!quant.uniform<{storage}:f32, 1.000000e+00>"


def test_any_quantized_type():
    t = AnyQuantizedType.get("i8", storage_min=-8, storage_max=7)
    assert str(t) == "!quant.any<i8<-8:7>>"
    assert t.expressed_type is None
    assert (t.storage_min, t.storage_max, t.numpy_storage_dtype()) == (-8, 7, "int8")
    typed = AnyQuantizedType.get("u8", f32)
    assert str(typed) == "!quant.any<u8:f32>"
    assert typed.expressed_type == f32
    assert typed.storage_type_name == "u8"


def test_quantized_element_type():
    uniform = UniformQuantizedType.per_tensor("u8", f32, 0.1, 3)
    any_type = AnyQuantizedType.get("i8", f32)
    calibrated = CalibratedQuantizedType(f32, FloatData(-1.0), FloatData(1.0))
    assert quantized_element_type(TensorType(uniform, [2, 3])) is uniform
    assert quantized_element_type(UnrankedTensorType(any_type)) is any_type
    assert quantized_element_type(uniform) is uniform
    assert quantized_element_type(TensorType(f32, [2])) is None
    assert quantized_element_type(f32) is None
    assert quantized_element_type(calibrated) is None
    assert isinstance(uniform, QuantizedType)
    assert isinstance(any_type, QuantizedType)
    assert not isinstance(calibrated, QuantizedType)


per_tensor = UniformQuantizedType.per_tensor
per_axis = UniformQuantizedType.per_axis
F32_RANGE = "[1.401298e-45, 3.402823e+38]"


def calibrated(expressed: Attribute, low: float, high: float) -> CalibratedQuantizedType:
    return CalibratedQuantizedType(expressed, FloatData(low), FloatData(high))


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: per_tensor("i8", i32, 0.1), "expressed type must be floating point"),
        (lambda: per_tensor("i8", NoneAttr(), 0.1), "uniform quantization requires expressed type"),
        (lambda: per_tensor("i33", f32, 0.1), "illegal storage type size: 33"),
        (lambda: per_tensor("i0", f32, 0.1), "illegal storage type size: 0"),
        (lambda: per_tensor("int8", f32, 0.1), "illegal storage type prefix"),
        (lambda: per_tensor("i8", f32, 0.1, 0, 5, 5), "illegal storage min and storage max: (5:5)"),
        (lambda: per_tensor("i8", f32, 0.1, storage_min=-129), "illegal storage min and storage max: (-129:127)"),
        (lambda: per_tensor("i8", f32, 0.0), f"scale out of expressed type range {F32_RANGE}"),
        (lambda: per_tensor("i8", f32, -1.0), f"scale out of expressed type range {F32_RANGE}"),
        (lambda: per_tensor("i8", f32, math.inf), f"scale out of expressed type range {F32_RANGE}"),
        (lambda: per_tensor("i8", f32, math.nan), f"scale out of expressed type range {F32_RANGE}"),
        (lambda: per_tensor("i8", f16, 6.6e4), "scale out of expressed type range [5.960464e-08, 6.550400e+04]"),
        (lambda: per_axis("i8", f32, 0, [1.0, 2.0], [0]), "illegal number of scales and zeroPoints: 2, 1"),
        (lambda: per_axis("i8", f32, -1, [1.0], [0]), "illegal quantized dimension: -1"),
        (lambda: AnyQuantizedType.get("u8", i8), "expressed type must be floating point"),
        (lambda: AnyQuantizedType.get("u4", storage_max=16), "illegal storage min and storage max: (0:16)"),
        (lambda: calibrated(f32, 1.0, -1.0), "illegal min and max: (1.000000e+00:-1.000000e+00)"),
        (lambda: calibrated(i8, -1.0, 1.0), "expressed type must be floating point"),
    ],
)  # fmt: skip
def test_verifier_messages(build: Callable[[], Attribute], message: str):
    """The messages of MLIR's `verifyInvariants` (QuantTypes.cpp), plus our zero-point rule."""
    with pytest.raises(VerifyException) as info:
        build()
    assert message in str(info.value)


def test_signed_storage_type_is_rejected():
    signless = UniformQuantizedType.per_tensor("i8", f32, 1.0)
    with pytest.raises(VerifyException, match="storage type must be a signless integer"):
        UniformQuantizedType.new((signless.flags, IntegerType(8, Signedness.SIGNED), *signless.parameters[2:]))


def test_scale_ranges_are_those_of_apfloat():
    assert scale_range(f16) == (2.0**-24, 65504.0)
    assert scale_range(bf16) == (2.0**-133, 3.3895313892515355e38)
    assert scale_range(f32) == (2.0**-149, 3.4028234663852886e38)
    assert scale_range(f64) == (5e-324, 1.7976931348623157e308)
    assert scale_range(Float8E4M3FNType()) == (2.0**-9, 448.0)
    assert scale_range(Float8E8M0FNUType()) == (2.0**-127, 2.0**127)  # no zero, no sign


# ---------------------------------------------------------------------------------------------
# Operations built from Python
# ---------------------------------------------------------------------------------------------


def test_cast_ops_from_python():
    q = UniformQuantizedType.per_axis("u8", f32, 1, [0.5, 0.25], [1, 2])
    block = Block(arg_types=[TensorType(f32, [3, 2]), TensorType(i8, [3, 2])])
    quantize = QuantizeCastOp(block.args[0], TensorType(q, [3, 2]))
    dequantize = DequantizeCastOp(quantize.result, TensorType(f32, [3, 2]))
    storage = StorageCastOp(block.args[1], TensorType(q, [3, 2]))
    for op in (quantize, dequantize, storage):
        op.verify()
    assert str(quantize) == (
        "%0 = quant.qcast %1 : tensor<3x2xf32> to tensor<3x2x!quant.uniform<u8:f32:1, {5.000000e-01:1,2.500000e-01:2}>>"
    )
    wrong_axis_size = StorageCastOp(block.args[1], TensorType(q, [2, 3]))
    with pytest.raises(VerifyException, match="input and result are both scalars or both tensors"):
        wrong_axis_size.verify()
    scalar = QuantizeCastOp(Block(arg_types=[f32]).args[0], q)
    with pytest.raises(VerifyException, match="scalar types may not use per-axis quantization"):
        scalar.verify()


# ---------------------------------------------------------------------------------------------
# Numbers printed as MLIR prints them
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.99872, "9.987200e-01"),  # parse-uniform.mlir
        (2.0e-2, "2.000000e-02"),  # parse-uniform.mlir
        (2.0e2, "2.000000e+02"),  # parse-uniform.mlir
        (struct.unpack("<d", bytes.fromhex("000000A0BB6A6441"))[0], "0x41646ABBA0000000"),  # parse-uniform.mlir
        (-0.998, "-0.998"),  # Bytecode/types.mlir: the 6-digit attempt truncates to 9.979990e-01
        (1.2321, "1.232100e+00"),  # Bytecode/types.mlir
        (0.1 + 0.2, "0.30000000000000004"),  # 17 digits, no exponent within 3 places
        (1 / 3, "0.33333333333333331"),  # APFloat keeps the 17th digit, unlike repr
        (2.0**-149, "1.4012984643248171E-45"),  # scientific: upper-case E, no padding
        (123456789.0, "0x419D6F3454000000"),  # the 17-digit form would have no '.'
        (0.0, "0.000000e+00"),
        (math.inf, "0x7FF0000000000000"),
    ],
)
def test_format_float_matches_mlir(value: float, text: str):
    assert format_float(value) == text


def _near_powers_of_two() -> list[float]:
    """Doubles where 17 decimal digits are tightest: next to powers of two, in every binade."""
    values: list[float] = []
    for exponent in range(-1074, 1024):
        power = 2.0**exponent
        for value in (math.nextafter(power, 0.0), power, math.nextafter(power, math.inf)):
            values.extend(v for v in (value, value * 3, value * 7) if 0 < v < math.inf)
    return values


def test_format_float_is_lossless_near_powers_of_two():
    for value in _near_powers_of_two():
        assert _bits(float.fromhex(value.hex())) == _bits(value)
        assert _bits(_read_back(format_float(value))) == _bits(value), value


def _read_back(text: str) -> float:
    if text.startswith("0x"):
        return struct.unpack("<d", struct.pack("<Q", int(text, 16)))[0]
    return float(text)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_format_float_is_lossless(value: float):
    text = format_float(value)
    assert "." in text or text.startswith("0x")
    assert _bits(_read_back(text)) == _bits(value)


# ---------------------------------------------------------------------------------------------
# Round trips of random valid types, and rejection of invalid zero points
# ---------------------------------------------------------------------------------------------

_EXPRESSED = st.sampled_from([f16, bf16, f32, f64])


@st.composite
def _storage(draw: st.DrawFn) -> tuple[str, int | None, int | None]:
    is_signed = draw(st.booleans())
    width = draw(st.integers(1, 32))
    low, high = default_storage_range(is_signed, width)
    if draw(st.booleans()):
        return f"{'i' if is_signed else 'u'}{width}", None, None
    minimum = draw(st.integers(low, high - 1))
    maximum = draw(st.integers(minimum + 1, high))
    return f"{'i' if is_signed else 'u'}{width}", minimum, maximum


def _scales(expressed: Attribute) -> st.SearchStrategy[float]:
    smallest, largest = scale_range(expressed)
    awkward = [s for s in (0.1 + 0.2, 1 / 3, 0.1, 2.0**-24, 1 / 255) if smallest <= s <= largest]
    return st.one_of(st.sampled_from(awkward), st.floats(smallest, largest))


@st.composite
def uniform_types(draw: st.DrawFn) -> UniformQuantizedType:
    storage, storage_min, storage_max = draw(_storage())
    expressed = draw(_EXPRESSED)
    probe = UniformQuantizedType.per_tensor(storage, f32, 1.0)
    zero_points = st.integers(*default_storage_range(probe.is_signed, probe.storage_width))
    if draw(st.booleans()):
        return UniformQuantizedType.per_tensor(
            storage, expressed, draw(_scales(expressed)), draw(zero_points), storage_min, storage_max
        )
    count = draw(st.integers(1, 6))
    return UniformQuantizedType.per_axis(
        storage,
        expressed,
        draw(st.integers(0, 7)),
        draw(st.lists(_scales(expressed), min_size=count, max_size=count)),
        draw(st.lists(zero_points, min_size=count, max_size=count)),
        storage_min,
        storage_max,
    )


@settings(max_examples=300)
@given(uniform_types())
def test_uniform_types_round_trip_exactly(t: UniformQuantizedType):
    text = str(t)
    parsed = parse_type(text)
    assert parsed == t  # FloatData compares bits: every scale comes back exactly
    assert isinstance(parsed, UniformQuantizedType)
    assert [_bits(s) for s in parsed.scales] == [_bits(s) for s in t.scales]
    assert str(parsed) == text
    if t.axis is not None:
        tensor = TensorType(t, [1] * t.axis + [len(t.scales)])
        assert parse_type(str(tensor)) == tensor


@given(_storage(), st.sampled_from([None, f32, bf16]))
def test_any_types_round_trip_exactly(storage: tuple[str, int | None, int | None], expressed: Attribute | None):
    t = AnyQuantizedType.get(storage[0], expressed, storage[1], storage[2])
    assert parse_type(str(t)) == t


@given(st.floats(-1e30, 1e30), st.floats(-1e30, 1e30))
def test_calibrated_types_round_trip_exactly(low: float, high: float):
    if not low < high:
        return
    t = CalibratedQuantizedType(f32, FloatData(low), FloatData(high))
    assert parse_type(str(t)) == t


def test_zero_points_are_not_range_checked_as_in_mlir():
    """MLIR's parse-uniform.mlir has a u8 zero point of -120; PyTorch accepts out-of-range output zero points."""
    t = parse_type("!quant.uniform<u8:f32:1, {2.000000e+02:-120,9.987200e-01:127}>")
    assert isinstance(t, UniformQuantizedType)
    assert t.zero_points == (-120, 127)
    assert UniformQuantizedType.per_tensor("u8", f32, 0.1, 300).zero_point == 300


def test_parse_errors_carry_a_location():
    with pytest.raises(ParseError) as info:
        parse_type("!quant.uniform<i8:\n  f32, 0.0>")
    assert info.value.msg.startswith("scale 0.000000e+00 out of expressed type range")
    assert ":2:8" in str(info.value)  # at the scale
    with pytest.raises(ParseError) as info:
        parse_type("!quant.uniform<i8:f16,\n  7.0e4>")
    assert info.value.msg == "scale 7.000000e+04 out of expressed type range [5.960464e-08, 6.550400e+04]"
    assert ":2:3" in str(info.value)
