"""Regenerate tests/runtime/goldens/*.npz from PyTorch (torch==2.13.0 CPU, engine fbgemm).

    .venv/bin/python tests/runtime/generate_goldens.py

Every expected value in the goldens is PyTorch's output; our runtime is never called here.
Inputs mix random data with constructed rounding ties (`(k + 1/2) * s`, power-of-two scales that
put requantization results exactly on .5) and saturating values. Seeds are fixed; the host's
SIMD width and thread count (which decide the elementwise scalar tail) go into each file's meta.

Linear/conv activations are either 7-bit (<= 127, as with reduce_range) or 8-bit with |w| <= 64:
on AVX2-only hosts fbgemm adds u8*s8 product pairs into saturating int16, which these ranges
cannot reach, so the goldens hold the exact-int32 semantics on every host (see the report).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import torch
from gen_elementwise import gen_cat, gen_elementwise, gen_scalar
from gen_gemm import gen_conv, gen_dynamic, gen_linear, gen_saturation
from gen_quant import gen_packed, gen_quantize
from rt_goldens import GOLDEN_DIR, GoldenWriter
from rt_torch import use_fbgemm

from xdsl_quant.runtime.cpu import INT16_PAIR_SATURATION

GENERATORS: dict[str, Callable[[GoldenWriter], None]] = {
    "quantize": gen_quantize,
    "linear": gen_linear,
    "conv": gen_conv,
    "dynamic": gen_dynamic,
    "elementwise": gen_elementwise,
    "scalar": gen_scalar,
    "cat": gen_cat,
    "packed": gen_packed,
    "saturation": gen_saturation,
}


def main(names: list[str]) -> None:
    assert torch.__version__.startswith("2.13.0"), torch.__version__
    use_fbgemm()
    meta = {
        "torch": torch.__version__,
        "engine": torch.backends.quantized.engine,
        "cpu_capability": torch.backends.cpu.get_cpu_capability(),
        "num_threads": torch.get_num_threads(),
        "vector_bytes": 64 if torch.backends.cpu.get_cpu_capability().startswith("AVX512") else 32,
        # host fact (CPU flags, read through numpy): fbgemm without AVX512-VNNI saturates
        "int16_saturation": INT16_PAIR_SATURATION,
    }
    GOLDEN_DIR.mkdir(exist_ok=True)
    total = 0
    for name in names or list(GENERATORS):
        w = GoldenWriter(meta)
        GENERATORS[name](w)
        size = w.save(GOLDEN_DIR / f"{name}.npz")
        total += size
        print(f"{name:12s} {len(w.names):4d} cases {size / 1024:8.1f} KiB")
    print(f"total {total / 1024:.1f} KiB")

if __name__ == "__main__":
    main(sys.argv[1:])
