"""`quant-freeze{preserved-attrs=...}`: PyTorch's freeze_module (spec §3.6), on our object model.

Freezing turns the module's state into constants so that the weight path becomes constant and
the prepacks can fold:
1. `forward` and the preserved entries are kept. An entry is a dotted path of child module
   names ending in an attribute, method or submodule (`fc`, `fc.weight`, `helper`); anything
   else is "Unknown name" — so, as in PyTorch, attributes whose own name holds a dot
   (`x.2_scale_0`) cannot be preserved.
2. Calls to methods are inlined into the kept methods (built-in observer methods stay calls).
3. Every attribute read in a kept method that no kept method writes (`prim.SetAttr`, or an
   in-place op on the value read) and that is not preserved becomes a `prim.Constant` — unless
   the module is in training mode, where nothing is folded. Packed-params attributes stay
   attributes: they are finalize's own output, and folding them would make finalize not
   idempotent.
4. Constant propagation (constant_folding.py), common-subexpression elimination and dead-code
   elimination run on the kept methods: PyTorch's freeze runs `runOptimization` (CSE included) on
   each frozen graph, so identical constants and qparam reads merge as in its result. TorchScript
   tensors and lists are mutable, so CSE is guarded as PyTorch's alias analysis guards it (see
   `torchscript_cse`).
5. Methods that are not kept, and attributes and submodules nothing references any more, go.

Unlike PyTorch, which returns a frozen clone, the pass rewrites the module in place (as every
pass does); the pipeline's caller keeps the original file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import BlockArgument, Operation
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter
from xdsl.transforms.dead_code_elimination import region_dce

from xdsl_quant.dialects.jit import AttrOp, JitModuleOp, MethodOp, ModuleType, resolve_module
from xdsl_quant.dialects.literals import is_none_literal
from xdsl_quant.dialects.prim import (
    CallMethodOp,
    ConstantOp,
    GetAttrOp,
    ReturnOp,
    SetAttrOp,
)
from xdsl_quant.dialects.quantized_packed import PackedType
from xdsl_quant.locations import pass_failure, verify_rewritten
from xdsl_quant.transforms.constant_folding import fold_region
from xdsl_quant.transforms.targets import top_modules
from xdsl_quant.transforms.torchscript_cse import torchscript_cse, writes

_MAX_INLINE_DEPTH = 64


def _module_of(anchor: Operation, typ: object) -> JitModuleOp | None:
    return resolve_module(anchor, typ) if isinstance(typ, ModuleType) else None


@dataclass
class Freezer:
    module: JitModuleOp
    preserved: Sequence[str]

    def run(self) -> None:
        kept_attrs, kept_methods, kept_modules = self._resolve_preserved()
        methods = [m for m in self.module.methods() if m.sym_name.data == "forward" or m in kept_methods]
        for method in methods:
            self._inline_calls(method)
        if _is_training(self.module):
            training = self.module.lookup("training")
            assert isinstance(training, AttrOp)
            kept_attrs.add(training)  # PyTorch keeps the flag of a module frozen in training mode
        else:
            mutated = self._mutated(methods)
            for method in methods:
                self._fold_attributes(method, mutated, kept_attrs, kept_modules)
        for method in methods:
            fold_region(method.body)
            torchscript_cse(method.body)  # PyTorch's freeze runs runOptimization (CSE included) on the frozen graph
            region_dce(method.body)
        for method in methods:
            verify_rewritten(method.body.walk(), "quant-freeze: with the attribute values frozen")
        self._remove_unused(set(methods), kept_attrs, kept_modules)

    # -- 1. preserved entries -------------------------------------------------------------------

    def _resolve_preserved(self) -> tuple[set[AttrOp], set[MethodOp], set[JitModuleOp]]:
        attrs: set[AttrOp] = set()
        methods: set[MethodOp] = set()
        modules: set[JitModuleOp] = set()
        for entry in self.preserved:
            *path, last = entry.split(".")
            owner: Operation | None = self.module
            for name in path:
                owner = owner.lookup(name) if isinstance(owner, JitModuleOp) else None
            member = owner.lookup(last) if isinstance(owner, JitModuleOp) else None
            if isinstance(member, AttrOp):
                attrs.add(member)
            elif isinstance(member, MethodOp):
                methods.add(member)
            elif isinstance(member, JitModuleOp):
                modules.add(member)
            else:
                raise pass_failure(self.module, f"quant-freeze: Unknown name: {entry}")
        return attrs, methods, modules

    # -- 2. inlining ------------------------------------------------------------------------------

    def _inline_calls(self, method: MethodOp, depth: int = 0) -> None:
        if depth > _MAX_INLINE_DEPTH:
            raise pass_failure(method, f"quant-freeze: recursive method calls in @{method.sym_name.data}")
        for call in [op for op in method.body.walk() if isinstance(op, CallMethodOp)]:
            target = _module_of(call, call.arguments[0].type)
            callee = target.lookup(call.method_name.data) if target is not None else None
            if not isinstance(callee, MethodOp):
                continue  # a built-in object's method
            body = callee.body.clone()
            terminator = body.block.last_op
            assert isinstance(terminator, ReturnOp)
            # A returned argument of the callee is the call's argument once the body is inlined.
            results = [call.arguments[v.index] if isinstance(v, BlockArgument) and v.block is body.block else v
                       for v in terminator.values]
            Rewriter.erase_op(terminator)
            Rewriter.inline_block(body.block, InsertPoint.before(call), list(call.arguments))
            for old, new in zip(call.results, results, strict=True):
                old.replace_all_uses_with(new)
            Rewriter.erase_op(call)
        if any(isinstance(op, CallMethodOp) and _calls_method(op) for op in method.body.walk()):
            self._inline_calls(method, depth + 1)

    # -- 3. attributes to constants -------------------------------------------------------------

    def _mutated(self, methods: Sequence[MethodOp]) -> set[AttrOp]:
        """Attributes a kept method writes: SetAttr targets and values written in place."""
        mutated: set[AttrOp] = set()
        for method in methods:
            for op in method.body.walk():
                if isinstance(op, SetAttrOp):
                    target = _module_of(op, op.obj.type)
                    member = target.lookup(op.attr_name.data) if target else None
                    if isinstance(member, AttrOp):
                        mutated.add(member)
                elif isinstance(op, GetAttrOp) and _written_in_place(op):
                    target = _module_of(op, op.obj.type)
                    member = target.lookup(op.attr_name.data) if target else None
                    if isinstance(member, AttrOp):
                        mutated.add(member)
        return mutated

    def _fold_attributes(self, method: MethodOp, mutated: set[AttrOp], kept: set[AttrOp],
                         kept_modules: set[JitModuleOp]) -> None:
        for op in [op for op in method.body.walk() if isinstance(op, GetAttrOp)]:
            target = _module_of(op, op.obj.type)
            member = target.lookup(op.attr_name.data) if target is not None else None
            if not isinstance(member, AttrOp) or member in mutated or member in kept:
                continue
            if isinstance(member.attr_type, PackedType):
                continue  # packed params are where finalize puts folded prepacks: keep them there
            if target is not None and _inside(target, kept_modules):
                continue
            Rewriter.replace_op(op, ConstantOp(member.value, op.result.type))

    # -- 5. cleanup -------------------------------------------------------------------------------

    def _remove_unused(self, methods: set[MethodOp], kept_attrs: set[AttrOp],
                       kept_modules: set[JitModuleOp]) -> None:
        for method in list(self.module.methods()):
            if method not in methods:
                Rewriter.erase_op(method)
        referenced: set[Operation] = set()
        for method in methods:
            for op in method.body.walk():
                if isinstance(op, GetAttrOp | SetAttrOp):
                    target = _module_of(op, op.obj.type)
                    if target is not None:
                        referenced.update(_ancestors(target))
                        member = target.lookup(op.attr_name.data)
                        if member is not None:
                            referenced.add(member)
        self._prune(self.module, referenced, kept_attrs, kept_modules)

    def _prune(self, module: JitModuleOp, referenced: set[Operation], kept_attrs: set[AttrOp],
               kept_modules: set[JitModuleOp]) -> None:
        for op in list(module.body.ops):
            if op in kept_modules or op in kept_attrs:
                continue
            if isinstance(op, JitModuleOp):
                if op not in referenced:
                    Rewriter.erase_op(op)
                    continue
                for method in list(op.methods()):
                    Rewriter.erase_op(method)
                self._prune(op, referenced, kept_attrs, kept_modules)
            elif isinstance(op, AttrOp) and op not in referenced:
                Rewriter.erase_op(op)


def _calls_method(call: CallMethodOp) -> bool:
    target = _module_of(call, call.arguments[0].type)
    return target is not None and isinstance(target.lookup(call.method_name.data), MethodOp)


def _written_in_place(get: GetAttrOp) -> bool:
    """Whether the value read is the mutated operand of an in-place op (`x.add_(1)`, `l.append(v)`)."""
    # Not a call's argument: calls here are the built-in observers', which do not write their input.
    return any(use.index == 0 and writes(use.operation, unknown=False) for use in get.result.uses)


def _is_training(module: JitModuleOp) -> bool:
    training = module.lookup("training")
    if not isinstance(training, AttrOp) or is_none_literal(training.value):
        return False
    return bool(getattr(getattr(training.value, "value", None), "data", False))


def _inside(module: JitModuleOp, kept: set[JitModuleOp]) -> bool:
    return any(ancestor in kept for ancestor in _ancestors(module))


def _ancestors(module: JitModuleOp) -> list[JitModuleOp]:
    chain: list[JitModuleOp] = []
    op: Operation | None = module
    while isinstance(op, JitModuleOp):
        chain.append(op)
        op = op.parent_op()
    return chain


@dataclass(frozen=True)
class FreezePass(ModulePass):
    """Freeze every top-level `jit.module` (see the module docstring)."""

    name = "quant-freeze"
    preserved_attrs: tuple[str, ...] = ()

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for module in top_modules(op):
            Freezer(module, self.preserved_attrs).run()
