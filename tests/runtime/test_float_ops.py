"""Float32 ops (float_ops, float_conv, float_pool, float_reduce) for unfinalized graphs.

Tolerances are float32 rounding bounds, not fudge factors: elementwise ops must agree to a few
ulps (PyTorch's vector math is SLEEF/MKL, ~1 ulp); GEMM-like ops (linear, matmul, conv,
conv_transpose) to `8 * eps32 * K * sum|x * w|`-style bounds computed from the inputs (the
classic `gamma_K` bound of a length-K float32 dot product); pools/upsampling/norms to 16 ulps of
the output magnitude. Shape ops, max pools, nearest upsampling, sum and mean must be exact.
Measured maxima on the test inputs (torch 2.13, this host) are in the report; hand-derived
cases run without torch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from rt_check import torch_or_skip

from xdsl_quant.runtime import float_conv as FC
from xdsl_quant.runtime import float_ops as O
from xdsl_quant.runtime import float_pool as FP
from xdsl_quant.runtime import float_shape as FS
from xdsl_quant.runtime.float_reduce import reduce_sum

#: quantized tensor creation functions are deprecated in torch 2.13 (they still work)
pytestmark = pytest.mark.filterwarnings("ignore:.*quantized tensor creation functions")

EPS = float(np.finfo(np.float32).eps)


def test_hand_derived_conv_linear_pool() -> None:
    x = np.arange(16, dtype=np.float32).reshape(1, 1, 4, 4)
    w = np.zeros((1, 1, 3, 3), np.float32)
    w[0, 0, 1, 1] = 2.0  # centre tap: conv = 2 * x
    assert (FC.conv2d(x, w, np.array([1.0], np.float32), 1, 1) == 2 * x + 1).all()
    assert FC.conv2d(x, w, None, 1, "valid").shape == (1, 1, 2, 2)
    assert FC.conv2d(x, np.ones((1, 1, 2, 2), np.float32), None, 2).reshape(-1).tolist() == [
        10, 18, 42, 50]
    wt = np.ones((1, 1, 2, 2), np.float32)  # stride-2 transposed conv tiles each pixel 2x2
    y = FC.conv_transpose2d(np.array([[[[1, 2]]]], np.float32), wt, None, 2)
    assert y.tolist() == [[[[1, 1, 2, 2], [1, 1, 2, 2]]]]
    assert O.linear(np.array([[1, 2]], np.float32), np.array([[3, 4]], np.float32),
                    np.array([0.5], np.float32)).tolist() == [[11.5]]
    assert FP.avg_pool(x, 2, dims=2).reshape(-1).tolist() == [2.5, 4.5, 10.5, 12.5]
    assert FP.max_pool(x, 2, 1, dims=2)[0, 0, 0].tolist() == [5, 6, 7]
    up = FP.upsample_nearest(np.array([[[1, 2]]], np.float32), [4], dims=1)
    assert up.tolist() == [[[1, 1, 2, 2]]]
    lin = FP.upsample_linear(np.array([[[0, 4]]], np.float32), [3], True, dims=1)
    assert lin.tolist() == [[[0, 2, 4]]]


def test_hand_derived_activations_and_norms() -> None:
    assert O.softmax(np.array([0, np.log(3)], np.float32), 0).tolist() == pytest.approx(
        [0.25, 0.75], abs=1e-7)
    assert O.hardsigmoid(np.array([-4, 0, 4], np.float32)).tolist() == [0, 0.5, 1]
    assert O.hardswish(np.array([-4, 3], np.float32)).tolist() == [0, 3]
    assert O.add(np.array([1, 2], np.float32), np.array([1, 1], np.float32), 2).tolist() == [3, 4]
    assert O.div(np.array([7], np.float32), 2.0, "floor").tolist() == [3]
    bn = O.batch_norm(np.array([[1.0, 3.0]], np.float32), None, None,
                      np.array([1.0, 1.0], np.float32), np.array([1.0, 4.0], np.float32),
                      eps=0.0)
    assert bn.tolist() == [[0.0, 1.0]]
    with pytest.raises(ValueError, match="training=True is not supported"):
        O.batch_norm(np.zeros((1, 2), np.float32), None, None, None, None, True)
    ln = O.layer_norm(np.array([[1, 3]], np.float32), [2], eps=0.0)
    assert ln.tolist() == [[-1, 1]]
    big = np.array([[1e5, -7e4], [3.0, 1e6]], np.float32)
    assert FS.saturate_weight_to_fp16(big).tolist() == [[65504, -65504], [3, 65504]]


def test_reduce_sum_is_sequential_cascade() -> None:
    # 16 contiguous floats: vectorized_inner_sum adds the two 8-lane vectors lane-wise
    # (lane 0: 2^24 + 1 rounds to 2^24, lanes 1-7: 2), then the lanes left to right:
    # 2^24 + 7 * 2 = 2^24 + 14 (the exact sum is 2^24 + 15).
    x = np.array([2.0**24] + [1.0] * 15, np.float32)
    assert reduce_sum(x, None).item() == 2.0**24 + 14
    # a column sum (reduced dim outer, 8+ contiguous columns): rows added one by one per column
    m = np.zeros((3, 8), np.float32)
    m[:, 0] = [2.0**24, 1.0, 1.0]
    assert reduce_sum(m, [0])[0] == 2.0**24  # (2^24 + 1) + 1, each add rounding to even


def test_errors() -> None:
    x = np.zeros((1, 2, 4, 4), np.float32)
    with pytest.raises(ValueError, match="padding='same' is not supported for strided"):
        FC.conv2d(x, np.zeros((1, 2, 3, 3), np.float32), None, 2, "same")
    with pytest.raises(ValueError, match="expected weight\\[1\\] = C_in / groups"):
        FC.conv2d(x, np.zeros((1, 3, 3, 3), np.float32))
    with pytest.raises(ValueError, match="must be float32"):
        O.relu(np.zeros(2, np.float64))
    with pytest.raises(ValueError, match="output padding must be smaller"):
        FC.conv_transpose2d(x, np.zeros((2, 1, 3, 3), np.float32), None, 1, 0, 1)
    with pytest.raises(ValueError, match="train=True is not supported"):
        FS.dropout(x, 0.5, True)


def _rand(rng: np.random.Generator, *shape: int, scale: float = 3.0) -> np.ndarray:
    return (rng.standard_normal(shape) * scale).astype(np.float32)


@pytest.mark.torch
def test_live_elementwise_and_shapes_within_ulps() -> None:
    torch = torch_or_skip()
    F = torch.nn.functional
    rng = np.random.default_rng(0)
    x = _rand(rng, 2, 6, 9, 11)
    y = _rand(rng, 9, 11)
    t, ty = torch.from_numpy(x), torch.from_numpy(y)
    cases: list[tuple[str, Any, Any, int]] = [  # (name, ours, torch, allowed ulps)
        ("relu", O.relu(x), F.relu(t), 0), ("relu6", O.relu6(x), F.relu6(t), 0),
        ("hardtanh", O.hardtanh(x, -1.5, 2), F.hardtanh(t, -1.5, 2), 0),
        ("clamp", O.clamp(x, -1, None), torch.clamp(t, -1), 0),
        ("leaky_relu", O.leaky_relu(x, 0.2), F.leaky_relu(t, 0.2), 0),
        ("hardsigmoid", O.hardsigmoid(x), F.hardsigmoid(t), 0),
        ("hardswish", O.hardswish(x), F.hardswish(t), 0),
        ("sigmoid", O.sigmoid(x), torch.sigmoid(t), 2), ("tanh", O.tanh(x), torch.tanh(t), 2),
        ("elu", O.elu(x, 0.7), F.elu(t, 0.7), 2), ("gelu", O.gelu(x), F.gelu(t), 4),
        ("gelu_tanh", O.gelu(x, "tanh"), F.gelu(t, approximate="tanh"), 8),
        ("softmax", O.softmax(x, 1), torch.softmax(t, 1), 4),
        ("add", O.add(x, y, 0.5), torch.add(t, ty, alpha=0.5), 0),
        ("sub", O.sub(x, 2.5), t - 2.5, 0), ("mul", O.mul(x, y), t * ty, 0),
        ("div", O.div(x, y), t / ty, 0), ("mean", O.mean(x, [2, 3]), t.mean([2, 3]), 0),
        ("sum", O.sum(x, 1, True), t.sum(1, True), 0),
        ("flatten", FS.flatten(x, 1), torch.flatten(t, 1), 0),
        ("permute", FS.permute(x, [0, 2, 3, 1]), t.permute(0, 2, 3, 1), 0),
        ("cat", FS.cat([x, x], 2), torch.cat([t, t], 2), 0),
        ("stack", FS.stack([x, x], 1), torch.stack([t, t], 1), 0),
        ("unsqueeze", FS.unsqueeze(x, 4), t.unsqueeze(4), 0),
        ("max_pool2d", FP.max_pool(x, 3, 2, 1, 2, True, dims=2), F.max_pool2d(t, 3, 2, 1, 2, True),
         0),
        ("nearest2d", FP.upsample_vec(x, None, [1.7, 2.0], "nearest"),
         F.interpolate(t, scale_factor=[1.7, 2.0], mode="nearest"), 0),
    ]
    for name, ours, ref, ulps in cases:
        r = ref.numpy()
        assert ours.shape == r.shape, name
        # ulps of the larger of |result| and |input| (x * Phi(x), exp(x - max)...: the rounding
        # of the float32 intermediates is relative to x)
        base = np.maximum(np.abs(r), np.abs(x).max() if r.shape != x.shape else np.abs(x))
        tol = ulps * EPS * base
        bad = np.abs(ours.astype(np.float64) - r) > tol
        assert not bad.any(), f"{name}: {bad.sum()} elements beyond {ulps} ulps"


@pytest.mark.torch
def test_live_gemm_like_within_gamma_k() -> None:
    torch = torch_or_skip()
    F = torch.nn.functional
    rng = np.random.default_rng(1)
    T = torch.from_numpy

    def check(name: str, ours: Callable[..., Any], ref: Callable[..., Any], k: int,
              *args: np.ndarray, **kw: Any) -> None:
        got = ours(*args, **kw)
        exp = ref(*(T(a) for a in args), **kw).numpy()
        mag = ours(*(np.abs(a) for a in args), **kw)  # sum |x * w| per output
        bound = 8 * k * EPS * mag + 1e-30
        assert got.shape == exp.shape, name
        assert (np.abs(got - exp) <= bound).all(), name

    x = _rand(rng, 2, 6, 9, 11)
    check("conv2d", FC.conv2d, F.conv2d, 3 * 3 * 2, x, _rand(rng, 8, 3, 3, 3),
          stride=[1, 2], padding=[1, 0], dilation=[2, 1], groups=2)
    check("conv2d_same", FC.conv2d, F.conv2d, 6 * 9, x, _rand(rng, 4, 6, 3, 3), padding="same")
    check("conv1d", FC.conv1d, F.conv1d, 12, _rand(rng, 2, 4, 17), _rand(rng, 6, 2, 4),
          stride=2, padding=1, groups=2)
    check("conv3d", FC.conv3d, F.conv3d, 48, _rand(rng, 1, 4, 5, 6, 7), _rand(rng, 5, 4, 2, 3, 2),
          padding=[1, 1, 0])
    check("conv_transpose2d", FC.conv_transpose2d, F.conv_transpose2d, 6 * 9, x,
          _rand(rng, 6, 4, 3, 3), stride=2, padding=1, output_padding=1)
    check("conv_transpose1d", FC.conv_transpose1d, F.conv_transpose1d, 4 * 5,
          _rand(rng, 2, 4, 17), _rand(rng, 4, 3, 5), stride=3, padding=2)
    check("conv_transpose3d", FC.conv_transpose3d, F.conv_transpose3d, 4 * 12,
          _rand(rng, 1, 4, 5, 6, 7), _rand(rng, 4, 2, 2, 2, 3), stride=2)
    check("linear", O.linear, F.linear, 40, _rand(rng, 3, 5, 40), _rand(rng, 13, 40))
    check("matmul", O.matmul, torch.matmul, 40, _rand(rng, 3, 5, 40), _rand(rng, 40, 7))


@pytest.mark.torch
def test_live_pools_upsample_norms_within_ulps() -> None:
    torch = torch_or_skip()
    F = torch.nn.functional
    rng = np.random.default_rng(2)
    x, x1, x3 = _rand(rng, 2, 6, 9, 11), _rand(rng, 2, 4, 17), _rand(rng, 1, 4, 5, 6, 7)
    t, t1, t3 = (torch.from_numpy(a) for a in (x, x1, x3))
    g, b = _rand(rng, 6), _rand(rng, 6)
    cases = [
        ("avg_pool2d", FP.avg_pool(x, [3, 2], [2, 2], [1, 1], True, False, dims=2),
         F.avg_pool2d(t, [3, 2], [2, 2], [1, 1], True, False)),
        ("avg_pool1d", FP.avg_pool(x1, 3, 2, 1, dims=1), F.avg_pool1d(t1, 3, 2, 1)),
        ("avg_pool3d", FP.avg_pool(x3, 2, 1, 1, False, True, 5, dims=3),
         F.avg_pool3d(t3, 2, 1, 1, False, True, 5)),
        ("adaptive2d", FP.adaptive_avg_pool(x, [4, 5], dims=2), F.adaptive_avg_pool2d(t, [4, 5])),
        ("adaptive3d", FP.adaptive_avg_pool(x3, [3, 4, 5], dims=3),
         F.adaptive_avg_pool3d(t3, [3, 4, 5])),
        ("bilinear", FP.upsample_vec(x, [13, 7], None, "linear", True),
         F.interpolate(t, size=[13, 7], mode="bilinear", align_corners=True)),
        ("linear1d", FP.upsample_vec(x1, None, [2.5], "linear"),
         F.interpolate(t1, scale_factor=2.5, mode="linear")),
        ("trilinear", FP.upsample_vec(x3, None, [1.5, 2.0, 0.7], "linear"),
         F.interpolate(t3, scale_factor=[1.5, 2.0, 0.7], mode="trilinear")),
        ("batch_norm", O.batch_norm(x, g, b, b, np.abs(g) + 0.1),
         F.batch_norm(t, torch.from_numpy(b), torch.from_numpy(np.abs(g) + 0.1),
                      torch.from_numpy(g), torch.from_numpy(b))),
        ("layer_norm", O.layer_norm(x, [9, 11]), F.layer_norm(t, [9, 11])),
        ("group_norm", O.group_norm(x, 3, g, b), F.group_norm(t, 3, torch.from_numpy(g),
                                                               torch.from_numpy(b))),
        ("instance_norm", O.instance_norm(x), F.instance_norm(t)),
    ]
    for name, ours, ref in cases:
        r = ref.numpy()
        scale = np.abs(r).max() + 1e-30
        assert ours.shape == r.shape, name
        assert np.abs(ours - r).max() <= 16 * EPS * scale, name


@pytest.mark.torch
def test_live_dequant_float_op_quant_chain_within_one_step() -> None:
    torch = torch_or_skip()
    from rt_torch import to_q

    from xdsl_quant.runtime.quantize import dequantize, quantize_per_tensor

    F = torch.nn.functional
    rng = np.random.default_rng(3)
    q = torch.quantize_per_tensor(torch.from_numpy(_rand(rng, 2, 6, 9, 11)), 0.05, 120,
                                  torch.quint8)
    d = dequantize(to_q(q))
    w = _rand(rng, 4, 6, 3, 3, scale=0.3)
    chains = [
        (FC.conv2d(d, w, None, 1, 1), F.conv2d(q.dequantize(), torch.from_numpy(w), None, 1, 1)),
        (FP.avg_pool(d, 3, 2, 1, dims=2), F.avg_pool2d(q.dequantize(), 3, 2, 1)),
        (FP.upsample_vec(d, [17, 5], None, "linear"),
         F.interpolate(q.dequantize(), size=[17, 5], mode="bilinear")),
        (O.layer_norm(d, [11]), F.layer_norm(q.dequantize(), [11])),
        (O.sigmoid(d), torch.sigmoid(q.dequantize())),
    ]
    for ours, ref in chains:
        a = quantize_per_tensor(ours, 0.02, 128, "quint8").values.astype(np.int32)
        b = torch.quantize_per_tensor(ref, 0.02, 128, torch.quint8).int_repr().numpy()
        assert np.abs(a - b).max() <= 1


@pytest.mark.torch
def test_live_reduce_sum_exact_on_layouts() -> None:
    torch = torch_or_skip()
    rng = np.random.default_rng(4)
    for shape, dims in (((2, 64, 7, 7), (2, 3)), ((300, 300), (0,)), ((4, 64, 56, 56), (2, 3)),
                        ((3, 100000), None), ((2, 3, 4, 5, 6), (1, 3))):
        x = _rand(rng, *shape)
        t = torch.from_numpy(x)
        if len(shape) == 4:
            t = t.contiguous(memory_format=torch.channels_last)
        ref = t.sum() if dims is None else t.sum(dims)
        assert np.array_equal(reduce_sum(t.numpy(), dims), ref.numpy()), shape
