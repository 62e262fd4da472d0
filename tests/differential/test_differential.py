"""The differential suite: random models, quantized by PyTorch, finalized and run by us.

Each seed is one generated model (generator.py) and one test id, `seed_<n>`:

    pytest tests/differential -k seed_17            # one model (runs in this process)
    python -m tests.differential.run --seed 17 --models 1 --show    # the same, with its source

For every model (harness.py): the op histograms of our finalize and PyTorch's must agree (or
differ only the documented way: we fuse again after freezing), and every output must be bit for
bit PyTorch's finalized module's, at the finalize level and at the integer-kernel level
(`quant-lower-to-int`), on an input like the calibration data and one beyond its range.

CI runs seeds 0..59 (`XDSL_QUANT_DIFF_MODELS`, `XDSL_QUANT_DIFF_SEED` change that) in two
worker processes; `make fuzz-torch N=...` runs more through run.py. Needs torch==2.13.0
(marker `torch`; skipped without it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from tests.differential.generator import DYNAMIC_QCONFIGS, STATIC_QCONFIGS, generate
from tests.differential.parallel import Runner, default_workers
from tests.torch_required import needs_torch

FIRST_SEED = int(os.environ.get("XDSL_QUANT_DIFF_SEED", "0"))
MODELS = int(os.environ.get("XDSL_QUANT_DIFF_MODELS", "60"))
SEEDS = list(range(FIRST_SEED, FIRST_SEED + MODELS))




@pytest.fixture(scope="module")
def runner(request: pytest.FixtureRequest) -> Iterator[Runner]:
    """The selected seeds, all submitted at once to the worker processes (one seed: in-process)."""
    selected = [item.callspec.params["seed"] for item in request.session.items
                if getattr(item, "originalname", "") == "test_model_matches_pytorch" and hasattr(item, "callspec")]
    pool = Runner(selected, default_workers() if len(selected) > 2 else 1)
    yield pool
    pool.close()


@needs_torch
@pytest.mark.parametrize("seed", SEEDS, ids=[f"seed_{s}" for s in SEEDS])
def test_model_matches_pytorch(seed: int, runner: Runner) -> None:
    result: Any = runner.result(seed)
    assert result.ok, result.report()


# -- the generator (no torch needed) ----------------------------------------------------------------

#: What the CI seeds must exercise between them (the ops of the zoo and the call styles).
REQUIRED_TAGS = {
    "conv1d", "conv2d", "conv3d", "conv:groups", "conv_transpose1d", "conv_transpose2d", "conv_bn_fold",
    "linear", "linear:rank3", "relu:module", "relu:functional", "relu:inplace", "batch_norm2d",
    "batch_norm_relu", "add", "add_relu", "add:inplace", "mul", "mul_relu", "mul:broadcast", "add_scalar",
    "mul_scalar", "cat", "hardswish", "elu", "layer_norm", "group_norm", "instance_norm", "avg_pool2d",
    "adaptive_avg_pool2d", "max_pool2d", "clamp", "hardtanh", "relu6", "leaky_relu", "sigmoid", "hardsigmoid",
    "tanh", "flatten:torch", "outputs:tuple", "dag:skip", "branch:module_attribute:add_scalar",
    "upsample_bilinear2d", "upsample_nearest2d", "float:add", "float:cat",
}


def test_generator_is_deterministic() -> None:
    for seed in (0, 17, 123456):
        assert generate(seed) == generate(seed)
    assert generate(1).source != generate(2).source


def test_ci_seeds_cover_the_zoo_ops_and_modes() -> None:
    specs = [generate(seed) for seed in range(60)]
    tags = {tag for spec in specs for tag in spec.ops}
    assert not REQUIRED_TAGS - tags, f"not covered by seeds 0..59: {sorted(REQUIRED_TAGS - tags)}"
    assert {s.qconfig for s in specs} == set(STATIC_QCONFIGS) | set(DYNAMIC_QCONFIGS)


def test_generated_source_compiles() -> None:
    for seed in range(60):
        spec = generate(seed)
        compile(spec.source, spec.filename, "exec")


_ACTIVATIONS = {"hardswish": "F.hardswish(y)", "elu": "F.elu(y)", "clamp": "torch.clamp(y, -0.5, 1.0)",
                "hardtanh": "F.hardtanh(y, -0.5, 1.0)", "relu6": "F.relu6(y)", "leaky_relu": "F.leaky_relu(y, 0.1)",
                "sigmoid": "torch.sigmoid(y)", "hardsigmoid": "F.hardsigmoid(y)", "tanh": "torch.tanh(y)"}


@needs_torch
@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("kind", sorted(_ACTIVATIONS))
def test_generator_knows_which_activations_prepare_jit_observes(kind: str) -> None:
    """The generator's `observed` flag for each activation, after an observed value (a conv) and
    after an unobserved one (relu6's float output), is what PyTorch does: the activation's result
    is quantized in `convert_jit`'s graph iff the flag says observed. (Seed 725: an activation
    after relu6 was taken as observed, the generator put it into an `if` on a module attribute,
    and prepare_jit refused the model.)"""
    from dataclasses import replace

    from tests.differential import generator, harness

    for after_relu6 in (False, True):
        source = ("import torch\nimport torch.nn.functional as F\nfrom torch import nn\n\n\n"
                  "class Obs(nn.Module):\n    def __init__(self) -> None:\n        super().__init__()\n"
                  "        self.conv = nn.Conv2d(2, 2, 1)\n\n"
                  "    def forward(self, x: torch.Tensor) -> torch.Tensor:\n        y = self.conv(x)\n"
                  + ("        y = F.relu6(y)\n" if after_relu6 else "")
                  + f"        y = {_ACTIVATIONS[kind]}\n        return y * 2.0\n")
        spec = replace(generator.generate(0), source=source, twin_source=None, class_name="Obs", mode="static",
                       qconfig="minmax", input_shapes=((1, 2, 4, 4),), per_tensor_modules=(),
                       variant=f"_obs_{kind}_{after_relu6}")
        graph = harness.pytorch_finalize(spec, harness.quantize(spec).to_finalize).graph
        # `y * 2.0` is quantized::mul_scalar exactly when its input (the activation) is observed
        quantized = any(n.kind() == "quantized::mul_scalar" for n in graph.nodes())
        x = generator._Value("v", (1, 2, 4, 4), observed=not after_relu6)
        assert generator._activation_observed(kind, x) == quantized, (kind, after_relu6)
