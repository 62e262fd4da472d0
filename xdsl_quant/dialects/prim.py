"""The `prim` dialect: TorchScript's primitive node kinds, spelled as in TorchScript.

`prim::GetAttr` is `prim.GetAttr`, `prim::If` is `prim.If`; every graph a TorchScript module
carries imports node for node. Effects follow TorchScript's aliasing model: reading an attribute
or a list is a memory read (CSE merges two reads only when nothing may write in between, DCE
drops unused ones), `SetAttr` writes, `CallMethod` and `RaiseException` have unknown effects.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects.builtin import StringAttr, TupleType
from xdsl.interfaces import HasFolderInterface
from xdsl.ir import Attribute, Block, Dialect, Operation, Region, SSAValue
from xdsl.irdl import (
    IRDLOperation,
    base,
    eq,
    irdl_op_definition,
    lazy_traits_def,
    operand_def,
    opt_operand_def,
    prop_def,
    region_def,
    result_def,
    traits_def,
    var_operand_def,
    var_result_def,
)
from xdsl.parser import Parser, UnresolvedOperand
from xdsl.printer import Printer
from xdsl.traits import (
    ConstantLike,
    HasParent,
    IsTerminator,
    MemoryAllocEffect,
    MemoryReadEffect,
    MemoryWriteEffect,
    Pure,
    RecursiveMemoryEffect,
)
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.jit import AttrOp, JitModuleOp, MethodOp, ModuleType, builtin_methods, resolve_module
from xdsl_quant.dialects.literals import (
    check_literal,
    is_none_literal,
    literal_type,
    parse_typed_literal,
    print_typed_literal,
)
from xdsl_quant.dialects.prim_types import (
    BOOL,
    FLOAT,
    INT,
    PRIM_TYPES,
    DeviceType,
    ListType,
    NumberType,
    StrType,
    TensorLike,
    element_type_of,
    is_subtype,
)


@irdl_op_definition
class ConstantOp(IRDLOperation, HasFolderInterface):
    """`prim.Constant`: None, bool, int, float, str, device, lists of those, and float/int tensors.

    A quantized tensor constant is a storage constant followed by `quant.scast`.
    """

    name = "prim.Constant"
    value = prop_def(Attribute)
    result = result_def()
    traits = traits_def(Pure(), ConstantLike())

    def __init__(self, value: Attribute, result_type: Attribute):
        super().__init__(properties={"value": value}, result_types=[result_type])

    @classmethod
    def parse(cls, parser: Parser) -> ConstantOp:
        value, typ = parse_typed_literal(parser)
        # A self-typed value may have a wider result type: `dense<...> : tensor<2xf32> : !prim.optional<...>`.
        if literal_type(value) is not None and parser.parse_optional_punctuation(":") is not None:
            typ = parser.parse_type()
        op = cls(value, typ)
        op.attributes.update(parser.parse_optional_attr_dict())
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        print_typed_literal(printer, self.value, self.result.type)
        own = literal_type(self.value)
        if own is not None and own != self.result.type:
            printer.print_string(" : ")
            printer.print_attribute(self.result.type)
        printer.print_op_attributes(self.attributes)

    def verify_(self) -> None:
        if (error := check_literal(self.value, self.result.type)) is not None:
            raise VerifyException(f"prim.Constant: {error}")

    def fold(self) -> Sequence[SSAValue | Attribute] | None:
        return (self.value,)

    @property
    def is_none(self) -> bool:
        return is_none_literal(self.value)


def _module_member(op: Operation, obj: SSAValue, name: str) -> Operation:
    """The attribute or submodule `name` of the module value `obj`, or a verifier error."""
    typ = obj.type
    if not isinstance(typ, ModuleType):
        raise VerifyException(f"{op.name}: expected a module value, got {typ}")
    module = resolve_module(op, typ)
    if module is None:
        raise VerifyException(f"{op.name}: no jit.module {typ.path} encloses this use")
    member = module.lookup(name)
    if member is None:
        raise VerifyException(f'{op.name}: module {typ.path} has no attribute "{name}"')
    return member


@irdl_op_definition
class GetAttrOp(IRDLOperation):
    """`%v = prim.GetAttr "weight" %conv : !jit.module<@M::@conv> -> tensor<4x3xf32>`."""

    name = "prim.GetAttr"
    attr_name = prop_def(StringAttr, prop_name="name")
    obj = operand_def(ModuleType)
    result = result_def()
    traits = traits_def(MemoryReadEffect())
    assembly_format = "$name $obj attr-dict `:` type($obj) `->` type($result)"

    def __init__(self, obj: SSAValue, attr_name: str, result_type: Attribute):
        super().__init__(
            operands=[obj], properties={"name": StringAttr(attr_name)}, result_types=[result_type]
        )

    def verify_(self) -> None:
        member = _module_member(self, self.obj, self.attr_name.data)
        if isinstance(member, AttrOp):
            expected = member.attr_type
        elif isinstance(member, JitModuleOp):
            expected = member.module_type
        else:
            raise VerifyException(f'prim.GetAttr: "{self.attr_name.data}" is a method, not an attribute')
        if not is_subtype(expected, self.result.type):  # reading into a more general type is fine
            raise VerifyException(
                f'prim.GetAttr: attribute "{self.attr_name.data}" has type {expected}, '
                f"but the result has type {self.result.type}"
            )


@irdl_op_definition
class SetAttrOp(IRDLOperation):
    """`prim.SetAttr "weight" %conv, %value : !jit.module<@M::@conv>, tensor<0xf32>`."""

    name = "prim.SetAttr"
    attr_name = prop_def(StringAttr, prop_name="name")
    obj = operand_def(ModuleType)
    value = operand_def()
    traits = traits_def(MemoryWriteEffect())
    assembly_format = "$name $obj `,` $value attr-dict `:` type($obj) `,` type($value)"

    def __init__(self, obj: SSAValue, attr_name: str, value: SSAValue):
        super().__init__(operands=[obj, value], properties={"name": StringAttr(attr_name)})

    def verify_(self) -> None:
        member = _module_member(self, self.obj, self.attr_name.data)
        if not isinstance(member, AttrOp):
            raise VerifyException(f'prim.SetAttr: "{self.attr_name.data}" is not a data attribute')
        if not is_subtype(self.value.type, member.attr_type):
            raise VerifyException(
                f'prim.SetAttr: attribute "{self.attr_name.data}" has type {member.attr_type}, '
                f"cannot store a value of type {self.value.type}"
            )


@irdl_op_definition
class CallMethodOp(IRDLOperation):
    """`%r = prim.CallMethod "forward" %obs, %x : (!jit.module<...>, tensor<*xf32>) -> tensor<*xf32>`."""

    name = "prim.CallMethod"
    method_name = prop_def(StringAttr, prop_name="name")
    arguments = var_operand_def()
    res = var_result_def()
    assembly_format = "$name $arguments attr-dict `:` functional-type($arguments, $res)"

    def __init__(self, method_name: str, arguments: Sequence[SSAValue], result_types: Sequence[Attribute]):
        super().__init__(
            operands=[arguments], properties={"name": StringAttr(method_name)}, result_types=[result_types]
        )

    def verify_(self) -> None:
        if not self.arguments:
            raise VerifyException("prim.CallMethod: the first argument must be the module")
        target = self.arguments[0].type
        module = resolve_module(self, target) if isinstance(target, ModuleType) else None
        if module is not None and module.lookup(self.method_name.data) is None and (
            self.method_name.data in builtin_methods(module)
        ):
            return  # a built-in object's method (observers): its semantics are the runtime's
        member = _module_member(self, self.arguments[0], self.method_name.data)
        if not isinstance(member, MethodOp):
            raise VerifyException(f'prim.CallMethod: "{self.method_name.data}" is not a method')
        expected = member.function_type
        actual = (tuple(a.type for a in self.arguments), tuple(r.type for r in self.res))
        # TorchScript passes a value wherever its type is a subtype of the parameter's
        # (a ranked tensor for `Tensor`, a `T` for `Optional[T]`); results are the method's own.
        arguments_fit = len(actual[0]) == len(expected.inputs) and all(
            map(is_subtype, actual[0], expected.inputs.data))
        if not arguments_fit or expected.outputs.data != actual[1]:
            raise VerifyException(
                f'prim.CallMethod: "{self.method_name.data}" has type {expected}, '
                f"called with ({', '.join(map(str, actual[0]))}) -> ({', '.join(map(str, actual[1]))})"
            )


@irdl_op_definition
class CallFunctionOp(IRDLOperation):
    """`%r = prim.CallFunction "__torch__.torch.nn.functional.relu" %x, %f : (tensor<*xf32>, i1) -> tensor<*xf32>`.

    A call of a TorchScript function (not a method): library modules' own methods call
    `torch.nn.functional` this way (`nn.ReLU.forward`). TorchScript passes the function as a
    `Function`-typed constant; here the callee is the function's qualified name. The function's
    code is not part of the module, so its semantics are the runtime's (PyTorch inlines these
    calls into `forward` before quantization, so finalize never meets one).
    """

    name = "prim.CallFunction"
    callee = prop_def(StringAttr)
    arguments = var_operand_def()
    res = var_result_def()
    assembly_format = "$callee $arguments attr-dict `:` functional-type($arguments, $res)"

    def __init__(self, callee: str, arguments: Sequence[SSAValue], result_types: Sequence[Attribute]):
        super().__init__(
            operands=[arguments], properties={"callee": StringAttr(callee)}, result_types=[result_types]
        )


@irdl_op_definition
class ListConstructOp(IRDLOperation):
    """`%l = prim.ListConstruct %a, %b : (i64, i64) -> !prim.list<i64>` (a new, mutable list)."""

    name = "prim.ListConstruct"
    elements = var_operand_def()
    result = result_def(ListType)
    traits = traits_def(MemoryAllocEffect())
    assembly_format = "$elements attr-dict `:` functional-type($elements, $result)"

    def __init__(self, elements: Sequence[SSAValue], list_type: ListType):
        super().__init__(operands=[elements], result_types=[list_type])

    def verify_(self) -> None:
        assert isinstance(self.result.type, ListType)
        element_type = self.result.type.element_type
        for e in self.elements:
            if not is_subtype(e.type, element_type):
                raise VerifyException(f"prim.ListConstruct: element of type {e.type} in a {self.result.type}")


@irdl_op_definition
class ListUnpackOp(IRDLOperation):
    """`%a, %b = prim.ListUnpack %l : !prim.list<i64> -> i64, i64`."""

    name = "prim.ListUnpack"
    input = operand_def(ListType)
    res = var_result_def()
    traits = traits_def(MemoryReadEffect())
    assembly_format = "$input attr-dict `:` type($input) `->` type($res)"

    def verify_(self) -> None:
        assert isinstance(self.input.type, ListType)
        for r in self.res:
            if not is_subtype(r.type, self.input.type.element_type):
                raise VerifyException(f"prim.ListUnpack: result of type {r.type} from a {self.input.type}")


@irdl_op_definition
class TupleConstructOp(IRDLOperation):
    """`%t = prim.TupleConstruct %a, %b : (i64, f64) -> tuple<i64, f64>`."""

    name = "prim.TupleConstruct"
    elements = var_operand_def()
    result = result_def(TupleType)
    traits = traits_def(Pure())
    assembly_format = "$elements attr-dict `:` functional-type($elements, $result)"

    def verify_(self) -> None:
        assert isinstance(self.result.type, TupleType)
        if tuple(e.type for e in self.elements) != tuple(self.result.type.types.data):  # data may be a list
            raise VerifyException("prim.TupleConstruct: element types do not match the tuple type")


@irdl_op_definition
class TupleUnpackOp(IRDLOperation):
    """`%s, %z = prim.TupleUnpack %t : tuple<f64, i64> -> f64, i64`."""

    name = "prim.TupleUnpack"
    input = operand_def(TupleType)
    res = var_result_def()
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input) `->` type($res)"

    def verify_(self) -> None:
        assert isinstance(self.input.type, TupleType)
        if tuple(r.type for r in self.res) != tuple(self.input.type.types.data):  # data may be a list
            raise VerifyException("prim.TupleUnpack: result types do not match the tuple type")


@irdl_op_definition
class TupleIndexOp(IRDLOperation):
    """`%e = prim.TupleIndex %t, %i : (tuple<f64, i64>, i64) -> f64`."""

    name = "prim.TupleIndex"
    input = operand_def(TupleType)
    index = operand_def(eq(INT))
    result = result_def()
    traits = traits_def(Pure())
    assembly_format = "$input `,` $index attr-dict `:` functional-type(operands, $result)"


@irdl_op_definition
class DtypeOp(IRDLOperation):
    """`%d = prim.dtype %x : tensor<*x!quant.any<u8:f32>>`: the ScalarType code of a tensor (int)."""

    name = "prim.dtype"
    input = operand_def(TensorLike)
    result = result_def(eq(INT))
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input)"


@irdl_op_definition
class DeviceOp(IRDLOperation):
    """`%d = prim.device %x : tensor<*xf32>`: the device a tensor lives on."""

    name = "prim.device"
    input = operand_def(TensorLike)
    result = result_def(eq(DeviceType()))
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input)"


@irdl_op_definition
class NumToTensorOp(IRDLOperation):
    """`%t = prim.NumToTensor %n : i64 -> tensor<i64>`: a 0-d tensor holding a number.

    Traced graphs carry sizes this way (`aten::size` -> `prim::NumToTensor` -> `aten::Int`). The
    element type is the number's: i64 for int, f64 for float, i1 for bool.
    """

    name = "prim.NumToTensor"
    input = operand_def(eq(INT) | eq(FLOAT) | eq(BOOL) | base(NumberType))
    result = result_def(TensorLike)
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input) `->` type($result)"

    def verify_(self) -> None:
        element = element_type_of(self.result.type)
        if self.input.type != NumberType() and element != self.input.type:
            raise VerifyException(
                f"prim.NumToTensor: the result must be a tensor of {self.input.type}, got {self.result.type}"
            )


@irdl_op_definition
class UninitializedOp(IRDLOperation):
    """`%u = prim.Uninitialized : T`: a placeholder on paths that raise (TorchScript's own)."""

    name = "prim.Uninitialized"
    result = result_def()
    traits = traits_def(Pure())
    assembly_format = "attr-dict `:` type($result)"


@irdl_op_definition
class UncheckedCastOp(IRDLOperation):
    """`%t = prim.unchecked_cast %x : !prim.optional<i64> -> i64` (refinement after an `is None` test)."""

    name = "prim.unchecked_cast"
    input = operand_def()
    result = result_def()
    traits = traits_def(Pure())
    assembly_format = "$input attr-dict `:` type($input) `->` type($result)"


@irdl_op_definition
class RaiseExceptionOp(IRDLOperation):
    """`prim.RaiseException %msg, %cls`: raise with a message and an optional class name."""

    name = "prim.RaiseException"
    message = operand_def(eq(StrType()))
    exception_class = opt_operand_def(eq(StrType()))
    assembly_format = "$message (`,` $exception_class^)? attr-dict"


@irdl_op_definition
class ReturnOp(IRDLOperation):
    """`prim.Return %a, %b : T1, T2`: ends a method body or a block of `prim.If` / `prim.Loop`.

    In a loop body the first value is the condition to continue (TorchScript's block outputs).
    """

    name = "prim.Return"
    values = var_operand_def()
    traits = lazy_traits_def(lambda: (IsTerminator(), Pure(), HasParent(MethodOp, IfOp, LoopOp)))
    assembly_format = "attr-dict ($values^ `:` type($values))?"

    def __init__(self, *values: SSAValue):
        super().__init__(operands=[values])

    def verify_(self) -> None:
        parent = self.parent_op()
        if isinstance(parent, MethodOp):
            expected = parent.function_type.outputs.data
        elif isinstance(parent, IfOp):
            expected = tuple(r.type for r in parent.results)
        elif isinstance(parent, LoopOp):
            expected = (BOOL, *(r.type for r in parent.results))
        else:
            return
        actual = tuple(v.type for v in self.values)
        if len(actual) != len(expected) or not all(map(is_subtype, actual, expected)):
            raise VerifyException(
                f"prim.Return: returns ({', '.join(map(str, actual))}) where {parent.name} "
                f"expects ({', '.join(map(str, expected))})"
            )


@irdl_op_definition
class IfOp(IRDLOperation):
    """`%r = prim.If %cond -> (T) { ... prim.Return %a : T } else { ... prim.Return %b : T }`."""

    name = "prim.If"
    condition = operand_def(eq(BOOL))
    res = var_result_def()
    then_region = region_def("single_block")
    else_region = region_def("single_block")
    traits = traits_def(RecursiveMemoryEffect())

    def __init__(self, condition: SSAValue, result_types: Sequence[Attribute], then_region: Region,
                 else_region: Region):
        super().__init__(operands=[condition], result_types=[result_types],
                         regions=[then_region, else_region])

    @classmethod
    def parse(cls, parser: Parser) -> IfOp:
        condition = parser.parse_operand(BOOL)
        result_types: list[Attribute] = []
        if parser.parse_optional_punctuation("->") is not None:
            result_types = parser.parse_comma_separated_list(parser.Delimiter.PAREN, parser.parse_type)
        attributes = parser.parse_optional_attr_dict_with_keyword()
        then_region = parser.parse_region()
        parser.parse_keyword("else")
        else_region = parser.parse_region()
        op = cls(condition, result_types, then_region, else_region)
        if attributes is not None:
            op.attributes.update(attributes.data)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.condition)
        if self.res:
            printer.print_string(" -> (")
            printer.print_list((r.type for r in self.res), printer.print_attribute)
            printer.print_string(")")
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" ")
        printer.print_region(self.then_region, print_entry_block_args=False)
        printer.print_string(" else ")
        printer.print_region(self.else_region, print_entry_block_args=False)

    def verify_(self) -> None:
        for region in (self.then_region, self.else_region):
            if region.block.args:
                raise VerifyException("prim.If: branches take no arguments")


@irdl_op_definition
class LoopOp(IRDLOperation):
    """`%r = prim.Loop %max_trip_count, %initial_condition iter(%x : T) { ^bb0(%i: i64, %x1: T): ... }`.

    TorchScript's loop: the body receives the iteration number and the carried values and returns
    `(continue?, carried...)`; the loop's results are the final carried values.
    """

    name = "prim.Loop"
    max_trip_count = operand_def(eq(INT))
    initial_condition = operand_def(eq(BOOL))
    carried = var_operand_def()
    res = var_result_def()
    body = region_def("single_block")
    traits = traits_def(RecursiveMemoryEffect())

    def __init__(self, max_trip_count: SSAValue, initial_condition: SSAValue,
                 carried: Sequence[SSAValue], body: Region):
        super().__init__(operands=[max_trip_count, initial_condition, carried],
                         result_types=[[c.type for c in carried]], regions=[body])

    @classmethod
    def parse(cls, parser: Parser) -> LoopOp:
        trip = parser.parse_operand(INT)
        parser.parse_punctuation(",")
        condition = parser.parse_operand(BOOL)
        carried: list[SSAValue] = []
        if parser.parse_optional_keyword("iter") is not None:
            parser.parse_punctuation("(")
            unresolved: list[UnresolvedOperand] = parser.parse_comma_separated_list(
                parser.Delimiter.NONE, parser.parse_unresolved_operand)
            parser.parse_punctuation(":")
            types = parser.parse_comma_separated_list(parser.Delimiter.NONE, parser.parse_type)
            parser.parse_punctuation(")")
            if len(types) != len(unresolved):
                parser.raise_error("prim.Loop: one type per carried value expected")
            carried = [parser.resolve_operand(u, t) for u, t in zip(unresolved, types, strict=True)]
        attributes = parser.parse_optional_attr_dict_with_keyword()
        op = cls(trip, condition, carried, parser.parse_region())
        if attributes is not None:
            op.attributes.update(attributes.data)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_list((self.max_trip_count, self.initial_condition), printer.print_operand)
        if self.carried:
            printer.print_string(" iter(")
            printer.print_list(self.carried, printer.print_operand)
            printer.print_string(" : ")
            printer.print_list((c.type for c in self.carried), printer.print_attribute)
            printer.print_string(")")
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" ")
        printer.print_region(self.body, print_entry_block_args=True)

    def verify_(self) -> None:
        carried = tuple(c.type for c in self.carried)
        if tuple(r.type for r in self.res) != carried:
            raise VerifyException("prim.Loop: results must have the types of the carried values")
        block_types = tuple(a.type for a in self.body.block.args)
        if block_types != (INT, *carried):
            raise VerifyException(
                "prim.Loop: the body takes the iteration number (i64) and the carried values"
            )


def make_if(condition: SSAValue, result_types: Sequence[Attribute]) -> IfOp:
    """An empty `prim.If` whose branches the caller fills (each must end in `prim.Return`)."""
    return IfOp(condition, result_types, Region(Block()), Region(Block()))


Prim = Dialect(
    "prim",
    [
        ConstantOp,
        GetAttrOp,
        SetAttrOp,
        CallMethodOp,
        CallFunctionOp,
        ListConstructOp,
        ListUnpackOp,
        TupleConstructOp,
        TupleUnpackOp,
        TupleIndexOp,
        DtypeOp,
        DeviceOp,
        NumToTensorOp,
        UninitializedOp,
        UncheckedCastOp,
        RaiseExceptionOp,
        ReturnOp,
        IfOp,
        LoopOp,
    ],
    PRIM_TYPES,
)
