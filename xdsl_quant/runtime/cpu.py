"""Host facts that change PyTorch's quantized results: SIMD width and intra-op thread count.

PyTorch's elementwise kernels (quantized add/mul, add_scalar, cat's channels-last path) compute
the vector body and the scalar remainder with *different* rounding recipes, so which elements
fall into the remainder matters on exact ties. That split depends on the vector width of the
build PyTorch dispatches to (`torch.backends.cpu.get_cpu_capability()`: AVX2 = 32-byte vectors,
AVX512 = 64-byte) and, for tensors of >= 32768 elements, on the number of intra-op threads
(each thread's chunk has its own remainder). Kernels take both as parameters; the defaults
describe this host the way PyTorch would see it.
"""

from __future__ import annotations

import os
from typing import Final

GRAIN_SIZE: Final = 32768  # at::internal::GRAIN_SIZE


def _numpy_cpu_features() -> dict[str, bool]:
    try:
        from numpy._core._multiarray_umath import __cpu_features__  # type: ignore[attr-defined]
    except ImportError:  # numpy < 2
        try:
            from numpy.core._multiarray_umath import __cpu_features__  # type: ignore
        except ImportError:
            return {}
    return dict(__cpu_features__)


def detect_vector_bytes() -> int:
    """64 if PyTorch would pick its AVX512 kernels (F, BW, VL, DQ), else 32 (AVX2/default)."""
    f = _numpy_cpu_features()
    if all(f.get(k, False) for k in ("AVX512F", "AVX512BW", "AVX512VL", "AVX512DQ")):
        return 64
    return 32


def detect_num_threads() -> int:
    """PyTorch's default intra-op thread count is the number of usable (physical) cores; the
    CPUs this process may run on is the closest numpy-only estimate (exact on this host)."""
    env = os.environ.get("OMP_NUM_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def detect_int16_saturation() -> bool:
    """True unless fbgemm would use its AVX512-VNNI kernels (exact int32 dot products); AVX2 and
    plain AVX512 kernels add u8*s8 product pairs into saturating int16 (see saturation.py)."""
    f = _numpy_cpu_features()
    vnni = all(f.get(k, False) for k in ("AVX512F", "AVX512BW", "AVX512VL", "AVX512DQ",
                                         "AVX512VNNI"))
    return not vnni


VECTOR_BYTES: Final = detect_vector_bytes()
NUM_THREADS: Final = detect_num_threads()
#: Does PyTorch's fbgemm on this host saturate int16 pair sums (no VNNI)?
INT16_PAIR_SATURATION: Final = detect_int16_saturation()


def elementwise_block(itemsize: int, vector_bytes: int | None = None) -> int:
    """Elements per unrolled vector step of `cpu_kernel_vec` (two `Vectorized<T>` registers)."""
    return 2 * (vector_bytes or VECTOR_BYTES) // itemsize
