"""State shared by the import of one module: the object model, inferred method types, locations.

Method types are inferred on demand and memoized: a `prim::CallMethod` needs its callee's result
types before the caller's own inference can go on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from typing import Any

from xdsl.dialects.builtin import FileLineColLoc, IntAttr, StringAttr, TensorType
from xdsl.ir import Attribute

from xdsl_quant.frontend.errors import TorchScriptImportError
from xdsl_quant.frontend.infer import GraphTypes, Inference
from xdsl_quant.frontend.objects import Instance, ObjectModel
from xdsl_quant.frontend.types import DTYPE_ELEMENTS
from xdsl_quant.frontend.values import LiteralMaker

_LOCATION = re.compile(r"# (.+):(\d+):(\d+)\s*$")
_PACKAGE_DIRS = ("site-packages", "dist-packages")


class ImportContext:
    """Everything the import of one scripted module needs, across its methods."""

    def __init__(self, root: Any, *, resource_prefix: str = "", location_root: str | None = None,
                 input_types: Sequence[Attribute] | None = None):
        import torch

        self.torch = torch
        self.location_root = os.path.abspath(location_root) if location_root else None
        self.literals = LiteralMaker(resource_prefix)
        self.objects = ObjectModel(root, self.literals)
        self.input_types = input_types
        self._types: dict[tuple[tuple[str, ...], str], GraphTypes] = {}
        self._active: set[tuple[tuple[str, ...], str]] = set()

    # -- methods -----------------------------------------------------------------------------

    def method_types(self, instance: Instance, method: str) -> GraphTypes:
        """The inferred types of `instance.method` (the top `forward` may have given inputs)."""
        key = (instance.path, method)
        if key not in self._types:
            if key in self._active:
                raise TorchScriptImportError(f"method {instance.dotted}.{method} calls itself")
            self._active.add(key)
            given = self.input_types if instance is self.objects.root and method == "forward" else None
            self._types[key] = Inference(self, instance, method, given).run()
            self._active.discard(key)
        return self._types[key]

    def keep_reachable_methods(self) -> None:
        """Drop the methods nothing calls: keep the top module's and their callees, transitively."""
        root = self.objects.root
        reached: set[tuple[tuple[str, ...], str]] = set()
        work = [(root, name) for name in root.methods]
        while work:
            instance, name = work.pop()
            if (instance.path, name) in reached:
                continue
            reached.add((instance.path, name))
            types = self.method_types(instance, name)
            for node in _walk(types.graph.block()):
                if node.kind() == "prim::CallMethod":
                    target = types.modules.get(next(node.inputs()).unique())
                    if target is not None and not target.builtin:
                        work.append((target, node.s("name")))
        for instance in root.walk():
            instance.methods = [m for m in instance.methods if (instance.path, m) in reached]

    # -- nodes -------------------------------------------------------------------------------

    def overload(self, node: Any) -> str:
        """The overload name of the schema a node was resolved to ("" for the main overload)."""
        schema = node.schema()
        if schema == "(no schema)":
            return ""
        return self.torch._C.parse_schema(schema).overload_name

    def constant_type(self, node: Any) -> Attribute:
        """The IR type of a `prim::Constant` (tensor constants: their own dtype and shape)."""
        value = node.output().toIValue()
        if isinstance(value, self.torch.Tensor) and not value.is_quantized:
            element = DTYPE_ELEMENTS.get(str(value.dtype))
            if element is not None:
                return TensorType(element, tuple(value.shape))
        return self.literals.literal(value, node.output().type(), "constant").type

    def source(self, node: Any) -> tuple[str, int, int] | None:
        """(file, line, column) TorchScript recorded for `node`, the file shortened for reading."""
        first_line = str(node).split("\n", 1)[0]
        match = _LOCATION.search(first_line)
        if match is None:
            return None
        return self._short(match.group(1)), int(match.group(2)), int(match.group(3))

    def location(self, node: Any) -> FileLineColLoc | None:
        found = self.source(node)
        if found is None:
            return None
        path, line, column = found
        return FileLineColLoc(StringAttr(path), IntAttr(line), IntAttr(column))

    def _short(self, path: str) -> str:
        """Installed packages from the package down, paths under `location_root` relative to it."""
        parts = path.split(os.sep)
        for marker in _PACKAGE_DIRS:
            if marker in parts:
                return os.sep.join(parts[len(parts) - parts[::-1].index(marker):])
        if self.location_root and path.startswith(self.location_root + os.sep):
            return os.path.relpath(path, self.location_root)
        return path

    def error(self, node: Any, message: str, method: str | None = None) -> TorchScriptImportError:
        found = self.source(node)
        location = f"{found[0]}:{found[1]}:{found[2]}" if found else None
        return TorchScriptImportError(message, location=location, method=method)

    def unsupported(self, node: Any, method: str | None = None) -> TorchScriptImportError:
        overload = self.overload(node)
        name = f"{node.kind()}.{overload}" if overload else node.kind()
        return self.error(node, f"unsupported TorchScript op {name}", method)


def _walk(block: Any) -> Iterator[Any]:
    for node in block.nodes():
        yield node
        for sub in node.blocks():
            yield from _walk(sub)
