"""Packed parameters: the type of a prepacked weight and the attribute that holds a folded one.

PyTorch's `quantized::*_prepack` ops return TorchBind objects (`LinearPackedParamsBase`,
`Conv2dPackedParamsBase`, `Conv3dPackedParamsBase`) holding the quantized weight, the float
bias and, for convolutions, the convolution parameters. Here:

- the value type is `!quantized.packed<KIND>`, KIND one of `PACKED_KINDS`. It is more precise
  than PyTorch's class (conv1d and conv2d share `Conv2dPackedParamsBase` there), so a
  `quantized.conv1d` cannot be handed conv2d params;
- a packed value known at compile time (after `quant-fold-prepacking`, or in a module attribute)
  is `#quantized.packed_params<...>`:

      #quantized.packed_params<conv2d, weight = dense_resource<w> : tensor<4x3x3x3xi8>,
          qtype = !quant.uniform<i8:f32:0, {1.4e-03, ...}>, bias = dense_resource<b> : tensor<4xf32>,
          stride = [1, 1], padding = [0, 0], dilation = [1, 1], output_padding = [0, 0], groups = 1>

  The weight holds storage values (dense attributes cannot hold quantized elements); `qtype`
  is their quantized type. fp16 params hold the fp16-rounded weight as f32 and no qtype.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import (
    DenseArrayBase,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    IntAttr,
    IntegerType,
    NoneAttr,
    StringAttr,
    TensorType,
    i64,
)
from xdsl.ir import Attribute, ParametrizedAttribute, TypeAttribute
from xdsl.irdl import irdl_attr_definition
from xdsl.parser import AttrParser
from xdsl.printer import Printer
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.literals import is_none_literal
from xdsl_quant.dialects.prim_types import is_float_type
from xdsl_quant.dialects.quant import UniformQuantizedType

#: kind -> number of spatial dims (0: linear), and whether it is a transposed convolution.
PACKED_KINDS: dict[str, tuple[int, bool]] = {
    "linear": (0, False),
    "linear_fp16": (0, False),
    "conv1d": (1, False),
    "conv2d": (2, False),
    "conv3d": (3, False),
    "conv_transpose1d": (1, True),
    "conv_transpose2d": (2, True),
    "conv_transpose3d": (3, True),
}

_CONV_LISTS = ("stride", "padding", "dilation", "output_padding")


@irdl_attr_definition
class PackedType(ParametrizedAttribute, TypeAttribute):
    """`!quantized.packed<conv2d>`: prepacked weight and bias (and conv parameters)."""

    name = "quantized.packed"
    kind: StringAttr

    def __init__(self, kind: str):
        super().__init__(StringAttr(kind))

    def verify(self) -> None:
        if self.kind.data not in PACKED_KINDS:
            raise VerifyException(
                f"unknown packed params kind '{self.kind.data}', expected one of {', '.join(PACKED_KINDS)}"
            )

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> Sequence[Attribute]:
        with parser.in_angle_brackets():
            position = parser.pos
            kind = parser.parse_identifier(" (packed params kind)")
        if kind not in PACKED_KINDS:
            parser.raise_error(
                f"unknown packed params kind '{kind}', expected one of {', '.join(PACKED_KINDS)}", position
            )
        return (StringAttr(kind),)

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            printer.print_string(self.kind.data)


ElementsAttr = DenseIntOrFPElementsAttr | DenseResourceAttr


@irdl_attr_definition
class PackedParamsAttr(ParametrizedAttribute):
    """`#quantized.packed_params<kind, weight = ..., qtype = ..., bias = ..., [conv parameters]>`."""

    name = "quantized.packed_params"
    kind: StringAttr
    weight: Attribute
    qtype: Attribute
    bias: Attribute
    stride: DenseArrayBase
    padding: DenseArrayBase
    dilation: DenseArrayBase
    output_padding: DenseArrayBase
    groups: IntAttr

    @staticmethod
    def get(
        kind: str,
        weight: Attribute,
        qtype: Attribute | None,
        bias: Attribute | None,
        conv: dict[str, Sequence[int]] | None = None,
        groups: int = 1,
    ) -> PackedParamsAttr:
        conv = conv or {}
        lists = [DenseArrayBase.from_list(i64, list(conv.get(n, ()))) for n in _CONV_LISTS]
        return PackedParamsAttr(
            StringAttr(kind), weight, qtype or NoneAttr(), bias or NoneAttr(), *lists, IntAttr(groups)
        )

    @property
    def packed_type(self) -> PackedType:
        return PackedType(self.kind.data)

    def conv_list(self, name: str) -> tuple[int, ...]:
        array = getattr(self, name)
        assert isinstance(array, DenseArrayBase)
        return tuple(int(v) for v in array.get_values())  # pyright: ignore[reportUnknownArgumentType]

    # -- syntax -----------------------------------------------------------------------------

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> Sequence[Attribute]:
        start = parser.pos
        with parser.in_angle_brackets():
            position = parser.pos
            kind = parser.parse_identifier(" (packed params kind)")
            if kind not in PACKED_KINDS:
                parser.raise_error(f"unknown packed params kind '{kind}'", position)
            fields: dict[str, Attribute] = {}
            while parser.parse_optional_punctuation(",") is not None:
                position = parser.pos
                key = parser.parse_identifier(" (packed params field)")
                parser.parse_punctuation("=")
                if key in _CONV_LISTS:
                    values = parser.parse_comma_separated_list(parser.Delimiter.SQUARE, parser.parse_integer)
                    fields[key] = DenseArrayBase.from_list(i64, values)
                elif key == "groups":
                    fields[key] = IntAttr(parser.parse_integer(allow_boolean=False))
                elif key == "qtype":
                    fields[key] = parser.parse_type()
                elif key in ("weight", "bias"):
                    value = parser.parse_attribute()
                    fields[key] = NoneAttr() if is_none_literal(value) else value
                else:
                    parser.raise_error(f"unknown packed params field '{key}'", position)
        if "weight" not in fields:
            parser.raise_error("packed params need a weight", start)
        empty = DenseArrayBase.from_list(i64, [])
        parameters = (
            StringAttr(kind),
            fields["weight"],
            fields.get("qtype", NoneAttr()),
            fields.get("bias", NoneAttr()),
            *(fields.get(n, empty) for n in _CONV_LISTS),
            fields.get("groups", IntAttr(1)),
        )
        try:  # verify here, where the error can point at the text (xDSL verifies after parsing)
            cls.new(parameters)
        except VerifyException as error:
            parser.raise_error(str(error), start)
        return parameters

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            printer.print_string(f"{self.kind.data}, weight = ")
            printer.print_attribute(self.weight)
            if not isinstance(self.qtype, NoneAttr):
                printer.print_string(", qtype = ")
                printer.print_attribute(self.qtype)
            printer.print_string(", bias = ")
            printer.print_attribute(self.bias)
            if PACKED_KINDS[self.kind.data][0]:
                for name in _CONV_LISTS:
                    printer.print_string(f", {name} = [{', '.join(map(str, self.conv_list(name)))}]")
                printer.print_string(f", groups = {self.groups.data}")

    # -- verification ---------------------------------------------------------------------------

    def verify(self) -> None:
        kind = self.kind.data
        if kind not in PACKED_KINDS:
            raise VerifyException(f"unknown packed params kind '{kind}'")
        spatial, transposed = PACKED_KINDS[kind]
        weight_type = self._weight_type()
        shape = tuple(weight_type.get_shape())
        if len(shape) != spatial + 2:
            raise VerifyException(f"{kind} packed params need a rank-{spatial + 2} weight, got {weight_type}")
        self._verify_element_types(weight_type)
        out_channels = shape[1] * self.groups.data if transposed else shape[0]
        self._verify_bias(out_channels)
        if spatial:
            for name in _CONV_LISTS:
                if len(self.conv_list(name)) != spatial:
                    raise VerifyException(f"{kind} packed params need {spatial} {name} values")
            if self.groups.data < 1:
                raise VerifyException(f"{kind} packed params need groups >= 1")

    def _weight_type(self) -> TensorType[Attribute]:
        if not isinstance(self.weight, DenseIntOrFPElementsAttr | DenseResourceAttr):
            raise VerifyException("packed params weight must be a dense or dense_resource tensor")
        weight_type = self.weight.get_type()
        if not isinstance(weight_type, TensorType):
            raise VerifyException("packed params weight must be a ranked tensor")
        return weight_type

    def _verify_element_types(self, weight_type: TensorType[Attribute]) -> None:
        element = weight_type.get_element_type()
        if self.kind.data == "linear_fp16":
            if not is_float_type(element) or not isinstance(self.qtype, NoneAttr):
                raise VerifyException("linear_fp16 packed params hold a float weight and no qtype")
            return
        if not isinstance(self.qtype, UniformQuantizedType) or self.qtype.storage_type_name != "i8":
            raise VerifyException(
                f"{self.kind.data} packed params need a qint8 qtype (!quant.uniform<i8:...>), got {self.qtype}"
            )
        if not isinstance(element, IntegerType) or element.width.data != 8:
            raise VerifyException(f"packed params weight must hold i8 storage values, got {weight_type}")
        if self.qtype.is_per_axis:
            if self.qtype.axis != 0:
                raise VerifyException("per-channel packed weights must be quantized along axis 0")
            if len(self.qtype.scales) != weight_type.get_shape()[0]:
                raise VerifyException("per-channel packed weights need one scale per output channel")

    def _verify_bias(self, out_channels: int) -> None:
        if isinstance(self.bias, NoneAttr):
            return
        if not isinstance(self.bias, DenseIntOrFPElementsAttr | DenseResourceAttr):
            raise VerifyException("packed params bias must be none or a float tensor")
        bias_type = self.bias.get_type()
        if not is_float_type(bias_type.get_element_type()) or tuple(bias_type.get_shape()) != (out_channels,):
            raise VerifyException(f"bias should have {out_channels} elements: got {bias_type}")
