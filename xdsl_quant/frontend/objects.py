"""The object model of a scripted module: instances, their attributes (with declared IR types and
initial values) and their methods, read from torch before any graph is imported.

Attribute types: TorchScript's `Tensor` carries no dtype or shape, so an attribute's declared IR
type is its initial value's type (`tensor<4x3x3x3xf32>`), except for attributes some method
overwrites (`prim::SetAttr` anywhere, also in observers' own code), which get the general type
(`tensor<*xf32>`) so that storing a tensor of another shape verifies.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from xdsl.dialects.builtin import NoneType, TensorType, UnrankedTensorType
from xdsl.ir import Attribute

from xdsl_quant.dialects.jit import BUILTIN_CLASSES, ModuleType, unmangled
from xdsl_quant.dialects.prim_types import OptionalType
from xdsl_quant.dialects.quantized_packed import PackedType
from xdsl_quant.frontend.errors import TorchScriptImportError
from xdsl_quant.frontend.types import F32_TENSOR, convert
from xdsl_quant.frontend.values import Literal, LiteralMaker

#: TorchBind classes of packed params and the packed kinds each can hold.
PACKED_CLASSES: dict[str, tuple[str, ...]] = {
    "__torch__.torch.classes.quantized.LinearPackedParamsBase": ("linear", "linear_fp16"),
    "__torch__.torch.classes.quantized.Conv2dPackedParamsBase": (
        "conv1d", "conv2d", "conv_transpose1d", "conv_transpose2d"),
    "__torch__.torch.classes.quantized.Conv3dPackedParamsBase": ("conv3d", "conv_transpose3d"),
}


@dataclass
class DataAttr:
    """A non-module attribute: name, TorchScript type, declared IR type and initial value."""

    name: str
    jit_type: Any
    declared: Attribute
    literal: Literal


@dataclass
class Instance:
    """One module instance of the tree, at `path` from the top (`("M", "conv")`)."""

    path: tuple[str, ...]
    module: Any  # torch._C.ScriptModule
    class_name: str  # unmangled qualified name
    type_key: str  # TorchScript's (mangled) class name: identity of the class type
    builtin: bool
    data: list[DataAttr] = field(default_factory=list[DataAttr])
    children: dict[str, Instance] = field(default_factory=dict[str, "Instance"])
    #: Attribute names in the class's slot order (data attributes and submodules).
    order: list[str] = field(default_factory=list[str])
    methods: list[str] = field(default_factory=list[str])

    @property
    def module_type(self) -> ModuleType:
        return ModuleType(self.path)

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    def data_attr(self, name: str) -> DataAttr | None:
        return next((a for a in self.data if a.name == name), None)

    def walk(self) -> Iterator[Instance]:
        yield self
        for child in self.children.values():
            yield from child.walk()


def _slots(module: Any) -> list[tuple[str, Any, Any]]:
    """(name, TorchScript type, value) of every attribute slot, in the class's order."""
    import torch

    named = torch._C._jit_debug_module_iterators(module)["named_attributes"]  # pyright: ignore
    types = module._type().containedTypes()
    if len(types) != len(named):
        raise TorchScriptImportError(
            f"cannot read the attribute types of {module._type().qualified_name()}"
        )
    return [(name, jit_type, value) for (name, value), jit_type in zip(named, types, strict=True)]


def _is_module(value: Any) -> bool:
    import torch

    return isinstance(value, torch.ScriptModule)


def _graphs(instance: Instance) -> Iterator[Any]:
    for name in instance.module._method_names():
        yield instance.module._get_method(name).graph


def _nodes(block: Any) -> Iterator[Any]:
    for node in block.nodes():
        yield node
        for sub in node.blocks():
            yield from _nodes(sub)


class ObjectModel:
    """The instance tree of one scripted module, with attribute types and values resolved."""

    def __init__(self, root: Any, literals: LiteralMaker):
        self.literals = literals
        self.root = self._instance(root, (root._type().name(),))
        #: (class type key, attribute name) -> kinds of the nodes producing the stored values.
        self.mutated: dict[tuple[str, str], list[str]] = {}
        for instance in self.root.walk():
            self._scan_set_attrs(instance)
        for instance in self.root.walk():
            self._resolve_data(instance)

    def _instance(self, module: Any, path: tuple[str, ...]) -> Instance:
        type_key = module._type().qualified_name()
        class_name = unmangled(type_key)
        instance = Instance(path, module, class_name, type_key, builtin=class_name in BUILTIN_CLASSES)
        for name, _, value in _slots(module):
            instance.order.append(name)
            if _is_module(value):
                instance.children[name] = self._instance(value, (*path, name))
        if not instance.builtin:
            instance.methods = list(module._method_names())
        return instance

    def _scan_set_attrs(self, instance: Instance) -> None:
        for graph in _graphs(instance):  # observers' code too: it overwrites min_val/max_val
            for node in _nodes(graph.block()):
                if node.kind() == "prim::SetAttr":
                    target, value = node.inputs()
                    key = (str(target.type()), node.s("name"))
                    self.mutated.setdefault(key, []).append(value.node().kind())

    def _resolve_data(self, instance: Instance) -> None:
        for name, jit_type, value in _slots(instance.module):
            if name in instance.children:
                continue
            writers = self.mutated.get((instance.type_key, name))
            key = "_".join((*instance.path[1:], name))
            instance.data.append(self._data_attr(name, jit_type, value, writers, key, instance))

    def _data_attr(self, name: str, jit_type: Any, value: Any, writers: list[str] | None, key: str,
                   instance: Instance) -> DataAttr:
        kind = jit_type.kind()
        if kind == "ClassType" or (kind == "OptionalType" and jit_type.getElementType().kind() == "ClassType"):
            return self._object_attr(name, jit_type, value, writers, instance)
        literal = self.literals.literal(value, jit_type, key)
        declared = self._declared(jit_type, literal, mutated=writers is not None)
        return DataAttr(name, jit_type, declared, literal)

    def _declared(self, jit_type: Any, literal: Literal, *, mutated: bool) -> Attribute:
        """The attribute's IR type: the value's own type, general where methods overwrite it."""
        kind = jit_type.kind()
        value_type = literal.type
        if kind == "TensorType":
            assert isinstance(value_type, TensorType)
            return UnrankedTensorType(value_type.get_element_type()) if mutated else value_type
        if kind == "OptionalType" and jit_type.getElementType().kind() == "TensorType":
            if isinstance(value_type, TensorType):
                inner = UnrankedTensorType(value_type.get_element_type()) if mutated else value_type
            else:
                inner = F32_TENSOR  # None now: TorchScript tensors default to float
            return OptionalType(inner)
        if kind == "NoneType":
            return NoneType()
        return convert(jit_type)

    def _object_attr(self, name: str, jit_type: Any, value: Any, writers: list[str] | None,
                     instance: Instance) -> DataAttr:
        """Packed-params attributes (on-device PTQ registers them as None, quantize_* sets them)."""
        optional = jit_type.kind() == "OptionalType"
        class_type = jit_type.getElementType() if optional else jit_type
        kinds = PACKED_CLASSES.get(str(class_type))
        where = f"attribute {instance.dotted}.{name}"
        if kinds is None:
            raise TorchScriptImportError(f"{where} holds an object of class {class_type}, which is not supported")
        if value is not None:
            raise TorchScriptImportError(
                f"{where} holds a packed-params object; import the module before finalize"
            )
        produced = {w.removeprefix("quantized::").removesuffix("_prepack") for w in writers or ()}
        produced = {"linear_fp16" if p == "linear_prepack_fp16" else p for p in produced}
        found = [k for k in kinds if k in produced]
        if len(found) != 1:
            raise TorchScriptImportError(f"{where}: cannot tell which packed params ({', '.join(kinds)}) it holds")
        from xdsl.dialects.builtin import NoneAttr

        packed = PackedType(found[0])
        return DataAttr(name, jit_type, OptionalType(packed) if optional else packed, Literal(NoneAttr(), NoneType()))
