"""Type inference rules of the `prim::` node kinds (see infer.py for the whole picture).

Module values are tracked to the instance they are (`GraphTypes.modules`), so attribute reads get
the attribute's declared type and method calls their callee's inferred result types; control flow
joins the types of its paths, loops are revisited until their carried types settle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from xdsl.dialects.builtin import NoneType, TensorType, TupleType, UnrankedTensorType, f32, f64, i1, i64
from xdsl.ir import Attribute

from xdsl_quant.dialects.jit import unmangled
from xdsl_quant.dialects.prim_types import ListType, OptionalType
from xdsl_quant.frontend import kinds
from xdsl_quant.frontend.types import (
    F32_TENSOR,
    SCALAR_TYPE_ELEMENTS,
    contains_tensor,
    convert,
    element_of,
    join,
)

if TYPE_CHECKING:
    from xdsl_quant.frontend.infer import Inference


def _constant(inference: Inference, node: Any) -> None:
    output = node.output()
    if output.type().kind() == "FunctionType":
        inference.result.types[output.unique()] = NoneType()  # the callee of a CallFunction
        return
    inference.assign(output, inference.context.constant_type(node))


def _get_attr(inference: Inference, node: Any) -> None:
    owner = inference.result.modules.get(node.input().unique())
    name = node.s("name")
    if owner is None:
        raise inference.error(node, f"prim::GetAttr[name={name!r}] on a value that is not a known module")
    child = owner.children.get(name)
    if child is not None:
        inference.result.modules[node.output().unique()] = child
        inference.assign(node.output(), child.module_type)
        return
    attr = owner.data_attr(name)
    if attr is None:
        raise inference.error(node, f"module {owner.dotted} has no attribute {name!r}")
    inference.assign(node.output(), attr.declared)


def _call_method(inference: Inference, node: Any) -> None:
    args = list(node.inputs())
    target = inference.result.modules.get(args[0].unique())
    name = node.s("name")
    outputs = list(node.outputs())
    if target is None:
        raise inference.error(node, f"prim::CallMethod[name={name!r}] on a value that is not a known module")
    if target.builtin:
        rule = kinds.BUILTIN_METHOD_RESULTS.get(name)
        if rule is None:
            raise inference.error(node, f"{target.class_name} has no built-in method {name!r}")
        if rule == "arg1":
            types: list[Attribute | None] = [inference.type_of(args[1])]
        elif rule:
            elements = iter(SCALAR_TYPE_ELEMENTS[code] for code in (6 if e == "f32" else 4 for e in rule))
            types = [convert(o.type(), UnrankedTensorType(next(elements))) if o.type().kind() == "TensorType"
                     else _tuple_of(o.type(), elements) for o in outputs]
        else:
            types = [convert(o.type()) for o in outputs]
        for output, typ in zip(outputs, types, strict=True):
            inference.assign(output, typ)
        return
    callee = inference.context.method_types(target, name)
    for output, typ in zip(outputs, callee.outputs, strict=True):
        inference.assign(output, typ)


def _tuple_of(jit_type: Any, elements: Iterator[Attribute]) -> Attribute:
    return TupleType(tuple(UnrankedTensorType(next(elements)) if t.kind() == "TensorType" else convert(t)
                           for t in jit_type.containedTypes()))


def _call_function(inference: Inference, node: Any) -> None:
    callee = unmangled(str(next(node.inputs()).type()))
    if callee not in kinds.ELEMENT_PRESERVING_FUNCTIONS:
        raise inference.error(node, f"prim::CallFunction of {callee}: the result type of this function is unknown")
    element = next(inference.tensor_operands(node), f32)
    for output in node.outputs():
        inference.assign(output, convert(output.type(), UnrankedTensorType(element)))


def _list_construct(inference: Inference, node: Any) -> None:
    output = node.output()
    element_type = output.type().getElementType()
    if contains_tensor(element_type):
        joined: Attribute | None = None
        for value in node.inputs():
            joined = join(joined, inference.type_of(value))
        inference.assign(output, ListType(joined or F32_TENSOR))
    else:
        inference.assign(output, convert(output.type()))


def _list_unpack(inference: Inference, node: Any) -> None:
    source = inference.type_of(node.input())
    element = source.element_type if isinstance(source, ListType) else None
    for output in node.outputs():
        inference.assign(output, element or convert(output.type()))


def _tuple_construct(inference: Inference, node: Any) -> None:
    types = [inference.type_of(v) for v in node.inputs()]
    if all(t is not None for t in types):
        inference.assign(node.output(), TupleType(tuple(types)))


def _tuple_unpack(inference: Inference, node: Any) -> None:
    source = inference.type_of(node.input())
    if isinstance(source, TupleType):
        for output, typ in zip(node.outputs(), source.types.data, strict=True):
            inference.assign(output, typ)


def _tuple_index(inference: Inference, node: Any) -> None:
    source, index = node.inputs()
    typ = inference.type_of(source)
    position = inference.int_value(index)
    if isinstance(typ, TupleType) and position is not None:
        inference.assign(node.output(), typ.types.data[position])
    else:
        inference.assign(node.output(), convert(node.output().type()))


def _declared_outputs(inference: Inference, node: Any) -> None:
    for output in node.outputs():
        inference.assign(output, convert(output.type()))


def _num_to_tensor(inference: Inference, node: Any) -> None:
    number = inference.type_of(node.input())
    if number not in (i64, f64, i1):
        raise inference.error(node, f"prim::NumToTensor of a {number}: the tensor's element type is unknown")
    inference.assign(node.output(), TensorType(number, ()))


def _uninitialized(inference: Inference, node: Any) -> None:
    placeholder = inference.result.placeholders.get(node.output().unique())
    if placeholder is not None:
        inference.assign(node.output(), placeholder)


def _unchecked_cast(inference: Inference, node: Any) -> None:
    source = inference.type_of(node.input())
    inner = source.element_type if isinstance(source, OptionalType) else source
    declared = node.output().type()
    if declared.kind() == "TensorType" and inner is not None and element_of(inner) is not None:
        inference.assign(node.output(), inner)
    else:
        inference.assign(node.output(), convert(declared))


def _merge(inference: Inference, node: Any, outputs: list[Any], paths: list[list[Any]]) -> None:
    """Each output's type is the join of the values flowing into it along `paths`."""
    for i, output in enumerate(outputs):
        joined: Attribute | None = inference.type_of(output)
        sources = [path[i] for path in paths]
        for source in sources:
            if source.node().kind() == "prim::Uninitialized":
                continue
            typ = inference.type_of(source)
            merged = join(joined, typ)
            if merged is None and joined is not None and typ is not None:
                raise inference.error(node, f"{node.kind()} output {i}: a path yields {typ}, another {joined}")
            joined = merged
        if joined is None:
            continue
        inference.assign(output, joined)
        for source in sources:
            if source.node().kind() == "prim::Uninitialized":
                inference.result.placeholders[source.unique()] = joined


def _if(inference: Inference, node: Any) -> None:
    blocks = list(node.blocks())
    for block in blocks:
        inference.walk(block)
    _merge(inference, node, list(node.outputs()), [list(b.outputs()) for b in blocks])


def _loop(inference: Inference, node: Any) -> None:
    (body,) = node.blocks()
    carried_in = list(node.inputs())[2:]
    body_args = list(body.inputs())
    inference.assign(body_args[0], i64)
    outputs = list(node.outputs())
    _merge(inference, node, outputs, [carried_in])
    for arg, output in zip(body_args[1:], outputs, strict=True):
        inference.assign(arg, inference.type_of(output))
    inference.walk(body)
    _merge(inference, node, outputs, [list(body.outputs())[1:]])


def _no_outputs(inference: Inference, node: Any) -> None:
    pass


PRIM_RULES: dict[str, Callable[[Inference, Any], None]] = {
    "prim::Constant": _constant,
    "prim::GetAttr": _get_attr,
    "prim::SetAttr": _no_outputs,
    "prim::CallMethod": _call_method,
    "prim::CallFunction": _call_function,
    "prim::ListConstruct": _list_construct,
    "prim::ListUnpack": _list_unpack,
    "prim::TupleConstruct": _tuple_construct,
    "prim::TupleUnpack": _tuple_unpack,
    "prim::TupleIndex": _tuple_index,
    "prim::dtype": _declared_outputs,
    "prim::device": _declared_outputs,
    "prim::NumToTensor": _num_to_tensor,
    "prim::Uninitialized": _uninitialized,
    "prim::unchecked_cast": _unchecked_cast,
    "prim::RaiseException": _no_outputs,
    "prim::If": _if,
    "prim::Loop": _loop,
}
assert set(PRIM_RULES) == kinds.PRIM_KINDS, "every prim kind needs an inference rule"
