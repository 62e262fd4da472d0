"""Regenerate the bundled demo model: `python examples/generate_demo.py` (needs torch==2.13.0).

A small CNN — conv + batch norm + relu, a residual block with an add, pooling and a linear head —
statically quantized by PyTorch (fbgemm qconfig, per-channel weights), stopped right before
finalize and imported into our IR, with PyTorch's finalized outputs on a fixed input. It uses
the model zoo's machinery (tests/models/), so the files have the zoo's format:
`examples/demo_cnn/{model.mlir, facts.json, golden.npz, torchscript_*.txt}`.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import torch
from torch import nn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "models"))

import generate  # noqa: E402 — the zoo generator, found through the path above
import zoo  # noqa: E402


class DemoCNN(nn.Module):
    """conv-bn-relu, a residual block (conv-bn-relu, conv-bn, add, relu), max pool, average, linear."""

    def __init__(self) -> None:
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU())
        self.conv1 = nn.Sequential(nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU())
        self.conv2 = nn.Sequential(nn.Conv2d(8, 8, 3, padding=1), nn.BatchNorm2d(8))
        self.pool = nn.MaxPool2d(2)
        self.head = nn.Linear(8, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.stem(x)
        y = self.conv2(self.conv1(x))
        x = torch.relu(x + y)
        x = self.pool(x)
        x = torch.nn.functional.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.head(x)


ENTRY = zoo.Entry("demo_cnn", DemoCNN, ((4, 3, 16, 16),), note="the model `make demo` runs", seed=3)


def main() -> None:
    warnings.filterwarnings("ignore")
    if torch.__version__.split("+")[0] != zoo.TORCH_VERSION:
        sys.exit(f"generate_demo.py needs torch=={zoo.TORCH_VERSION}, found {torch.__version__}")
    facts = generate.generate(ENTRY, HERE / "demo_cnn")
    print(f"demo_cnn: PyTorch finalize {'ok' if facts['finalize']['ok'] else 'FAILED'}")


if __name__ == "__main__":
    main()
