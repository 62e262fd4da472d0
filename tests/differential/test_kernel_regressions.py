"""Kernel-level regressions for the runtime bugs the differential suite found (needs torch).

Each test compares one runtime kernel with PyTorch's on random data shaped like the model that
exposed the bug (the seeds are in the docstrings; the models are in the differential report).
"""

from __future__ import annotations

import importlib.util
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from xdsl_quant.runtime import elementwise, ops_qint, ops_quantized, qactivations, qpooling, qupsample
from xdsl_quant.runtime.cat import quantized_cat
from xdsl_quant.runtime.conv import quantized_conv
from xdsl_quant.runtime.linear import quantized_linear_dynamic_fp16
from xdsl_quant.runtime.packed import conv_prepack, conv_transpose_prepack, linear_prepack_fp16
from xdsl_quant.runtime.qtensor import QTensor

pytestmark = [
    pytest.mark.torch,
    pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="needs torch==2.13.0"),
    pytest.mark.filterwarnings("ignore::UserWarning"),  # torch: quantized tensor creation is deprecated
]


@pytest.fixture(scope="module")
def torch() -> Any:
    import torch

    torch.backends.quantized.engine = "fbgemm"
    return torch


def _qtensor(torch: Any, t: Any) -> QTensor:
    """A QTensor with the torch tensor's values *and strides* (layout picks kernels)."""
    values = t.int_repr()
    base = np.empty(values.numel(), dtype=np.uint8)
    array = np.lib.stride_tricks.as_strided(base, tuple(values.shape), tuple(values.stride()))
    array[...] = values.numpy()
    return QTensor(array, t.q_scale(), t.q_zero_point(), "quint8")


def test_adaptive_avg_pool1d_on_a_conv1d_output_batch_of_one(torch: Any) -> None:
    """Seed 5: a conv1d output (channels-last-like strides) with N = 1 took the contiguous kernel
    (numpy re-strides size-1 dims; qpooling._unsqueeze_w, layout.is_channels_last)."""
    rng = np.random.default_rng(5)
    for n, c, length, size in [(1, 8, 13, 8), (1, 3, 13, 5), (2, 8, 16, 8), (1, 16, 9, 4)]:
        x = torch.quantize_per_tensor(torch.from_numpy(rng.standard_normal((n, c, 1, length), np.float32)),
                                      0.05, 52, torch.quint8)
        x = x.contiguous(memory_format=torch.channels_last)[:, :, 0, :]
        expected = torch.nn.functional.adaptive_avg_pool1d(x, size).int_repr().numpy()
        got = qpooling.adaptive_avg_pool1d(_qtensor(torch, x), [size]).values
        assert np.array_equal(got, expected), (n, c, length, size)


def test_cat_of_3d_tensors_is_contiguous(torch: Any) -> None:
    """Seed 0: quantized::cat of 3-d tensors allocates a contiguous output (at::cat); numpy's
    concatenate kept a channels-last-like order, and the adaptive pool after it rounded ties
    differently."""
    rng = np.random.default_rng(0)
    a = torch.quantize_per_tensor(torch.from_numpy(rng.standard_normal((2, 1, 14), np.float32)), 0.05, 52,
                                  torch.quint8)
    b = torch.quantize_per_tensor(torch.from_numpy(rng.standard_normal((2, 8, 1, 14), np.float32)), 0.05, 52,
                                  torch.quint8).contiguous(memory_format=torch.channels_last)[:, :, 0, :]
    expected = torch.ops.quantized.cat([a, b], -2, 0.012, 61)
    got = quantized_cat([_qtensor(torch, a), _qtensor(torch, b)], -2, 0.012, 61)
    assert np.array_equal(got.values, expected.int_repr().numpy())
    assert got.values.strides == tuple(s * got.values.itemsize for s in expected.stride())


def test_linear_dynamic_fp16_small_batches(torch: Any) -> None:
    """Seeds 1 and 11: batches of 1 and 2 rows (and the last rows of 7, 14, 31, ...) run through
    fbgemm's 1-/2-row fp16 kernels, which accumulate in 4 / 2 register sets."""
    rng = np.random.default_rng(1)
    for m, k, n in [(1, 8, 7), (2, 12, 10), (7, 17, 20), (14, 5, 3), (31, 9, 16), (1, 600, 18)]:
        x = rng.standard_normal((m, k), np.float32) * 3
        w = rng.standard_normal((n, k), np.float32)
        b = rng.standard_normal(n, np.float32)
        packed = torch.ops.quantized.linear_prepack_fp16(torch.from_numpy(w), torch.from_numpy(b))
        expected = torch.ops.quantized.linear_dynamic_fp16(torch.from_numpy(x), packed).numpy()
        got = quantized_linear_dynamic_fp16(x, linear_prepack_fp16(w, b))
        assert np.array_equal(got, expected), (m, k, n)


def test_conv_transpose_int16_pair_saturation(torch: Any) -> None:
    """Seeds 1031, 1067, 1090, 1138 (first runs): 8-bit activations (out-of-range inputs, or a
    negative mul_scalar's flipped values) saturate fbgemm's int16 pair sums in transposed
    convolutions too, over its im2col (tap, channel) order."""
    rng = np.random.default_rng(7)
    checked = 0
    while checked < 40:
        dims, g = int(rng.integers(1, 3)), int(rng.choice([1, 2]))
        c, ocg = g * int(rng.integers(1, 4)), int(rng.integers(1, 4))
        k, s, d, p = int(rng.integers(1, 4)), int(rng.integers(1, 3)), int(rng.integers(1, 3)), int(rng.integers(0, 2))
        spatial = [int(rng.integers(1, 5)) for _ in range(dims)]
        if min((n - 1) * s - 2 * p + d * (k - 1) + 1 for n in spatial) < 1:
            continue
        x = rng.integers(0, 256, size=(1, c, *spatial)).astype(np.uint8)
        w = rng.integers(-128, 128, size=(c, ocg, *[k] * dims)).astype(np.int8)
        z = int(rng.integers(0, 256))
        xt = torch._make_per_tensor_quantized_tensor(torch.from_numpy(x), 0.05, z)
        wt = torch._make_per_tensor_quantized_tensor(torch.from_numpy(w), 0.01, 0)
        prepack = getattr(torch.ops.quantized, f"conv_transpose{dims}d_prepack")
        packed = prepack(wt, None, [s] * dims, [p] * dims, [0] * dims, [d] * dims, g)
        expected = getattr(torch.ops.quantized, f"conv_transpose{dims}d")(xt, packed, 1.5, 100).int_repr().numpy()
        ours = conv_transpose_prepack(QTensor(w, 0.01, 0, "qint8"), None, [s] * dims, [p] * dims, [0] * dims,
                                      [d] * dims, g, dims=dims)
        got = quantized_conv(QTensor(x, 0.05, z, "quint8"), ours, 1.5, 100, dims=dims, transpose=True,
                             int16_saturation=True)
        assert np.array_equal(got.values, expected), (dims, g, c, ocg, k, s, d, p, spatial, z)
        checked += 1


@pytest.mark.parametrize("relu", [False, True])
def test_add_scalar_out_into_its_own_input(torch: Any, relu: bool) -> None:
    """Seed 1029 (first runs): `x += b` is `quantized::add_scalar_out(x, b, x)`; PyTorch's kernel
    reads the quantizer it has just replaced, so the stored values are shifted, not rescaled."""
    rng = np.random.default_rng(3)
    name = "add_scalar_relu_out" if relu else "add_scalar_out"
    for _ in range(100):
        shape = tuple(int(v) for v in rng.integers(1, 6, size=3))
        z, scale = int(rng.integers(0, 256)), float(rng.uniform(0.005, 0.2))
        b = float(rng.choice([0.5, -0.25, 1.5, -1.0, 3.0, -3.0]))
        values = rng.integers(0, 256, size=shape).astype(np.uint8)
        x = torch._make_per_tensor_quantized_tensor(torch.from_numpy(values.copy()), scale, z)
        expected = getattr(torch.ops.quantized, name)(x, b, x)
        q = QTensor(values.copy(), scale, z, "quint8")
        got = getattr(ops_quantized, name)(q, b, q)
        assert np.array_equal(got.values, expected.int_repr().numpy())
        assert (float(got.scale), int(got.zero_point)) == (expected.q_scale(), expected.q_zero_point())


def _lowered_conv(x: QTensor, packed: Any, scale: float, zero_point: int, relu: bool) -> npt.NDArray[np.uint8]:
    """A quantized conv as `quant-lower-to-int` emits it: the qint steps, then `qint.maximum`
    for a separate relu."""
    acc = ops_qint.conv_accumulate(x.values, x.zero_point, packed)
    atws = ops_qint.accumulator_scale(x.scale, packed)
    bias = ops_qint.bias_to_accumulator(packed, atws)
    mult = ops_qint.output_multiplier(atws, scale)
    y = ops_qint.requantize(acc, bias, mult, zero_point, channel_axis=1, rounding="half_to_even",
                            output_stage="fbgemm", relu=False, qmin=0, qmax=255)
    return ops_qint.maximum(y, zero_point) if relu else y


@pytest.mark.parametrize(("n", "c", "oc", "groups", "spatial", "k"), [
    (1, 8, 2, 2, (4, 6), 2),    # seed 35: groups with one output channel each, batch of one
    (2, 4, 4, 4, (3, 1), 1),    # depthwise, W = 1
    (1, 3, 5, 1, (1, 1), 1),    # 1x1 output
    (2, 6, 3, 3, (5, 4), 3),
    (1, 4, 1, 1, (3, 5), 1),    # one output channel
    (2, 4, 6, 2, (9,), 3),      # conv1d
])
def test_lowered_conv_keeps_the_channels_last_layout(torch: Any, n: int, c: int, oc: int, groups: int,
                                                     spatial: tuple[int, ...], k: int) -> None:
    """Seed 35: at the integer-kernel level a grouped conv with one output channel per group
    came out contiguous (the (M, C) accumulators were column-major) and numpy's elementwise
    steps re-strided size-1 dims, so the bilinear upsampling after it took PyTorch's contiguous
    path instead of the channels-last one and rounded 3 of 144 values differently. The lowered
    conv (+ relu) must give PyTorch's values *and strides* (as the op-level relu must: numpy's
    `maximum` re-strides size-1 dims, `layout.to_memory_format` restores them), and so must the
    upsampling after it."""
    rng = np.random.default_rng(35)
    dims = len(spatial)
    ks = [k] * dims
    x = torch.quantize_per_tensor(torch.from_numpy(rng.standard_normal((n, c, *spatial), np.float32) * 2),
                                  0.05, 60, torch.quint8)
    w = torch.quantize_per_tensor(torch.from_numpy(rng.standard_normal((oc, c // groups, *ks), np.float32) * 0.2),
                                  0.01, 0, torch.qint8)
    b = torch.from_numpy(rng.standard_normal(oc, np.float32))
    ones, zeros = [1] * dims, [0] * dims
    ours_packed = conv_prepack(_qtensor_any(torch, w), b.numpy(), ones, zeros, ones, groups, dims=dims)
    if dims == 1:
        packed = torch.ops.quantized.conv1d_prepack(w, b, ones, zeros, ones, groups)
        expected_conv = torch.ops.quantized.conv1d(x, packed, 0.07, 70)
    else:
        packed = torch.ops.quantized.conv2d_prepack(w, b, ones, zeros, ones, groups)
        expected_conv = torch.ops.quantized.conv2d(x, packed, 0.07, 70)
    for relu in (False, True):
        expected = torch.relu(expected_conv) if relu else expected_conv
        got = _lowered_conv(_qtensor(torch, x), ours_packed, 0.07, 70, relu)
        assert np.array_equal(got, expected.int_repr().numpy()), relu
        assert got.strides == tuple(s * got.itemsize for s in expected.stride()), (relu, got.strides, expected.stride())
        if relu:  # the op-level relu on the op-level conv: the same layout
            conv = quantized_conv(_qtensor(torch, x), ours_packed, 0.07, 70, dims=dims, transpose=False)
            op_level = qactivations.relu(conv).values
            assert np.array_equal(op_level, got)
            assert op_level.strides == got.strides
        if dims == 2:
            up = torch.nn.functional.interpolate(expected, size=[7, 5], mode="bilinear").int_repr().numpy()
            ours_up = qupsample.upsample_bilinear2d(QTensor(got, 0.07, 70, "quint8"), [7, 5], False)
            assert np.array_equal(ours_up.values, up), relu


def _qtensor_any(torch: Any, t: Any) -> QTensor:
    """A per-tensor qint8 QTensor from a torch quantized tensor (weights: contiguous)."""
    return QTensor(t.int_repr().numpy(), t.q_scale(), t.q_zero_point(), "qint8")


@pytest.mark.parametrize("shape", [(3, 8, 2, 1), (2, 5, 1, 3), (1, 4, 3, 1), (2, 3, 1, 1)])
def test_elementwise_results_keep_the_strides_of_size_one_dims(torch: Any, shape: tuple[int, ...]) -> None:
    """Seed 194: a quantized mul of channels-last (3, 8, 2, 1) tensors came out with numpy's
    strides for the size-1 dim (`to_memory_format` kept what `ascontiguousarray` did not copy),
    which c10's `is_channels_last` rejects; the nearest upsampling after it then took the
    ambiguous-layout path (NHWC bytes read as NCHW) and 54 of 72 values moved. Values and
    strides must be PyTorch's, after the mul and after the upsampling."""
    rng = np.random.default_rng(194)
    a, b = (torch.quantize_per_tensor(torch.from_numpy(rng.standard_normal(shape, np.float32)), 0.05, 60,
                                      torch.quint8).contiguous(memory_format=torch.channels_last) for _ in range(2))
    for relu in (False, True):
        op = torch.ops.quantized.mul_relu if relu else torch.ops.quantized.mul
        expected = op(a, b, 0.0025, 10)
        got = elementwise.quantized_mul(_qtensor(torch, a), _qtensor(torch, b), 0.0025, 10, relu=relu)
        assert np.array_equal(got.values, expected.int_repr().numpy())
        assert got.values.strides == tuple(expected.stride()), relu
        up = torch.nn.functional.interpolate(expected, scale_factor=1.5, mode="nearest")
        ours_up = qupsample.upsample_nearest2d_vec(got, None, [1.5, 1.5])
        assert np.array_equal(ours_up.values, up.int_repr().numpy()), relu
        assert ours_up.values.strides == tuple(up.stride()), relu
