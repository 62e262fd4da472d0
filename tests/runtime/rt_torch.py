"""torch <-> runtime conversions for the golden generator and the live differential tests.

Only imported where torch is available (the generator, and tests marked `torch` that call
`pytest.importorskip("torch")` first).
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import torch

from xdsl_quant.runtime.qtensor import QTensor

warnings.filterwarnings("ignore", message=".*quantized tensor creation functions.*")
warnings.filterwarnings("ignore", message=".*deprecated.*", category=UserWarning)
warnings.filterwarnings("ignore", message=".*was resized since it had shape.*")

TORCH_DTYPES = {"quint8": torch.quint8, "qint8": torch.qint8, "qint32": torch.qint32}
NP_DTYPES = {"quint8": np.uint8, "qint8": np.int8, "qint32": np.int32}


def use_fbgemm() -> None:
    torch.backends.quantized.engine = "fbgemm"


def dtype_name(t: torch.Tensor) -> str:
    return str(t.dtype).split(".")[-1]


def _dense_in_order(t: torch.Tensor, order: list[int]) -> bool:
    expected = 1
    for d in reversed(order):
        if t.shape[d] != 1 and t.stride(d) != expected:
            return False
        expected *= t.shape[d]
    return True


def layout_of(t: torch.Tensor) -> str:
    if t.is_contiguous():
        return "contiguous"
    if t.dim() >= 3 and _dense_in_order(t, [0, *range(2, t.dim()), 1]):
        return "channels_last"
    if t.dim() == 2 and t.t().is_contiguous():
        return "transposed"
    raise ValueError(f"unsupported layout, strides {t.stride()}")


def qrecord_of(t: torch.Tensor, keep_layout: bool = True) -> dict[str, Any]:
    """Golden record (see rt_goldens.qrecord) of a quantized torch tensor. `keep_layout=False`
    stores any layout as contiguous (for weights, whose layout does not affect results)."""
    from rt_goldens import qrecord

    values = t.int_repr().contiguous().numpy()
    if not keep_layout:
        t = t.contiguous()
    if t.qscheme() in (torch.per_tensor_affine, torch.per_tensor_symmetric):
        return qrecord(values, t.q_scale(), t.q_zero_point(), dtype_name(t), None, layout_of(t))
    return qrecord(values, t.q_per_channel_scales().numpy(),
                   t.q_per_channel_zero_points().numpy(), dtype_name(t),
                   t.q_per_channel_axis(), layout_of(t))


def to_q(t: torch.Tensor) -> QTensor:
    """QTensor with the same values, qparams and memory layout as a quantized torch tensor."""
    from rt_goldens import to_qtensor

    return to_qtensor(qrecord_of(t))


def from_storage(values: np.ndarray, scale: float, zero_point: int) -> torch.Tensor:
    """A per-tensor quantized torch tensor with exactly these stored integers."""
    return torch._make_per_tensor_quantized_tensor(torch.from_numpy(np.ascontiguousarray(values)),
                                                    scale, zero_point)


def from_storage_pc(values: np.ndarray, scales: np.ndarray, zero_points: np.ndarray,
                    axis: int) -> torch.Tensor:
    return torch._make_per_channel_quantized_tensor(
        torch.from_numpy(np.ascontiguousarray(values)), torch.from_numpy(scales.astype(np.float64)),
        torch.from_numpy(zero_points.astype(np.int64)), axis)
