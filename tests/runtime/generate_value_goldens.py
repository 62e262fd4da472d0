"""Regenerate the goldens of the quantized-value ops and float32 math (torch==2.13.0, fbgemm).

    .venv/bin/python tests/runtime/generate_value_goldens.py [name ...]

Writes tests/runtime/goldens/q{activations,pooling,upsample,norms,shape,math}.npz. Every expected
value is PyTorch's (or, for `qmath`, glibc's through ctypes); our runtime is never called here.
Seeds are fixed; the host facts that decide vector/scalar splits and thread chunks (SIMD width,
thread count) and the glibc version go into each file's meta.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import torch
from gen_values import gen_activations, gen_math, gen_norms, gen_pooling, gen_shapes, gen_upsample
from rt_goldens import GOLDEN_DIR, GoldenWriter
from rt_torch import use_fbgemm

GENERATORS: dict[str, Callable[[GoldenWriter], None]] = {
    "qactivations": gen_activations,
    "qpooling": gen_pooling,
    "qupsample": gen_upsample,
    "qnorms": gen_norms,
    "qshape": gen_shapes,
    "qmath": gen_math,
}


def main(names: list[str]) -> None:
    assert torch.__version__.startswith("2.13.0"), torch.__version__
    use_fbgemm()
    capability = torch.backends.cpu.get_cpu_capability()
    meta = {
        "torch": torch.__version__,
        "engine": torch.backends.quantized.engine,
        "cpu_capability": capability,
        "num_threads": torch.get_num_threads(),
        "vector_bytes": 64 if capability.startswith("AVX512") else 32,
        "glibc": platform.libc_ver()[1],
    }
    GOLDEN_DIR.mkdir(exist_ok=True)
    total = 0
    for name in names or list(GENERATORS):
        w = GoldenWriter(meta)
        GENERATORS[name](w)
        size = w.save(GOLDEN_DIR / f"{name}.npz")
        total += size
        print(f"{name:14s} {len(w.names):4d} cases {size / 1024:8.1f} KiB")
    print(f"total {total / 1024:.1f} KiB")


if __name__ == "__main__":
    main(sys.argv[1:])
