"""MLIR's `quant` dialect: quantized element types and the casts between them.

The types and ops follow upstream MLIR (`mlir/lib/Dialect/Quant/IR/{TypeParser,QuantTypes,
QuantOps}.cpp`, `QuantOps.td`, with integer storage as before llvm#152966) so that files written
for `mlir-opt` parse here and what we print is what `mlir-opt` prints, byte for byte, with MLIR's
diagnostics:

* `!quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>` (per tensor) and
  `!quant.uniform<u8:f32:1, {2.000000e+02:120,9.987200e-01:127}>` (per axis) are one class,
  `UniformQuantizedType`, because xDSL maps one mnemonic to one class;
* `!quant.any<i8<-8:7>:f32>` (`AnyQuantizedType`): scale and zero point not known statically;
* `!quant.calibrated<f32<-0.998:1.232100e+00>>` (`CalibratedQuantizedType`);
* `quant.qcast`, `quant.dcast`, `quant.scast`. MLIR's `dcast(qcast(x)) -> x` folder is left out on
  purpose: it removes the quantization error, which a PyTorch-faithful pipeline must keep.

Zero points are not range-checked, as in MLIR (whose own examples include a u8 type with zero
point -120) and in PyTorch (quantized::linear accepts an output zero point of 300 for quint8).
Sub-channel types (`!quant.uniform<i8:f32:{0:1}, {...}>`) are not supported.
"""

from __future__ import annotations

from abc import ABC
from collections.abc import Callable, Sequence
from typing import TypeAlias, cast

from xdsl.dialects.builtin import (
    DYNAMIC_INDEX,
    ArrayAttr,
    FloatData,
    IntAttr,
    IntegerType,
    NoneAttr,
    Signedness,
    TensorType,
    UnrankedTensorType,
)
from xdsl.ir import Attribute, Dialect, Operation, ParametrizedAttribute, SSAValue, TypeAttribute
from xdsl.irdl import (
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    operand_def,
    result_def,
    traits_def,
)
from xdsl.parser import AttrParser
from xdsl.printer import Printer
from xdsl.traits import Pure
from xdsl.utils.exceptions import ParseError, VerifyException
from xdsl.utils.hints import isa

from xdsl_quant.dialects.quant_syntax import (
    SIGNED,
    api_storage_parameters,
    check_parsed,
    default_storage_range,
    expect_punctuation,
    format_diagnostic_float,
    format_float,
    format_scale_zero_point,
    is_float_type,
    parse_calibrated_range,
    parse_float_type,
    parse_optional_quantized_dimension,
    parse_scale_zero_point,
    parse_scale_zero_point_list,
    parse_storage_spec,
    scale_range_error,
    storage_range_error,
    storage_type_name,
)


class _QuantizedStorageType(ParametrizedAttribute, TypeAttribute, ABC):
    """The storage half of MLIR's `QuantizedType`, shared by `!quant.uniform` and `!quant.any`.

    As in MLIR, the storage type is the signless `iN` and signedness is a flag, so `u8` and `i8`
    types both cast (`quant.scast`) to and from `i8` tensors. The range is stored explicitly and
    printed only when it narrows the storage type's full range.
    """

    flags: IntAttr
    storage_type: IntegerType
    storage_type_min: IntAttr
    storage_type_max: IntAttr

    @property
    def is_signed(self) -> bool:
        return self.flags.data == SIGNED

    @property
    def storage_width(self) -> int:
        return self.storage_type.width.data

    @property
    def storage_min(self) -> int:
        """The smallest storage value, the narrowed one if the type narrows its range."""
        return self.storage_type_min.data

    @property
    def storage_max(self) -> int:
        return self.storage_type_max.data

    @property
    def storage_type_name(self) -> str:
        """`i8`, `u8`, ...: the storage as spelled inside the type."""
        return storage_type_name(self.is_signed, self.storage_width)

    def numpy_storage_dtype(self) -> str:
        """The smallest numpy integer dtype holding every storage value (`"uint8"`, `"int32"`)."""
        bits = next(bits for bits in (8, 16, 32) if self.storage_width <= bits)
        return f"{'' if self.is_signed else 'u'}int{bits}"

    def has_storage_type_bounds(self) -> bool:
        default = default_storage_range(self.is_signed, self.storage_width)
        return default != (self.storage_min, self.storage_max)

    def _verify_storage(self) -> None:
        if self.flags.data not in (0, SIGNED):
            raise VerifyException(f"illegal quantization flags: {self.flags.data}")
        if self.storage_type.signedness.data != Signedness.SIGNLESS:
            raise VerifyException("storage type must be a signless integer (iN)")
        error = storage_range_error(self.is_signed, self.storage_width, self.storage_min, self.storage_max)
        if error is not None:
            raise VerifyException(error)

    def _print_storage(self, printer: Printer) -> None:
        printer.print_string(self.storage_type_name)
        if self.has_storage_type_bounds():
            printer.print_string(f"<{self.storage_min}:{self.storage_max}>")


@irdl_attr_definition
class UniformQuantizedType(_QuantizedStorageType):
    """`!quant.uniform<...>`: MLIR's `UniformQuantizedType` and `UniformQuantizedPerAxisType`.

    `real = (stored - zero_point) * scale`. Per tensor there is one scale/zero-point pair and
    `quantized_dimension` is `NoneAttr`; per axis there is one pair per slice along that axis.
    """

    name = "quant.uniform"

    expressed: Attribute
    quantized_dimension: IntAttr | NoneAttr
    scale_values: ArrayAttr[FloatData]
    zero_point_values: ArrayAttr[IntAttr]

    @classmethod
    def per_tensor(
        cls,
        storage: str,
        expressed: Attribute,
        scale: float,
        zero_point: int = 0,
        storage_min: int | None = None,
        storage_max: int | None = None,
    ) -> UniformQuantizedType:
        """`!quant.uniform<storage:expressed, scale:zero_point>`, e.g. `per_tensor("u8", f32, 0.1, 3)`."""
        return cls.new(
            (
                *api_storage_parameters(storage, storage_min, storage_max),
                expressed,
                NoneAttr(),
                ArrayAttr([FloatData(scale)]),
                ArrayAttr([IntAttr(zero_point)]),
            )
        )

    @classmethod
    def per_axis(
        cls,
        storage: str,
        expressed: Attribute,
        axis: int,
        scales: Sequence[float],
        zero_points: Sequence[int],
        storage_min: int | None = None,
        storage_max: int | None = None,
    ) -> UniformQuantizedType:
        """`!quant.uniform<storage:expressed:axis, {scale:zero_point,...}>`."""
        return cls.new(
            (
                *api_storage_parameters(storage, storage_min, storage_max),
                expressed,
                IntAttr(axis),
                ArrayAttr(FloatData(scale) for scale in scales),
                ArrayAttr(IntAttr(zero_point) for zero_point in zero_points),
            )
        )

    @property
    def expressed_type(self) -> Attribute:
        return self.expressed

    @property
    def is_per_axis(self) -> bool:
        return isinstance(self.quantized_dimension, IntAttr)

    @property
    def axis(self) -> int | None:
        dimension = self.quantized_dimension
        return dimension.data if isinstance(dimension, IntAttr) else None

    @property
    def scales(self) -> tuple[float, ...]:
        return tuple(scale.data for scale in self.scale_values)

    @property
    def zero_points(self) -> tuple[int, ...]:
        return tuple(zero_point.data for zero_point in self.zero_point_values)

    @property
    def scale(self) -> float:
        """The scale of a per-tensor type; a per-axis type has `scales` instead."""
        self._require_per_tensor("scale")
        return self.scale_values.data[0].data

    @property
    def zero_point(self) -> int:
        self._require_per_tensor("zero_point")
        return self.zero_point_values.data[0].data

    def _require_per_tensor(self, what: str) -> None:
        if self.is_per_axis:
            raise ValueError(f"{what} is undefined for per-axis type {self}; use {what}s")

    def verify(self) -> None:
        """`UniformQuantized[PerAxis]Type::verifyInvariants`, plus the zero-point range."""
        self._verify_storage()
        if isinstance(self.expressed, NoneAttr):
            raise VerifyException("uniform quantization requires expressed type")
        if not is_float_type(self.expressed):
            raise VerifyException("expressed type must be floating point")
        if len(self.scale_values) != len(self.zero_point_values):
            raise VerifyException(
                f"illegal number of scales and zeroPoints: {len(self.scale_values)}, {len(self.zero_point_values)}"
            )
        for scale in self.scales:
            if (error := scale_range_error(self.expressed, scale, show_scale=False)) is not None:
                raise VerifyException(error)
        self._verify_layout()

    def _verify_layout(self) -> None:
        axis = self.axis
        if axis is not None and axis < 0:
            raise VerifyException(f"illegal quantized dimension: {axis}")
        if axis is None and len(self.scale_values) != 1:
            raise VerifyException(f"per-tensor quantization takes one scale, got {len(self.scale_values)}")

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> Sequence[Attribute]:
        """MLIR's `parseUniformType` (TypeParser.cpp), with its grammar and messages."""
        start = parser.pos
        expect_punctuation(parser, "<")
        storage = parse_storage_spec(parser)
        expect_punctuation(parser, ":")
        expressed = parse_float_type(parser)
        dimension = parse_optional_quantized_dimension(parser)
        expect_punctuation(parser, ",")
        if isinstance(dimension, NoneAttr):
            pairs = [parse_scale_zero_point(parser, expressed)]
        else:
            pairs = parse_scale_zero_point_list(parser, expressed)
        expect_punctuation(parser, ">")
        params = (
            *storage,
            expressed,
            dimension,
            ArrayAttr(FloatData(scale) for scale, _ in pairs),
            ArrayAttr(IntAttr(zero_point) for _, zero_point in pairs),
        )
        return check_parsed(parser, cls, params, start)

    def print_parameters(self, printer: Printer) -> None:
        """MLIR's `printUniformQuantizedType` / `printUniformQuantizedPerAxisType`."""
        printer.print_string("<")
        self._print_storage(printer)
        printer.print_string(":")
        printer.print_attribute(self.expressed)
        pairs = [format_scale_zero_point(s, z) for s, z in zip(self.scales, self.zero_points)]
        if self.axis is None:
            printer.print_string(f", {pairs[0]}>")
        else:
            printer.print_string(f":{self.axis}, {{{','.join(pairs)}}}>")


@irdl_attr_definition
class AnyQuantizedType(_QuantizedStorageType):
    """`!quant.any<i8<-8:7>:f32>`: a storage type whose scale and zero point are not static.

    Used where PyTorch computes quantization parameters at run time (dynamic quantization) or
    before freezing. The expressed type is optional (`!quant.any<i8>`).
    """

    name = "quant.any"

    expressed: Attribute

    @classmethod
    def get(
        cls,
        storage: str,
        expressed: Attribute | None = None,
        storage_min: int | None = None,
        storage_max: int | None = None,
    ) -> AnyQuantizedType:
        expressed_or_none = NoneAttr() if expressed is None else expressed
        return cls.new((*api_storage_parameters(storage, storage_min, storage_max), expressed_or_none))

    @property
    def expressed_type(self) -> Attribute | None:
        return None if isinstance(self.expressed, NoneAttr) else self.expressed

    def verify(self) -> None:
        """`AnyQuantizedType::verifyInvariants`."""
        self._verify_storage()
        if self.expressed_type is not None and not is_float_type(self.expressed_type):
            raise VerifyException("expressed type must be floating point")

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> Sequence[Attribute]:
        """MLIR's `parseAnyType`."""
        start = parser.pos
        expect_punctuation(parser, "<")
        storage = parse_storage_spec(parser)
        expressed: Attribute = NoneAttr()
        if parser.parse_optional_punctuation(":") is not None:
            expressed = parse_float_type(parser)
        expect_punctuation(parser, ">")
        return check_parsed(parser, cls, (*storage, expressed), start)

    def print_parameters(self, printer: Printer) -> None:
        printer.print_string("<")
        self._print_storage(printer)
        if self.expressed_type is not None:
            printer.print_string(":")
            printer.print_attribute(self.expressed_type)
        printer.print_string(">")


@irdl_attr_definition
class CalibratedQuantizedType(ParametrizedAttribute, TypeAttribute):
    """`!quant.calibrated<f32<-0.998:1.232100e+00>>`: an observed range, not yet quantized."""

    name = "quant.calibrated"

    expressed_type: Attribute
    min: FloatData
    max: FloatData

    def verify(self) -> None:
        """`CalibratedQuantizedType::verifyInvariants`."""
        if not is_float_type(self.expressed_type):
            raise VerifyException("expressed type must be floating point")
        if self.max.data <= self.min.data:
            raise VerifyException(
                f"illegal min and max: ({format_diagnostic_float(self.min.data)}:"
                f"{format_diagnostic_float(self.max.data)})"
            )

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> Sequence[Attribute]:
        """MLIR's `parseCalibratedType`."""
        start = parser.pos
        expect_punctuation(parser, "<")
        type_start = parser.pos
        try:
            expressed = parse_float_type(parser)
        except ParseError:
            parser.raise_error("expecting float expressed type", type_start)
        bounds = parse_calibrated_range(parser)
        expect_punctuation(parser, ">")
        params = (expressed, FloatData(bounds[0]), FloatData(bounds[1]))
        return check_parsed(parser, cls, params, start)

    def print_parameters(self, printer: Printer) -> None:
        printer.print_string("<")
        printer.print_attribute(self.expressed_type)
        printer.print_string(f"<{format_float(self.min.data)}:{format_float(self.max.data)}>>")


QuantizedType: TypeAlias = UniformQuantizedType | AnyQuantizedType
"""The quant element types that carry a storage type."""

_ANY_QUANT_TYPE = (UniformQuantizedType, AnyQuantizedType, CalibratedQuantizedType)
"""Everything MLIR's `QuantizedType::classof` accepts (any type of the quant dialect)."""


def _element_type_or_self(t: Attribute) -> Attribute:
    """MLIR's `getElementTypeOrSelf`, for the containers quant types may appear in."""
    # isinstance, not `isa(t, TensorType[Attribute])`: `isa` builds a constraint on every call,
    # and this runs for every value of every matched pattern (20% of finalize at N = 800).
    if isinstance(t, TensorType | UnrankedTensorType):
        return cast(Attribute, t.element_type)
    return t


def quantized_element_type(t: Attribute) -> UniformQuantizedType | AnyQuantizedType | None:
    """The quant element type of a tensor (ranked or not) or of a bare quant type, else None."""
    element = _element_type_or_self(t)
    return element if isinstance(element, QuantizedType) else None


# ---------------------------------------------------------------------------------------------
# Operations
# ---------------------------------------------------------------------------------------------


def _is_signless_integer(t: Attribute) -> bool:
    return isa(t, IntegerType) and t.signedness.data == Signedness.SIGNLESS


def _is_quantized(t: Attribute) -> bool:
    return isinstance(t, _ANY_QUANT_TYPE)


def _is_integer_or_quantized(t: Attribute) -> bool:
    return _is_signless_integer(t) or _is_quantized(t)


_FLOAT = ("floating-point", is_float_type)
_QUANTIZED = ("quantized type", _is_quantized)
_INTEGER_OR_QUANTIZED = ("signless integer or quantized type", _is_integer_or_quantized)
"""Element constraints of QuantBase.td as (summary, predicate); the summary is MLIR's text."""

_Constraint: TypeAlias = tuple[str, Callable[[Attribute], bool]]


def _is_scalar_or_tensor_of(t: Attribute, constraint: _Constraint) -> bool:
    """`quant_ScalarOrTensorOf<etype>`: the element itself or a (ranked or unranked) tensor of it."""
    return constraint[1](_element_type_or_self(t))


def _verify_value_type(what: str, t: Attribute, constraint: _Constraint) -> None:
    if not _is_scalar_or_tensor_of(t, constraint):
        raise VerifyException(f"{what} must be scalar or tensor of {constraint[0]}, but got '{t}'")


def _is_quant_scalar(t: Attribute) -> bool:
    """`quant_ScalarType`: a signless integer, float, or quantized scalar."""
    return _is_signless_integer(t) or is_float_type(t) or _is_quantized(t)


def _verify_same_scalar_or_tensor_shape(input_type: Attribute, result_type: Attribute) -> None:
    """`quant_SameScalarOrTensorShape`."""
    both_scalars = _is_quant_scalar(input_type) and _is_quant_scalar(result_type)
    both_unranked = isinstance(input_type, UnrankedTensorType) and isinstance(result_type, UnrankedTensorType)
    same_ranked_shape = (
        isinstance(input_type, TensorType)
        and isinstance(result_type, TensorType)
        and input_type.get_shape() == result_type.get_shape()
    )
    if not (both_scalars or both_unranked or same_ranked_shape):
        raise VerifyException(
            "failed to verify that input and result are both scalars or both tensors with matching shape"
        )


def _verify_per_axis_quantization(quantized: Attribute, container: Attribute) -> None:
    """`verifyPerAxisQuantization` (QuantOps.cpp): the axis must exist in a ranked tensor."""
    if not isinstance(quantized, UniformQuantizedType) or quantized.axis is None:
        return
    if not isinstance(container, TensorType | UnrankedTensorType):
        raise VerifyException("scalar types may not use per-axis quantization")
    if isinstance(container, UnrankedTensorType):
        return
    shape = container.get_shape()
    if quantized.axis >= len(shape):
        raise VerifyException("quantized dimension must be less than tensor rank")
    size = shape[quantized.axis]
    if size != DYNAMIC_INDEX and size != len(quantized.scale_values):
        raise VerifyException("quantized dimension size does not match number of scales")


def _verify_quantization(quantized: Attribute, float_type: Attribute, container: Attribute) -> None:
    """`verifyQuantizationOp`, shared by `quant.qcast` and `quant.dcast`."""
    expressed = quantized.expressed_type if isinstance(quantized, _ANY_QUANT_TYPE) else None
    if expressed != float_type:
        raise VerifyException("expressed type in quantized type expected to match float type")
    _verify_per_axis_quantization(quantized, container)


class _QuantCastOp(IRDLOperation, ABC):
    """The three casts share operands, traits and MLIR's assembly format."""

    input = operand_def()
    result = result_def()

    traits = traits_def(Pure())

    assembly_format = "$input attr-dict `:` type($input) `to` type($result)"

    def __init__(self, input: SSAValue | Operation, result_type: Attribute):
        super().__init__(operands=[input], result_types=[result_type])

    def _verify_signature(self, input_constraint: _Constraint, result_constraint: _Constraint) -> None:
        """The ODS-generated checks, in ODS order: operand, result, then shape trait."""
        _verify_value_type("operand #0", self.input.type, input_constraint)
        _verify_value_type("result #0", self.result.type, result_constraint)
        _verify_same_scalar_or_tensor_shape(self.input.type, self.result.type)


@irdl_op_definition
class QuantizeCastOp(_QuantCastOp):
    """`quant.qcast`: float (scalar or tensor) to quantized; rounding is up to the lowering."""

    name = "quant.qcast"

    def verify_(self) -> None:
        self._verify_signature(_FLOAT, _QUANTIZED)
        _verify_quantization(
            _element_type_or_self(self.result.type),
            _element_type_or_self(self.input.type),
            self.input.type,
        )


@irdl_op_definition
class DequantizeCastOp(_QuantCastOp):
    """`quant.dcast`: quantized (scalar or tensor) back to its expressed float type."""

    name = "quant.dcast"

    def verify_(self) -> None:
        self._verify_signature(_QUANTIZED, _FLOAT)
        _verify_quantization(
            _element_type_or_self(self.input.type),
            _element_type_or_self(self.result.type),
            self.input.type,
        )


@irdl_op_definition
class StorageCastOp(_QuantCastOp):
    """`quant.scast`: reinterpret storage integers as quantized values, or the reverse.

    This is how quantized constants are written: a `dense<...> : tensor<4xi8>` constant (dense
    attributes cannot hold quant element types) followed by an `scast`.
    """

    name = "quant.scast"

    def verify_(self) -> None:
        self._verify_signature(_INTEGER_OR_QUANTIZED, _INTEGER_OR_QUANTIZED)
        input_element = _element_type_or_self(self.input.type)
        result_element = _element_type_or_self(self.result.type)
        if _is_quantized(input_element) == _is_quantized(result_element):
            raise VerifyException(
                "failed to verify that input must be integer and result must be quantized, or vice versa"
            )
        quantized, integer = (
            (input_element, result_element) if _is_quantized(input_element) else (result_element, input_element)
        )
        storage = quantized.storage_type if isinstance(quantized, QuantizedType) else None
        if storage != integer:
            raise VerifyException("storage type in quantized type expected to match integer type")
        _verify_per_axis_quantization(quantized, self.input.type)


Quant = Dialect(
    "quant",
    [QuantizeCastOp, DequantizeCastOp, StorageCastOp],
    [UniformQuantizedType, AnyQuantizedType, CalibratedQuantizedType],
)
