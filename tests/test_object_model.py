"""The Python API of the object model (jit.py): member lookups, module paths and types, resolve_module."""

from __future__ import annotations

import gc
import re
import weakref

import pytest
from xdsl.context import Context
from xdsl.dialects.builtin import (
    Builtin,
    FloatAttr,
    IntegerAttr,
    ModuleOp,
    StringAttr,
    SymbolRefAttr,
    f64,
    i64,
)
from xdsl.dialects.func import Func
from xdsl.parser import Parser

from xdsl_quant.dialects.jit import AttrOp, Jit, JitModuleOp, MethodOp, ModuleType, resolve_module
from xdsl_quant.dialects.prim import Prim
from xdsl_quant.dialects.prim_types import StrType


def parse(text: str) -> ModuleOp:
    ctx = Context()
    for dialect in (Builtin, Func, Prim, Jit):
        ctx.load_dialect(dialect)
    module = Parser(ctx, text).parse_module()
    module.verify()
    return module


MODEL = """
jit.module @M {
  jit.attr "w" = 1.0 : f64
  jit.attr "training" = false
  jit.module @conv {
    jit.attr "weight" = dense<0.0> : tensor<4xf32>
    jit.module @inner {}
  }
  jit.method @forward(%self: !jit.module<@M>) {
    prim.Return
  }
}
jit.module @Observer {}
"""


def modules(text: str = MODEL) -> tuple[JitModuleOp, JitModuleOp]:
    top, observer = parse(text).body.block.ops
    assert isinstance(top, JitModuleOp)
    assert isinstance(observer, JitModuleOp)
    return top, observer


# -- JitModuleOp.lookup -----------------------------------------------------------------------------


def test_lookup_finds_attributes_submodules_and_methods():
    top, _ = modules()
    w, conv, forward = top.lookup("w"), top.lookup("conv"), top.lookup("forward")
    assert isinstance(w, AttrOp)
    assert w.attr_name.data == "w"
    assert isinstance(conv, JitModuleOp)
    assert conv.sym_name.data == "conv"
    assert isinstance(forward, MethodOp)
    assert top.lookup("weight") is None  # a grandchild's attribute is not a member
    assert top.lookup("missing") is None


def test_lookup_sees_added_attributes():
    top, _ = modules()
    assert top.lookup("w") is not None  # the index is built now
    added = AttrOp("x.2_scale_0", FloatAttr(0.5, f64))
    top.body.block.add_op(added)
    assert top.lookup("x.2_scale_0") is added
    first = AttrOp("first", IntegerAttr(1, i64))
    top.body.block.insert_op_before(first, top.body.block.first_op)  # pyright: ignore[reportArgumentType]
    assert top.lookup("first") is first
    assert top.lookup("w") is not None


def test_lookup_forgets_erased_attributes():
    top, _ = modules()
    w = top.lookup("w")
    assert w is not None
    w.detach()
    assert top.lookup("w") is None
    conv = top.lookup("conv")
    assert conv is not None
    conv.detach()
    conv.erase()
    assert top.lookup("conv") is None
    assert top.lookup("training") is not None


def test_lookup_follows_renames():
    top, _ = modules()
    w, training = top.lookup("w"), top.lookup("training")
    assert isinstance(w, AttrOp)
    assert isinstance(training, AttrOp)
    w.attr_name = StringAttr("renamed")
    assert top.lookup("w") is None
    assert top.lookup("renamed") is w
    # Swap two names: the cached entries now point at the wrong ops.
    w.attr_name = StringAttr("training")
    training.attr_name = StringAttr("w")
    assert top.lookup("training") is w
    assert top.lookup("w") is training
    conv = top.lookup("conv")
    assert isinstance(conv, JitModuleOp)
    conv.sym_name = StringAttr("conv2")
    assert top.lookup("conv") is None
    assert top.lookup("conv2") is conv


def test_lookup_after_moving_a_member_to_another_module():
    top, observer = modules()
    w = top.lookup("w")
    assert w is not None
    assert observer.lookup("w") is None  # builds the observer's (empty) index
    w.detach()
    observer.body.block.add_op(w)
    assert top.lookup("w") is None
    assert observer.lookup("w") is w


def test_lookup_on_a_clone_is_independent():
    top, _ = modules()
    assert top.lookup("w") is not None
    clone = top.clone()
    w = clone.lookup("w")
    assert isinstance(w, AttrOp)
    assert w.parent_op() is clone
    assert top.lookup("w") is not w


def test_a_looked_up_module_can_be_collected():
    # The index must not keep the module alive (its members point back to it).
    module = JitModuleOp("M", ops=[AttrOp("a", IntegerAttr(1, i64))])
    assert module.lookup("a") is not None
    alive = weakref.ref(module)
    del module
    gc.collect()
    assert alive() is None


# -- ModuleType, module_type, resolve_module ----------------------------------------------------


def test_module_type_paths():
    top = ModuleType(["M"])
    conv = top.child("conv")
    assert conv == ModuleType(["M", "conv"])
    assert conv == ModuleType(SymbolRefAttr("M", ["conv"]))
    assert conv.names == ("M", "conv")
    assert conv.child("inner").names == ("M", "conv", "inner")
    assert top.names == ("M",)
    assert str(conv.child("inner")) == "!jit.module<@M::@conv::@inner>"


def test_module_type_of_nested_modules():
    top, _ = modules()
    conv = top.lookup("conv")
    assert isinstance(conv, JitModuleOp)
    inner = conv.lookup("inner")
    assert isinstance(inner, JitModuleOp)
    assert top.module_type == ModuleType(["M"])
    assert inner.module_type == ModuleType(["M"]).child("conv").child("inner")


def test_resolve_module():
    top, observer = modules()
    forward = top.lookup("forward")
    assert isinstance(forward, MethodOp)
    anchor = forward.body.block.first_op
    assert anchor is not None
    conv = top.lookup("conv")
    assert isinstance(conv, JitModuleOp)
    assert resolve_module(anchor, ModuleType(["M"])) is top
    assert resolve_module(anchor, ModuleType(["M", "conv"])) is conv
    assert resolve_module(anchor, ModuleType(["M", "conv", "inner"])) is conv.lookup("inner")
    assert resolve_module(anchor, ModuleType(["Observer"])) is observer  # a sibling top-level module
    assert resolve_module(conv, ModuleType(["M", "conv"])) is conv  # anchored at a module itself
    assert resolve_module(anchor, ModuleType(["M", "missing"])) is None
    assert resolve_module(anchor, ModuleType(["M", "w"])) is None  # an attribute, not a module
    assert resolve_module(anchor, ModuleType(["M", "forward"])) is None  # a method
    assert resolve_module(anchor, ModuleType(["M", "w", "x"])) is None
    assert resolve_module(anchor, ModuleType(["Nowhere"])) is None


def test_resolve_module_outside_any_module():
    module = parse("func.func @f() {\n  func.return\n}")
    func = module.body.block.first_op
    assert func is not None
    assert resolve_module(func, ModuleType(["M"])) is None


def test_resolve_module_of_a_detached_tree():
    top, _ = modules()
    top.detach()
    conv = top.lookup("conv")
    assert conv is not None
    assert resolve_module(conv, ModuleType(["M", "conv"])) is conv
    assert resolve_module(conv, ModuleType(["Observer"])) is None


def test_attr_op_needs_a_type_for_untyped_values():
    # Unreachable from text (the parser always finds a type).
    with pytest.raises(ValueError, match=re.escape("""jit.attr 'mode': the value "nearest" needs an explicit type""")):
        AttrOp("mode", StringAttr("nearest"))
    assert AttrOp("mode", StringAttr("nearest"), StrType()).attr_type == StrType()
    assert AttrOp("w", FloatAttr(0.5, f64)).attr_type == f64
