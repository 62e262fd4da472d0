"""The textual conventions of MLIR's `quant` dialect, shared by the types in `quant.py`.

MLIR's quant types are hand-parsed and hand-printed (`TypeParser.cpp`), and their text depends on
three details of MLIR's core that xDSL does not reproduce on its own:

* how `AsmPrinter::printFloat` writes a `double` (`format_float`): `%e`-style with six digits when
  that reads back to the same bits, otherwise LLVM's `APFloat::toString` with 17 significant
  digits, otherwise the bit pattern in hex. The result is what `mlir-opt` prints, byte for byte,
  and it always reads back to the same bits, so scales taken from PyTorch survive a round trip;
* how diagnostics write a `double` (`format_diagnostic_float`, C's `%e`);
* how `AsmParser` reads numbers (`parse_mlir_float`, `parse_mlir_integer`), including hexadecimal
  bit patterns for floats, with MLIR's error messages.

It also holds the storage-type rules (widths, default ranges) and the range of scales each
expressed float type can represent.
"""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Sequence
from functools import cache
from typing import TypeAlias

from xdsl.dialects.builtin import (
    AnyFloat,
    BFloat16Type,
    Float16Type,
    Float32Type,
    Float64Type,
    IntAttr,
    IntegerType,
    NoneAttr,
    ReducedPrecisionFloatType,
    Signedness,
)
from xdsl.ir import Attribute, ParametrizedAttribute
from xdsl.parser import AttrParser
from xdsl.utils.exceptions import ParseError, VerifyException
from xdsl.utils.hints import isa
from xdsl.utils.lexer import Position
from xdsl.utils.mlir_lexer import PunctuationSpelling

MAX_STORAGE_BITS = 32
"""`QuantizedType::MaxStorageBits`: the widest storage type MLIR accepts."""

_MAX_INTEGER_WIDTH = (1 << 24) - 1
"""`IntegerType::kMaxWidth`: the widest builtin integer type MLIR can spell."""

_DOUBLE_PRECISION = 53
"""Bits of significand in an IEEE double, including the implicit one (`semIEEEdouble`)."""

# ---------------------------------------------------------------------------------------------
# Printing numbers like MLIR
# ---------------------------------------------------------------------------------------------


def _double_bits(value: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", value))[0]


def _double_from_bits(bits: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def _decimal_digits(value: float, precision: int) -> tuple[str, int]:
    """The digits (most significant first, no trailing zeros) and decimal exponent of `|value|`.

    Follows `IEEEFloat::toString` step by step, including its quirk of first *truncating* the
    exact decimal expansion to a few more digits than requested and only then rounding half up on
    the first dropped digit; `printFloat` depends on it (`-0.998` prints as `-0.998`, not as
    `-9.980000e-01`, because the six-digit attempt truncates to `9.979990e-01`).
    """
    mantissa, exponent = math.frexp(abs(value))
    significand = int(mantissa * (1 << _DOUBLE_PRECISION))
    exp = exponent - _DOUBLE_PRECISION
    trailing_zeros = (significand & -significand).bit_length() - 1
    significand >>= trailing_zeros
    exp += trailing_zeros
    if exp > 0:
        significand <<= exp
        exp = 0
    elif exp < 0:
        significand *= 5**-exp  # N * 2^-e == N * 5^e * 10^-e
    bits_required = (precision * 196 + 58) // 59
    if significand.bit_length() > bits_required:
        tens_removable = (significand.bit_length() - bits_required) * 59 // 196
        exp += tens_removable
        significand //= 10**tens_removable
    digits = str(significand)
    kept = digits.rstrip("0")
    exp += len(digits) - len(kept)
    return _round_half_up(kept, exp, precision)


def _round_half_up(digits: str, exp: int, precision: int) -> tuple[str, int]:
    """Keep `precision` significant digits, deciding on the first dropped digit only."""
    if len(digits) <= precision:
        return digits, exp
    if digits[precision] < "5":
        kept = digits[:precision].rstrip("0")
        return kept, exp + len(digits) - len(kept)
    kept = digits[:precision].rstrip("9")
    if not kept:
        return "1", exp + len(digits)
    return kept[:-1] + chr(ord(kept[-1]) + 1), exp + len(digits) - len(kept)


def _apfloat_to_string(value: float, precision: int, max_padding: int, truncate_zero: bool) -> str:
    """`APFloat::toString(Str, FormatPrecision, FormatMaxPadding, TruncateZero)` for a double."""
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    if value == 0.0:
        if max_padding:
            return sign + "0"
        if truncate_zero:
            return sign + "0.0E+0"
        return sign + "0.0" + "0" * max(precision - 1, 0) + "e+00"
    if precision == 0:
        precision = 2 + _DOUBLE_PRECISION * 59 // 196
    digits, exp = _decimal_digits(value, precision)
    if _is_scientific(len(digits), exp, precision, max_padding):
        return sign + _scientific(digits, exp, precision, truncate_zero)
    if exp >= 0:
        return sign + digits + "0" * exp
    whole = exp + len(digits)
    if whole > 0:
        return f"{sign}{digits[:whole]}.{digits[whole:]}"
    return f"{sign}0.{'0' * -whole}{digits}"


def _is_scientific(num_digits: int, exp: int, precision: int, max_padding: int) -> bool:
    if not max_padding:
        return True
    if exp >= 0:
        # 765e3 prints as 765000 only if that does not look more precise than it is.
        return exp > max_padding or num_digits + exp > precision
    most_significant_power = exp + num_digits - 1
    return most_significant_power < 0 and -most_significant_power > max_padding


def _scientific(digits: str, exp: int, precision: int, truncate_zero: bool) -> str:
    exp += len(digits) - 1
    fraction = "0" if len(digits) == 1 and truncate_zero else digits[1:]
    if not truncate_zero:
        fraction += "0" * max(precision - len(digits) + 1, 0)
    exponent = str(abs(exp)).rjust(1 if truncate_zero else 2, "0")
    return f"{digits[0]}.{fraction}{'E' if truncate_zero else 'e'}{'-' if exp < 0 else '+'}{exponent}"


def format_float(value: float) -> str:
    """Print a double exactly as MLIR's `AsmPrinter::printFloat` does (`printFloatValue`).

    MLIR's quant printer streams scales and calibration bounds as `double`s, which goes through
    `printFloat`. The text reads back to the same bits: the six-digit form is used only when it
    does, the 17-digit form of a double always does, and the hexadecimal bit pattern (used for
    values such as `10704349.0`, whose 17-digit form has no `.`, and for inf/nan) is exact.
    """
    if math.isfinite(value):
        short = _apfloat_to_string(value, 6, 0, truncate_zero=False)
        if _double_bits(float(short)) == _double_bits(value):
            return short
        full = _apfloat_to_string(value, 0, 3, truncate_zero=True)
        if "." in full:
            return full
    return f"0x{_double_bits(value):X}"


def format_diagnostic_float(value: float) -> str:
    """A double as MLIR diagnostics print it (`raw_ostream << double`, i.e. C's `%e`)."""
    return f"{value:e}"


# ---------------------------------------------------------------------------------------------
# Storage and expressed types
# ---------------------------------------------------------------------------------------------


def default_storage_range(is_signed: bool, width: int) -> tuple[int, int]:
    """`QuantizedType::getDefaultMinimumForInteger` / `getDefaultMaximumForInteger`."""
    if is_signed:
        return -(1 << (width - 1)), (1 << (width - 1)) - 1
    return 0, (1 << width) - 1


def storage_type_name(is_signed: bool, width: int) -> str:
    return f"{'i' if is_signed else 'u'}{width}"


_STORAGE_NAME = re.compile(r"([iu])(\d+)")


def parse_storage_name(name: str) -> tuple[bool, int]:
    """Read the Python API's storage spelling (`"i8"`, `"u16"`) as (is_signed, width)."""
    match = _STORAGE_NAME.fullmatch(name)
    if match is None:
        raise VerifyException(f"illegal storage type prefix: {name!r} (expected iN or uN)")
    width = int(match.group(2))
    if not 0 < width <= MAX_STORAGE_BITS:
        raise VerifyException(f"illegal storage type size: {width}")
    return match.group(1) == "i", width


def storage_range_error(is_signed: bool, width: int, minimum: int, maximum: int) -> str | None:
    """MLIR's `QuantizedType::verifyInvariants` on width and range, as a message or None."""
    if not 0 < width <= MAX_STORAGE_BITS:
        return f"illegal storage type size: {width}"
    default_min, default_max = default_storage_range(is_signed, width)
    if maximum - minimum <= 0 or minimum < default_min or maximum > default_max:
        return f"illegal storage min and storage max: ({minimum}:{maximum})"
    return None


def is_float_type(attr: Attribute) -> bool:
    return isinstance(attr, AnyFloat)


_IEEE_RANGES: dict[type[Attribute], tuple[float, float]] = {
    Float16Type: (2.0**-24, 65504.0),
    BFloat16Type: (2.0**-133, (2 - 2.0**-7) * 2.0**127),
    Float32Type: (2.0**-149, (2 - 2.0**-23) * 2.0**127),
    Float64Type: (5e-324, 1.7976931348623157e308),
}


@cache
def _reduced_precision_range(float_type: ReducedPrecisionFloatType) -> tuple[float, float]:
    """Read the extremes off the encodings; formats without a zero (E8M0) start at pattern 0."""
    semantics = float_type.SEMANTICS
    largest = next(
        value
        for bits in reversed(range(1 << semantics.sign_shift))
        if math.isfinite(value := float_type.decode_bits(bits))
    )
    return float_type.decode_bits(1 if semantics.has_zero else 0), largest


def scale_range(expressed_type: Attribute) -> tuple[float, float]:
    """The smallest positive and the largest finite value of a float type, as doubles.

    This is MLIR's `APFloat::getSmallest` / `getLargest`, the bounds a scale must lie in. Types
    wider than a double (f80, f128) are bounded by the double range, since scales are doubles.
    """
    if isinstance(expressed_type, ReducedPrecisionFloatType):
        return _reduced_precision_range(expressed_type)
    return _IEEE_RANGES.get(type(expressed_type), _IEEE_RANGES[Float64Type])


def scale_range_error(expressed_type: Attribute, scale: float, *, show_scale: bool) -> str | None:
    """MLIR's scale check, worded as the parser (`show_scale`) or the verifier words it."""
    smallest, largest = scale_range(expressed_type)
    if smallest <= scale <= largest:
        return None
    shown = f" {format_diagnostic_float(scale)}" if show_scale else ""
    return (
        f"scale{shown} out of expressed type range "
        f"[{format_diagnostic_float(smallest)}, {format_diagnostic_float(largest)}]"
    )


# ---------------------------------------------------------------------------------------------
# Reading tokens like MLIR's AsmParser
# ---------------------------------------------------------------------------------------------


def expect_punctuation(parser: AttrParser, punctuation: PunctuationSpelling) -> None:
    """`parseColon()` and friends, with MLIR's lower-case `expected ':'` message."""
    if parser.parse_optional_punctuation(punctuation) is None:
        parser.raise_error(f"expected '{punctuation}'")


def parse_mlir_integer(parser: AttrParser, bits: int = 64) -> int:
    """`parseInteger<intN_t>`: an optionally negative decimal or hexadecimal integer."""
    start = parser.pos
    negative = parser.parse_optional_punctuation("-") is not None
    value = parser.parse_optional_integer(allow_boolean=False, allow_negative=False)
    if value is None:
        parser.raise_error("expected integer value")
    value = -value if negative else value
    if not -(1 << (bits - 1)) <= value < (1 << (bits - 1)):
        parser.raise_error("integer value too large", start)
    return value


def parse_mlir_float(parser: AttrParser) -> float:
    """`parseFloat(double &)`: a float literal, or a hexadecimal integer giving the bit pattern."""
    start = parser.pos
    negative = parser.parse_optional_punctuation("-") is not None
    literal_start = parser.pos
    value = parser.parse_optional_float(allow_negative=False)
    if value is not None:
        if math.isinf(value):
            parser.raise_error("floating point value too large", literal_start)
        return -value if negative else value
    is_hex = parser.lexer.input.content[literal_start : literal_start + 2] in ("0x", "0X")
    integer = parser.parse_optional_integer(allow_boolean=False, allow_negative=False)
    if integer is None:
        parser.raise_error("expected floating point literal")
    if not is_hex:
        parser.raise_error(
            "unexpected decimal integer literal for a floating point value "
            "(add a trailing dot to make the literal a float)",
            literal_start,
        )
    if negative:
        parser.raise_error("hexadecimal float literal should not have a leading minus", start)
    if integer.bit_length() > 64:
        parser.raise_error("hexadecimal float constant out of range for type", literal_start)
    return _double_from_bits(integer)


def parse_storage_type(parser: AttrParser) -> tuple[bool, int]:
    """MLIR's `parseStorageType`: `iN`, `siN`, `uiN` (builtin types) or the keyword `uN`.

    Returns (is_signed, width). The storage type itself is always the signless `iN`, as in MLIR.
    """
    start = parser.pos
    storage = parser.parse_optional_type()
    if storage is not None:
        if not isa(storage, IntegerType):
            parser.raise_error("illegal storage type prefix", start)
        is_signed = storage.signedness.data != Signedness.UNSIGNED
        width = storage.width.data
    else:
        is_signed, width = False, _parse_unsigned_keyword(parser)
    if width >= 1 << 32:
        parser.raise_error("invalid integer width", start)
    if width > _MAX_INTEGER_WIDTH:
        parser.raise_error(f"integer bitwidth is limited to {_MAX_INTEGER_WIDTH} bits", start)
    if not 0 < width <= MAX_STORAGE_BITS:
        parser.raise_error(f"illegal storage type size: {width}", start)
    return is_signed, width


def _parse_unsigned_keyword(parser: AttrParser) -> int:
    start = parser.pos
    keyword = parser.parse_optional_identifier()
    if keyword is None:
        parser.raise_error("expected valid keyword")
    if not keyword.startswith("u"):
        parser.raise_error("illegal storage type prefix", start)
    if not keyword[1:].isdigit() or int(keyword[1:]) >= 1 << 32:
        parser.raise_error("expected storage type width", start)
    return int(keyword[1:])


def parse_storage_range(parser: AttrParser, is_signed: bool, width: int) -> tuple[int, int]:
    """MLIR's `parseStorageRange`: an optional `<min:max>` within the storage type's range."""
    default_min, default_max = default_storage_range(is_signed, width)
    if parser.parse_optional_punctuation("<") is None:
        return default_min, default_max
    min_start = parser.pos
    minimum = parse_mlir_integer(parser)
    expect_punctuation(parser, ":")
    max_start = parser.pos
    maximum = parse_mlir_integer(parser)
    expect_punctuation(parser, ">")
    if minimum < default_min:
        parser.raise_error(f"illegal storage type minimum: {minimum}", min_start)
    if maximum > default_max:
        parser.raise_error(f"illegal storage type maximum: {maximum}", max_start)
    return minimum, maximum


def parse_float_type(parser: AttrParser) -> Attribute:
    """`parseType(FloatType &)`, with MLIR's messages for a missing or non-float type."""
    start = parser.pos
    parsed = parser.parse_optional_type()
    if parsed is None:
        parser.raise_error("expected non-function type")
    if not is_float_type(parsed):
        parser.raise_error("invalid kind of type specified", start)
    return parsed


# ---------------------------------------------------------------------------------------------
# Pieces of the quant types' grammar (TypeParser.cpp)
# ---------------------------------------------------------------------------------------------

SIGNED = 1
"""`QuantizationFlags::Signed`, the only flag MLIR defines."""

StorageParameters: TypeAlias = tuple[IntAttr, IntegerType, IntAttr, IntAttr]
"""(flags, signless storage type, storage min, storage max), as the quant types store them."""


def storage_parameters(is_signed: bool, width: int, minimum: int, maximum: int) -> StorageParameters:
    return IntAttr(SIGNED if is_signed else 0), IntegerType(width), IntAttr(minimum), IntAttr(maximum)


def api_storage_parameters(storage: str, storage_min: int | None, storage_max: int | None) -> StorageParameters:
    """Storage parameters from the Python API's spelling; an omitted bound is the full range."""
    is_signed, width = parse_storage_name(storage)
    default_min, default_max = default_storage_range(is_signed, width)
    minimum = default_min if storage_min is None else storage_min
    maximum = default_max if storage_max is None else storage_max
    return storage_parameters(is_signed, width, minimum, maximum)


def parse_storage_spec(parser: AttrParser) -> StorageParameters:
    """`iN<min:max>` / `uN`: MLIR's `parseStorageType` then `parseStorageRange`."""
    is_signed, width = parse_storage_type(parser)
    minimum, maximum = parse_storage_range(parser, is_signed, width)
    return storage_parameters(is_signed, width, minimum, maximum)


def parse_optional_quantized_dimension(parser: AttrParser) -> IntAttr | NoneAttr:
    """The `:axis` of a per-axis type; `NoneAttr` for a per-tensor type."""
    if parser.parse_optional_punctuation(":") is None:
        return NoneAttr()
    if parser.parse_optional_punctuation("{") is not None:
        parser.raise_error("sub-channel quantization is not supported by xdsl-quant")
    start = parser.pos
    axis = parse_mlir_integer(parser, bits=32)
    if axis < 0:
        parser.raise_error(f"illegal quantized dimension: {axis}", start)
    return IntAttr(axis)


def parse_scale_zero_point(parser: AttrParser, expressed: Attribute) -> tuple[float, int]:
    """MLIR's `parseQuantParams`: `scale` or `scale:zero_point`, the scale range checked at once."""
    start = parser.pos
    scale = parse_mlir_float(parser)
    if (error := scale_range_error(expressed, scale, show_scale=True)) is not None:
        parser.raise_error(error, start)
    if parser.parse_optional_punctuation(":") is None:
        return scale, 0
    return scale, parse_mlir_integer(parser)


def parse_scale_zero_point_list(parser: AttrParser, expressed: Attribute) -> list[tuple[float, int]]:
    """`{scale[:zero_point], ...}`, at least one entry."""
    expect_punctuation(parser, "{")
    pairs = [parse_scale_zero_point(parser, expressed)]
    while parser.parse_optional_punctuation(",") is not None:
        pairs.append(parse_scale_zero_point(parser, expressed))
    expect_punctuation(parser, "}")
    return pairs


def format_scale_zero_point(scale: float, zero_point: int) -> str:
    """MLIR's `printQuantParams`: the zero point is left out when it is 0."""
    return format_float(scale) if zero_point == 0 else f"{format_float(scale)}:{zero_point}"


def parse_calibrated_range(parser: AttrParser) -> tuple[float, float]:
    """The `<min:max>` of `!quant.calibrated`; any error is MLIR's `calibrated values must be present`."""
    start = parser.pos
    try:
        expect_punctuation(parser, "<")
        minimum = parse_mlir_float(parser)
        expect_punctuation(parser, ":")
        maximum = parse_mlir_float(parser)
        expect_punctuation(parser, ">")
    except ParseError:
        parser.raise_error("calibrated values must be present", start)
    return minimum, maximum


def check_parsed(
    parser: AttrParser, cls: type[ParametrizedAttribute], params: Sequence[Attribute], start: Position
) -> Sequence[Attribute]:
    """Verify parsed parameters as MLIR's `getChecked` does, reporting at the type's text.

    xDSL verifies an attribute when it is built, after `parse_parameters` returns, and a failure
    there would carry no source location; so the parameters are verified here first.
    """
    try:
        cls.new(params)
    except VerifyException as e:
        parser.raise_error(str(e), start)
    return params
