"""Tutorial step 1: quantize a small model with PyTorch and save it as it reaches finalize.

    python examples/tutorial/quantize.py build/tutorial

writes, into the given directory:
- `mlp.pt`: the TorchScript module after `convert_jit(..., debug=True)` — PyTorch's graph right
  before its finalize stage (quantize/dequantize around float ops, qparams as attributes);
- `input.npy`: a fixed input batch;
- `pytorch.npy`: what PyTorch's *finalized* module (`convert_jit` without debug) returns for it,
  the reference our run must reproduce bit for bit.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.ao.quantization import convert_jit, get_default_qconfig, prepare_jit


class MLP(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.relu = nn.ReLU()
        self.fc2 = nn.Linear(8, 3)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.relu(self.fc1(x)))


def main(out: Path) -> None:
    torch.manual_seed(0)
    # fbgemm, not the default x86 engine: the reference kernels of xdsl-quant are fbgemm's.
    torch.backends.quantized.engine = "fbgemm"
    scripted = torch.jit.script(MLP().eval())
    prepared = prepare_jit(scripted, {"": get_default_qconfig("fbgemm")})
    for _ in range(4):  # calibration: the observers record activation ranges
        prepared(torch.randn(16, 4))

    out.mkdir(parents=True, exist_ok=True)
    x = torch.randn(5, 4)
    before_finalize = convert_jit(prepared, debug=True)
    torch.jit.save(before_finalize, str(out / "mlp.pt"))
    np.save(out / "input.npy", x.numpy())
    finalized = convert_jit(prepared)
    np.save(out / "pytorch.npy", finalized(x).numpy())
    print(f"wrote {out / 'mlp.pt'}, {out / 'input.npy'} and {out / 'pytorch.npy'}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/tutorial"))
