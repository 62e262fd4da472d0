"""The object model of a TorchScript module: modules, their attributes and their methods.

Freezing and on-device PTQ operate on objects, not only on graphs: they read and write module
attributes, clone methods and register new attributes. So a scripted module is imported as a
tree of `jit.module` ops, one per module *instance*:

    jit.module @M class "__torch__.M" {
      jit.attr "training" = false
      jit.attr "x.2_scale_0" = 4.501750e-02 : f64
      jit.module @conv class "__torch__.torch.nn.modules.conv.Conv2d" {
        jit.attr "weight" = dense_resource<conv_weight> : tensor<4x3x3x3xf32>
        jit.attr "bias" = dense_resource<conv_bias> : tensor<4xf32>
      }
      jit.method @forward(%self: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*xf32> {
        ...
        prim.Return %y : tensor<*xf32>
      }
    }

A module value has type `!jit.module<@M::@conv>`: the symbol path of the instance from its
top-level module. Attribute names are strings because PyTorch's contain dots
(`x.2_scale_0`, `quantized_forward._jit_pass_packed_weight_0`); submodules and methods are
symbols. Lookups by name are O(1) amortized (an index per module, checked on every hit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from weakref import ReferenceType, WeakKeyDictionary, ref

from xdsl.dialects.builtin import FunctionType, StringAttr, SymbolRefAttr
from xdsl.dialects.utils import parse_func_op_like, print_func_op_like
from xdsl.ir import Attribute, Block, Dialect, Operation, ParametrizedAttribute, Region, TypeAttribute
from xdsl.irdl import (
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    lazy_traits_def,
    opt_prop_def,
    prop_def,
    region_def,
    traits_def,
)
from xdsl.parser import AttrParser, Parser
from xdsl.printer import Printer
from xdsl.traits import (
    HasParent,
    IsolatedFromAbove,
    NoTerminator,
    SymbolOpInterface,
    SymbolTable,
)
from xdsl.utils.exceptions import VerifyException

from xdsl_quant.dialects.literals import check_literal, literal_type, parse_typed_literal, print_typed_literal


@irdl_attr_definition
class ModuleType(ParametrizedAttribute, TypeAttribute):
    """`!jit.module<@Top::@child::@grandchild>`: a module instance, by its path from the top."""

    name = "jit.module"
    path: SymbolRefAttr

    def __init__(self, path: SymbolRefAttr | Sequence[str]):
        if not isinstance(path, SymbolRefAttr):
            path = SymbolRefAttr(path[0], list(path[1:]))
        super().__init__(path)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.path.root_reference.data, *(r.data for r in self.path.nested_references))

    def child(self, name: str) -> ModuleType:
        return ModuleType((*self.names, name))

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> Sequence[Attribute]:
        with parser.in_angle_brackets():
            path = parser.parse_attribute()
            if not isinstance(path, SymbolRefAttr):
                parser.raise_error("expected a module path such as @Top::@child")
        return (path,)

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            printer.print_attribute(self.path)


@irdl_op_definition
class AttrOp(IRDLOperation):
    """`jit.attr "name" = VALUE`: a module attribute with its initial value.

    The declared type is the value's type unless written explicitly (`jit.attr "w" : tensor<*xf32>
    = dense<...> : tensor<2xf32>`), e.g. for an attribute that a method later overwrites with a
    tensor of another shape. Object-typed attributes (packed params) may start as `none`.
    """

    name = "jit.attr"
    attr_name = prop_def(StringAttr)
    attr_type = prop_def(Attribute)
    value = prop_def(Attribute)
    traits = lazy_traits_def(lambda: (HasParent(JitModuleOp),))

    def __init__(self, attr_name: str, value: Attribute, attr_type: Attribute | None = None):
        attr_type = attr_type or literal_type(value)
        if attr_type is None:
            raise ValueError(f"jit.attr {attr_name!r}: the value {value} needs an explicit type")
        super().__init__(
            properties={"attr_name": StringAttr(attr_name), "attr_type": attr_type, "value": value}
        )

    @classmethod
    def parse(cls, parser: Parser) -> AttrOp:
        name = parser.parse_str_literal(" (the attribute name)")
        declared = parser.parse_type() if parser.parse_optional_punctuation(":") else None
        parser.parse_punctuation("=")
        value, typ = parse_typed_literal(parser)
        op = cls(name, value, declared or typ)
        op.attributes.update(parser.parse_optional_attr_dict())
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_string_literal(self.attr_name.data)
        own = literal_type(self.value)
        if own is not None and own != self.attr_type:
            printer.print_string(" : ")
            printer.print_attribute(self.attr_type)
        printer.print_string(" = ")
        print_typed_literal(printer, self.value, self.attr_type)
        printer.print_op_attributes(self.attributes)

    def verify_(self) -> None:
        if (error := check_literal(self.value, self.attr_type)) is not None:
            raise VerifyException(f'attribute "{self.attr_name.data}": {error}')


@irdl_op_definition
class JitModuleOp(IRDLOperation):
    """`jit.module @name class "..." { ... }`: one module instance (attributes, children, methods)."""

    name = "jit.module"
    sym_name = prop_def(StringAttr)
    class_name = opt_prop_def(StringAttr)
    body = region_def("single_block")
    traits = traits_def(NoTerminator(), SymbolTable(), SymbolOpInterface())

    def __init__(self, sym_name: str, class_name: str | None = None, ops: Sequence[Operation] = ()):
        properties: dict[str, Attribute] = {"sym_name": StringAttr(sym_name)}
        if class_name is not None:
            properties["class_name"] = StringAttr(class_name)
        super().__init__(properties=properties, regions=[Region(Block(ops))])

    @classmethod
    def parse(cls, parser: Parser) -> JitModuleOp:
        name = parser.parse_symbol_name().data
        class_name = None
        if parser.parse_optional_keyword("class") is not None:
            class_name = parser.parse_str_literal(" (the TorchScript class name)")
        attributes = parser.parse_optional_attr_dict_with_keyword()
        region = parser.parse_region()
        op = cls(sym_name=name, class_name=class_name)
        if region.blocks:  # `{}` parses as a region without a block: keep the empty body block
            op.body.detach_block(0)
            while region.blocks:  # all of them: the verifier reports a second block
                op.body.add_block(region.detach_block(0))
        if attributes is not None:
            op.attributes.update(attributes.data)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        if self.class_name is not None:
            printer.print_string(" class ")
            printer.print_string_literal(self.class_name.data)
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" ")
        printer.print_region(self.body, print_entry_block_args=False, print_empty_block=False)

    # -- structure -----------------------------------------------------------------------------

    @property
    def module_type(self) -> ModuleType:
        names: list[str] = []
        op: Operation | None = self
        while isinstance(op, JitModuleOp):
            names.append(op.sym_name.data)
            op = op.parent_op()
        return ModuleType(names[::-1])

    def attrs(self) -> Iterator[AttrOp]:
        return (op for op in self.body.ops if isinstance(op, AttrOp))

    def submodules(self) -> Iterator[JitModuleOp]:
        return (op for op in self.body.ops if isinstance(op, JitModuleOp))

    def methods(self) -> Iterator[MethodOp]:
        return (op for op in self.body.ops if isinstance(op, MethodOp))

    def lookup(self, name: str) -> Operation | None:
        """The attribute, submodule or method called `name` directly in this module."""
        index = _INDEX.get(self)
        if index is not None and (entry := index.get(name)) is not None:
            found = entry()
            if found is not None and found.parent_op() is self and _member_name(found) == name:
                return found
        members = {n: op for op in self.body.ops if (n := _member_name(op)) is not None}
        _INDEX[self] = {n: ref(op) for n, op in members.items()}
        return members.get(name)

    def verify_(self) -> None:
        seen: set[str] = set()
        for op in self.body.ops:
            name = _member_name(op)
            if name is None:
                raise VerifyException(
                    f"jit.module @{self.sym_name.data} may only hold jit.attr, jit.module and "
                    f"jit.method, found {op.name}"
                )
            if name in seen:
                raise VerifyException(f'jit.module @{self.sym_name.data}: "{name}" is defined twice')
            seen.add(name)


# Weak both ways: a strong reference to a member would keep its module (the key) alive forever.
_INDEX: WeakKeyDictionary[JitModuleOp, dict[str, ReferenceType[Operation]]] = WeakKeyDictionary()

#: Classes imported as first-class objects with built-in semantics instead of their TorchScript
#: code (observers), and the methods each one offers (`prim.CallMethod` may call them).
BUILTIN_CLASSES: dict[str, frozenset[str]] = {
    f"__torch__.torch.ao.quantization.observer.{name}": frozenset(
        {"forward", "calculate_qparams", "reset_min_max_vals"}
    )
    for name in ("MinMaxObserver", "PerChannelMinMaxObserver", "PlaceholderObserver",
                 "MovingAverageMinMaxObserver", "MovingAveragePerChannelMinMaxObserver",
                 "HistogramObserver")
}

_MANGLE = re.compile(r"___torch_mangle_\d+\.")


def unmangled(class_name: str) -> str:
    """`__torch__.a.___torch_mangle_3.B` -> `__torch__.a.B` (TorchScript renames clones)."""
    return _MANGLE.sub("", class_name)


def builtin_methods(module: JitModuleOp) -> frozenset[str]:
    """The built-in methods of a module of a built-in class (empty for ordinary modules)."""
    if module.class_name is None:
        return frozenset()
    return BUILTIN_CLASSES.get(unmangled(module.class_name.data), frozenset())


def _member_name(op: Operation) -> str | None:
    if isinstance(op, AttrOp):
        return op.attr_name.data
    if isinstance(op, JitModuleOp | MethodOp):
        return op.sym_name.data
    return None


@irdl_op_definition
class MethodOp(IRDLOperation):
    """`jit.method @forward(%self: !jit.module<@M>, ...) -> (...) { ... }`.

    The first argument is the module instance the method belongs to; the body ends in
    `prim.Return`.
    """

    name = "jit.method"
    sym_name = prop_def(StringAttr)
    function_type = prop_def(FunctionType)
    body = region_def("single_block")
    traits = lazy_traits_def(
        lambda: (SymbolOpInterface(), IsolatedFromAbove(), HasParent(JitModuleOp))
    )

    def __init__(self, sym_name: str, function_type: FunctionType, region: Region | None = None):
        if region is None:
            region = Region(Block(arg_types=function_type.inputs))
        super().__init__(
            properties={"sym_name": StringAttr(sym_name), "function_type": function_type},
            regions=[region],
        )

    @property
    def args(self) -> tuple[Attribute, ...]:
        return self.function_type.inputs.data

    @classmethod
    def parse(cls, parser: Parser) -> MethodOp:
        name, inputs, outputs, region, extra, _, _ = parse_func_op_like(
            parser, reserved_attr_names=("sym_name", "function_type")
        )
        op = cls(name, FunctionType.from_lists(inputs, outputs), region)
        if extra is not None:
            op.attributes.update(extra.data)
        return op

    def print(self, printer: Printer) -> None:
        print_func_op_like(
            printer,
            self.sym_name,
            self.function_type,
            self.body,
            self.attributes,
            reserved_attr_names=("sym_name", "function_type"),
        )

    def verify_(self) -> None:
        block = self.body.block
        if tuple(a.type for a in block.args) != self.function_type.inputs.data:
            raise VerifyException("jit.method: entry block arguments must match the function type")
        parent = self.parent_op()
        if not isinstance(parent, JitModuleOp):
            return
        expected = parent.module_type
        if not block.args or block.args[0].type != expected:
            raise VerifyException(
                f"jit.method @{self.sym_name.data}: the first argument must be the module itself, "
                f"of type {expected}"
            )


def resolve_module(anchor: Operation, typ: ModuleType) -> JitModuleOp | None:
    """The `jit.module` that `typ` names, seen from an op inside the same top-level module tree."""
    top: JitModuleOp | None = None
    op: Operation | None = anchor
    while op is not None:
        if isinstance(op, JitModuleOp):
            top = op
        op = op.parent_op()
    if top is None:
        return None
    names = typ.names
    current: Operation | None = top if top.sym_name.data == names[0] else _sibling(top, names[0])
    for name in names[1:]:
        if not isinstance(current, JitModuleOp):
            return None
        current = current.lookup(name)
    return current if isinstance(current, JitModuleOp) else None


def _sibling(top: JitModuleOp, name: str) -> JitModuleOp | None:
    block = top.parent_block()
    if block is None:
        return None
    for op in block.ops:
        if isinstance(op, JitModuleOp) and op.sym_name.data == name:
            return op
    return None


Jit = Dialect("jit", [JitModuleOp, AttrOp, MethodOp], [ModuleType])
