"""The run-time value of a quantized tensor: integer storage plus its quantization parameters.

PyTorch's quantized tensors carry their qparams with them (`q_scale()`, `q_zero_point()`,
`q_per_channel_scales()`, ...); so does `QTensor`. Storage is a plain numpy integer array, so
kernels work on integers and only the requantization step touches floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

QUINT8: Final = "quint8"
QINT8: Final = "qint8"
QINT32: Final = "qint32"

#: PyTorch ScalarType codes (c10/core/ScalarType.h) for the quantized dtypes, as they appear in IR.
SCALAR_TYPE_CODES: Final = {13: QUINT8, 12: QINT8, 14: QINT32}
STORAGE_DTYPES: Final = {QUINT8: np.uint8, QINT8: np.int8, QINT32: np.int32}
STORAGE_RANGES: Final = {QUINT8: (0, 255), QINT8: (-128, 127), QINT32: (-(2**31), 2**31 - 1)}


@dataclass(frozen=True, eq=False)
class QTensor:
    """A quantized tensor: `values` holds the stored integers.

    Per-tensor: `scale` and `zero_point` are Python numbers and `axis` is None.
    Per-channel: `scale` is a float64 array and `zero_point` an int64 array along `axis`.
    `scale` keeps the double PyTorch keeps (`q_scale()`); kernels round it to float32 themselves,
    exactly where PyTorch does.
    """

    values: npt.NDArray[np.integer]
    scale: float | npt.NDArray[np.float64]
    zero_point: int | npt.NDArray[np.int64]
    dtype: str
    axis: int | None = None

    def __post_init__(self) -> None:
        expected = STORAGE_DTYPES[self.dtype]
        if self.values.dtype != expected:
            raise TypeError(f"QTensor of {self.dtype} needs {np.dtype(expected).name} storage, "
                            f"got {self.values.dtype.name}")

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.values.shape)

    @property
    def is_per_channel(self) -> bool:
        return self.axis is not None

    @property
    def qrange(self) -> tuple[int, int]:
        return STORAGE_RANGES[self.dtype]

    def with_values(self, values: npt.NDArray[np.integer]) -> QTensor:
        """Same quantization parameters, new storage (shape ops: flatten, view, max_pool...)."""
        return QTensor(values.astype(STORAGE_DTYPES[self.dtype], copy=False), self.scale,
                       self.zero_point, self.dtype, self.axis)
