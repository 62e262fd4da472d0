"""PyTorch's observers as built-in runtime objects (on-device PTQ calls their methods).

`observe_<m>` feeds tensors to `forward`, `quantize_<m>` asks `calculate_qparams`, and
`reset_observers_<m>` calls `reset_min_max_vals`. The arithmetic is PyTorch's
(`torch/ao/quantization/observer.py`, `UniformQuantizationObserverBase._calculate_qparams`), in
float32 where PyTorch computes in float32 tensors, so the qparams and therefore the quantized
weights come out identical.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]

#: PyTorch's warning when qparams are asked of an observer that saw nothing (it then returns scale
#: 1, zero point 0, as we do), with what to call first in an on-device PTQ module.
UNOBSERVED_WARNING = ("must run observer before calling calculate_qparams. Returning default values. "
                      "(On-device PTQ: call observe_<method>, e.g. observe_forward, before quantize_<method>.)")

# torch.qscheme codes as TorchScript stores them.
PER_TENSOR_AFFINE, PER_CHANNEL_AFFINE, PER_TENSOR_SYMMETRIC, PER_CHANNEL_SYMMETRIC, PER_CHANNEL_FLOAT_QPARAMS = range(5)
_UNSIGNED_DTYPES = {13, 0}  # quint8, uint8


class Observer:
    """State and qparam computation shared by the min/max observers."""

    def __init__(self, attrs: dict[str, Any]):
        self._a = dict(attrs)

    def __getitem__(self, name: str) -> Any:
        return self._a[name]

    def calculate_qparams(self) -> tuple[F32, npt.NDArray[np.int64]]:
        return _qparams(self._a, np.asarray(self._a["min_val"], np.float32), np.asarray(self._a["max_val"], np.float32))

    def reset_min_max_vals(self) -> None:
        shape = np.shape(self._a["min_val"])
        self._a["min_val"] = np.full(shape, np.inf, np.float32)
        self._a["max_val"] = np.full(shape, -np.inf, np.float32)


class MinMaxObserver(Observer):
    def forward(self, x: Any) -> Any:
        values = np.asarray(x, np.float32)
        if values.size == 0:
            return x
        self._a["min_val"] = np.minimum(np.float32(values.min()), np.asarray(self._a["min_val"], np.float32))
        self._a["max_val"] = np.maximum(np.float32(values.max()), np.asarray(self._a["max_val"], np.float32))
        return x


class PerChannelMinMaxObserver(Observer):
    def forward(self, x: Any) -> Any:
        values = np.asarray(x, np.float32)
        if values.size == 0:
            return x
        axis = int(self._a["ch_axis"])
        moved = np.moveaxis(values, axis, 0).reshape(values.shape[axis], -1)
        mins, maxs = moved.min(axis=1), moved.max(axis=1)
        old_min, old_max = np.asarray(self._a["min_val"], np.float32), np.asarray(self._a["max_val"], np.float32)
        if old_min.size == 0:
            self._a["min_val"], self._a["max_val"] = mins, maxs
        else:
            self._a["min_val"], self._a["max_val"] = np.minimum(mins, old_min), np.maximum(maxs, old_max)
        return x


class PlaceholderObserver(Observer):
    """Dynamic quantization's observer: records nothing (qparams are chosen at run time)."""

    def forward(self, x: Any) -> Any:
        return x

    def calculate_qparams(self) -> tuple[F32, npt.NDArray[np.int64]]:
        raise ValueError("PlaceholderObserver has no qparams: they are computed at run time")


def _qparams(a: dict[str, Any], min_val: F32, max_val: F32) -> tuple[F32, npt.NDArray[np.int64]]:
    """`_calculate_qparams`: scale and zero point (as 1-element tensors for per-tensor observers)."""
    if min_val.size == 0 or (min_val.ndim == 0 and min_val == np.inf and max_val == -np.inf):
        warnings.warn(UNOBSERVED_WARNING, stacklevel=3)  # PyTorch's `check_min_max_valid`
        return np.array([1.0], np.float32), np.array([0], np.int64)
    if not (np.all(np.isfinite(min_val)) and np.all(np.isfinite(max_val))) or np.any(
            min_val > max_val):
        return np.array([1.0], np.float32), np.array([0], np.int64)
    quant_min, quant_max = int(a["quant_min"]), int(a["quant_max"])
    eps = np.asarray(a["eps"], np.float32).reshape(-1)[0]
    qscheme = int(a["qscheme"])
    min_neg = np.minimum(min_val, np.float32(0))
    max_pos = np.maximum(max_val, np.float32(0))
    zero_point = np.zeros(min_neg.shape, np.int64)
    if qscheme in (PER_TENSOR_SYMMETRIC, PER_CHANNEL_SYMMETRIC):
        max_pos = np.maximum(-min_neg, max_pos)
        scale = np.maximum((max_pos / np.float32((quant_max - quant_min) / 2)).astype(np.float32), eps)
        if int(a["dtype"]) in _UNSIGNED_DTYPES:
            midpoint = (quant_min + quant_max) // 2 if bool(a.get("has_customized_qrange", False)) else 128
            zero_point = np.full(min_neg.shape, midpoint, np.int64)
    elif qscheme == PER_CHANNEL_FLOAT_QPARAMS:
        raise ValueError("float-qparams observers (embedding quantization) are not supported")
    else:
        scale = np.maximum(((max_pos - min_neg) / np.float32(quant_max - quant_min)).astype(np.float32), eps)
        zero_point = quant_min - np.rint(min_neg / scale).astype(np.int64)
        zero_point = np.clip(zero_point, quant_min, quant_max)
    return np.atleast_1d(scale).astype(np.float32), np.atleast_1d(zero_point).astype(np.int64)


_CLASSES: dict[str, type[Observer]] = {
    "MinMaxObserver": MinMaxObserver,
    "PerChannelMinMaxObserver": PerChannelMinMaxObserver,
    "PlaceholderObserver": PlaceholderObserver,
}


def builtin_object(class_name: str, attrs: dict[str, Any]) -> Observer:
    """The runtime object of a built-in class (its methods are implemented here, not imported)."""
    short = class_name.rsplit(".", 1)[-1]
    if short not in _CLASSES:
        raise ValueError(f"no built-in implementation of {class_name}")
    return _CLASSES[short](attrs)
