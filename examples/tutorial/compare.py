"""Tutorial step 5: compare our outputs with PyTorch's, element by element and bit for bit.

    python examples/tutorial/compare.py build/tutorial/ours.npz build/tutorial/pytorch.npy

`ours.npz` is what `quant-runner -o` wrote (`output_0`, ...); `pytorch.npy` is the finalized
PyTorch module's output saved by quantize.py. Exit code 0 only when every element is identical.
"""

from __future__ import annotations

import sys

import numpy as np


def main(ours_path: str, reference_path: str) -> int:
    with np.load(ours_path) as ours:
        output = ours["output_0"]
    reference = np.load(reference_path)
    if output.shape != reference.shape or output.dtype != reference.dtype:
        print(f"shape or dtype differ: ours {output.dtype}{list(output.shape)}, "
              f"PyTorch {reference.dtype}{list(reference.shape)}")
        return 1
    # Compare bit patterns, not values: -0.0 vs 0.0 or a different NaN would be a difference too.
    identical = int(np.sum(output.view(np.uint32) == reference.view(np.uint32)))
    print(f"{identical} of {reference.size} outputs bit-identical to PyTorch")
    return 0 if identical == reference.size else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: compare.py OURS.npz PYTORCH.npy")
    sys.exit(main(sys.argv[1], sys.argv[2]))
