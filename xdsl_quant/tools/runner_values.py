"""The values `quant-runner` reads and writes: `--input` specs, printed and saved outputs.

Inputs (one `--input` per method argument, in order):

    x.npy                       a numpy file (any path ending in .npy)
    "[[1.0, 2.5], [-3, 4]]"     an inline literal: nested lists of numbers, `True`/`False`,
                                `inf`/`-inf`/`nan`; its type is the argument's type in the IR
    "[[1.0, 2.5]]:f32"          ... with an explicit element type: f16 f32 f64 i8 i16 i32 i64 u8 bool
    "3:int"  "0.5:float"        a Python scalar for a number argument (also `True:bool`; `abc:str` is
                                the text itself); no conversion that loses information
    "[10, 12]:quint8(0.5, 10)"  a quantized tensor: storage values, scale, zero point
                                (quint8, qint8, qint32)

An argument of type `tensor<...x!quant.uniform<u8:f32, 0.5:10>>` takes the stored integers
directly (scale and zero point come from the type); `!quant.any` needs the explicit form.

Outputs, printed one per line (`--print`), every value exact:

    output_0: f32 [2, 2] = [[0.5, 1.0], [-inf, nan]]
    output_1: quint8 [3] scale 0.5 zero_point 10 = [0, 10, 255]
    output_2: qint8 [2, 1] scales [0.1, 0.2] zero_points [0, 0] axis 0 = [[1], [-3]]
    output_3: int = 3
    output_4: list = [4, 18]

(also `float`, `bool`, `str = 'text'`, `output_5: None`). A tuple result is several outputs; a
method that returns None prints `(no outputs)`. Floats print as the shortest decimal that reads
back as the same value of their dtype (numpy's `str`); scales are Python doubles (`repr`). In
the `.npz` (`--output`), `output_<i>` holds the values (the storage of a quantized tensor) and
`scale_<i>`, `zero_point_<i>`, `axis_<i>`, `qdtype_<i>` its quantization parameters.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from xdsl.dialects.builtin import TensorType, UnrankedTensorType, f64
from xdsl.ir import Attribute

from xdsl_quant.dialects.quant import AnyQuantizedType, UniformQuantizedType, quantized_element_type
from xdsl_quant.lowering.python_values import dtype_name
from xdsl_quant.runtime.qtensor import STORAGE_DTYPES, QTensor

_DTYPES = {"f16": np.float16, "f32": np.float32, "f64": np.float64, "i8": np.int8, "i16": np.int16,
           "i32": np.int32, "i64": np.int64, "u8": np.uint8, "bool": np.bool_, "i1": np.bool_}
_SCALARS = ("int", "float", "bool", "str")
_QUANTIZED = re.compile(r"^(quint8|qint8|qint32)\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)$")
_STORAGE_NAMES = {"u8": "quint8", "i8": "qint8", "i32": "qint32"}


class InputError(Exception):
    """An input that cannot be read or does not fit its argument (exit code 1)."""


class InputSyntaxError(Exception):
    """An `--input` that is not a path or a well-formed literal (exit code 2)."""


@dataclass(frozen=True)
class InputSpec:
    """One `--input`: a .npy path, or a literal with an optional type suffix."""

    text: str
    index: int

    @property
    def label(self) -> str:
        return f"--input {self.index + 1} ({self.text if len(self.text) <= 40 else self.text[:37] + '...'})"

    @property
    def is_file(self) -> bool:
        return self.text.endswith(".npy")


def read_file(spec: InputSpec) -> npt.NDArray[Any]:
    try:
        return np.load(spec.text, allow_pickle=False)
    except OSError as e:
        raise InputError(f"{spec.label}: {e.strerror or e}") from None
    except ValueError as e:
        raise InputError(f"{spec.label}: not a .npy file ({e})") from None


def convert(spec: InputSpec, declared: Attribute | None, file_value: npt.NDArray[Any] | None) -> Any:
    """The value `spec` gives an argument of type `declared` (a fresh copy for every call)."""
    if file_value is not None:
        return _as_declared(spec, np.array(file_value), declared, exact_values=True)
    text, suffix = _split_suffix(spec)
    if suffix == "str":
        return text[1:-1] if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"" else text
    values = _literal(spec, text)
    if suffix is None:
        return _as_declared(spec, values, declared, exact_values=False)
    if suffix in _SCALARS and not isinstance(values, list | tuple):
        return _scalar_value(spec, values, suffix)
    if suffix in _DTYPES:
        return _array(spec, values, _DTYPES[suffix])
    if suffix in _SCALARS:
        raise InputSyntaxError(f"{spec.label}: a list is not a scalar {suffix} (for a tensor, use a dtype such as i64)")
    quantized = _QUANTIZED.match(suffix)
    if quantized is None:
        raise InputSyntaxError(f"{spec.label}: unknown type {suffix!r} (f16 f32 f64 i8 i16 i32 i64 u8 bool, "
                               "int float bool str, quint8(scale, zero_point), qint8(...), qint32(...))")
    dtype, scale, zero_point = quantized.groups()
    try:
        return _qtensor(spec, values, dtype, float(scale), int(zero_point))
    except ValueError:
        raise InputSyntaxError(f"{spec.label}: scale and zero point must be numbers, got {suffix!r}") from None


def _scalar_value(spec: InputSpec, value: Any, kind: str) -> Any:
    """`value` as a Python int, float or bool, refusing any conversion that loses information."""
    if kind == "float" and isinstance(value, int | float | str) and not isinstance(value, bool):
        try:
            return float(value)
        except ValueError:
            pass
    elif kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    elif kind == "bool" and isinstance(value, bool):
        return value
    raise InputSyntaxError(f"{spec.label}: {value!r} is not a{'n' if kind == 'int' else ''} {kind}")


def _split_suffix(spec: InputSpec) -> tuple[str, str | None]:
    head, colon, tail = spec.text.rpartition(":")
    return (head.strip(), tail.strip()) if colon else (spec.text.strip(), None)


def _literal(spec: InputSpec, text: str) -> Any:
    quoted = re.sub(r"(?<![\w.'\"])(-?inf|nan)(?![\w'\"])", r"'\1'", text)
    try:
        return ast.literal_eval(quoted)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        raise InputSyntaxError(f"{spec.label}: not a .npy path or a literal such as \"[[1.0, 2.5]]:f32\"") from None


def _array(spec: InputSpec, values: Any, dtype: Any) -> npt.NDArray[Any]:
    try:
        if isinstance(values, str):
            values = float(values)
        array = np.array(values, dtype=np.float64 if np.dtype(dtype).kind == "f" else None)
        if array.dtype.kind in "US":
            array = array.astype(np.float64)
        if np.dtype(dtype).kind in "iub" and array.dtype.kind == "f":
            if not np.all(np.isfinite(array)) or not np.all(array == np.round(array)):
                raise InputSyntaxError(f"{spec.label}: {np.dtype(dtype).name} values must be integers")
        if np.dtype(dtype).kind in "iu":
            info = np.iinfo(dtype)
            if array.size and (array.min() < info.min or array.max() > info.max):
                raise InputSyntaxError(f"{spec.label}: values out of range for {np.dtype(dtype).name}")
        return array.astype(dtype)
    except (ValueError, TypeError, OverflowError):
        raise InputSyntaxError(f"{spec.label}: values must be a (nested, rectangular) list of numbers") from None


def _qtensor(spec: InputSpec, values: Any, dtype: str, scale: float, zero_point: int) -> QTensor:
    return QTensor(_array(spec, values, STORAGE_DTYPES[dtype]), scale, zero_point, dtype)


def _as_declared(spec: InputSpec, values: Any, declared: Attribute | None, exact_values: bool) -> Any:
    """Give `values` the argument's declared type (a file's array keeps its own dtype)."""
    if isinstance(declared, TensorType | UnrankedTensorType):
        element = declared.get_element_type()
        quantized = quantized_element_type(element)
        if isinstance(quantized, UniformQuantizedType):
            return _uniform(spec, values, quantized)
        if isinstance(quantized, AnyQuantizedType):
            raise InputError(f"{spec.label}: the argument is a quantized tensor without static scale and zero "
                             "point; give them: \"[...]:quint8(scale, zero_point)\"")
        if exact_values:
            return values
        dtype = _DTYPES.get(dtype_name(element))
        if dtype is None:
            raise InputError(f"{spec.label}: no numpy dtype for tensors of {element}")
        return _array(spec, values, dtype)
    if declared == f64 and isinstance(values, int) and not isinstance(values, bool):
        return float(values)  # the only lossless conversion; anything else is left to the method's checks
    return values


def _uniform(spec: InputSpec, values: Any, qtype: UniformQuantizedType) -> QTensor:
    dtype = _STORAGE_NAMES.get(qtype.storage_type_name)
    if dtype is None:
        raise InputError(f"{spec.label}: no runtime dtype for {qtype.storage_type_name} storage")
    storage = _array(spec, values, STORAGE_DTYPES[dtype]) if not isinstance(values, np.ndarray) else values
    if storage.dtype != np.dtype(STORAGE_DTYPES[dtype]):
        raise InputError(f"{spec.label}: stored values of a {dtype} tensor must be "
                         f"{np.dtype(STORAGE_DTYPES[dtype]).name}, got {storage.dtype.name}")
    if qtype.is_per_axis:
        return QTensor(storage, np.asarray(qtype.scales, np.float64), np.asarray(qtype.zero_points, np.int64),
                       dtype, qtype.axis)
    return QTensor(storage, qtype.scale, qtype.zero_point, dtype)


# -- outputs ---------------------------------------------------------------------------------------


def flatten(result: Any) -> list[Any]:
    """A method's result as a list of outputs: None is none, tuples (and lists of tensors) spread."""
    if result is None:
        return []
    if isinstance(result, tuple) or (isinstance(result, list) and any(
            isinstance(r, np.ndarray | QTensor | tuple | list) for r in result)):  # pyright: ignore[reportUnknownVariableType]
        return [item for r in result for item in (flatten(r) if isinstance(r, tuple | list) else [r])]  # pyright: ignore[reportUnknownVariableType]
    return [result]


_SHORT = {"float16": "f16", "float32": "f32", "float64": "f64", "int8": "i8", "int16": "i16", "int32": "i32",
          "int64": "i64", "uint8": "u8", "bool": "bool"}


def format_output(index: int, value: Any) -> str:
    head = f"output_{index}"
    if isinstance(value, QTensor):
        return f"{head}: {value.dtype} {list(value.shape)} {_qparams(value)} = {_values(value.values)}"
    if isinstance(value, np.ndarray | np.generic):
        array = np.asarray(value)
        return f"{head}: {_SHORT.get(array.dtype.name, array.dtype.name)} {list(array.shape)} = {_values(array)}"
    if value is None:
        return f"{head}: None"
    if isinstance(value, bool | int | float | str):
        return f"{head}: {type(value).__name__} = {value!r}"
    if isinstance(value, list):
        return f"{head}: list = {value!r}"
    return f"{head}: {type(value).__name__}"


def _qparams(q: QTensor) -> str:
    if q.axis is None:
        return f"scale {float(q.scale)!r} zero_point {int(q.zero_point)}"
    scales = ", ".join(repr(float(s)) for s in np.asarray(q.scale).reshape(-1))
    zero_points = ", ".join(str(int(z)) for z in np.asarray(q.zero_point).reshape(-1))
    return f"scales [{scales}] zero_points [{zero_points}] axis {q.axis}"


def _values(array: npt.NDArray[Any]) -> str:
    if array.ndim == 0:
        return _scalar(array[()])
    return "[" + ", ".join(_values(row) if array.ndim > 1 else _scalar(row) for row in array) + "]"


def _scalar(x: Any) -> str:
    if isinstance(x, np.floating):
        return str(x)  # shortest round trip for its dtype; inf, -inf, nan
    return str(x.item()) if isinstance(x, np.generic) else str(x)


def npz_entries(outputs: Iterable[Any]) -> Iterator[tuple[str, npt.NDArray[Any]]]:
    for i, value in enumerate(outputs):
        if value is None:
            continue
        if isinstance(value, QTensor):
            yield f"output_{i}", value.values
            yield f"scale_{i}", np.asarray(value.scale, np.float64)
            yield f"zero_point_{i}", np.asarray(value.zero_point, np.int64)
            yield f"qdtype_{i}", np.asarray(value.dtype)
            if value.axis is not None:
                yield f"axis_{i}", np.asarray(value.axis, np.int64)
        else:
            yield f"output_{i}", np.asarray(value)


def write_npz(path: str, outputs: list[Any]) -> None:
    """Save the outputs; written only when complete (temporary file, then rename)."""
    from xdsl_quant.tools.diagnostics import atomic_output

    with atomic_output(path) as stream:
        np.savez(stream, **dict(npz_entries(outputs)))  # pyright: ignore[reportArgumentType] - names are output_<i>...
