# ruff: noqa: E501 — the IR templates below are one op per line, as quant-opt prints them
"""`quant-lower-to-int` (PyTorch convention) computes exactly what the kernels compute.

The kernels are checked against PyTorch element by element (tests/runtime); this property test
closes the loop for the lowered level on inputs nobody picked: random shapes, weights (per tensor
and per channel, saturating values), qparams (including zero points outside the storage range,
which PyTorch's relu truncates) and activations with exact rounding ties. Each model runs twice —
as kernels and lowered to qint ops — and the outputs must be bit-identical.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xdsl_quant.runtime.compile import compile as compile_model
from xdsl_quant.runtime.qtensor import QTensor

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def dense(values: np.ndarray) -> str:
    return np.array2string(values, separator=", ", threshold=10**9, floatmode="unique").replace("\n", "")


def scales_literal(scales: np.ndarray) -> str:
    return "{" + ", ".join(repr(float(s)) for s in scales) + "}"


@st.composite
def activations(draw: Any, shape: tuple[int, ...], scale: float, zero_point: int) -> np.ndarray:
    """Float inputs where about half the elements sit exactly on a rounding tie `(k + 1/2) s`."""
    n = int(np.prod(shape))
    ks = draw(st.lists(st.integers(-140, 140), min_size=n, max_size=n))
    ties = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    noise = draw(st.lists(st.floats(-0.49, 0.49), min_size=n, max_size=n))
    values = [(k + (0.5 if t else e)) * scale for k, t, e in zip(ks, ties, noise, strict=True)]
    return np.asarray(values, np.float32).reshape(shape)


scales = st.sampled_from([0.25, 0.05, 0.1, 0.0078125, 0.013, 1e-3])


def run_both(ir: str, *inputs: Any) -> tuple[Any, Any]:
    kernels = compile_model(ir, pipeline=None).forward(*inputs)
    lowered = compile_model(ir, pipeline="quant-lower-to-int").forward(*inputs)
    return kernels, lowered


def assert_identical(kernels: Any, lowered: Any) -> None:
    if isinstance(kernels, QTensor):
        assert isinstance(lowered, QTensor)
        assert kernels.dtype == lowered.dtype
        np.testing.assert_array_equal(np.asarray(lowered.values), np.asarray(kernels.values))
        assert float(kernels.scale) == float(lowered.scale)
        assert int(kernels.zero_point) == int(lowered.zero_point)
        return
    kernels, lowered = np.asarray(kernels), np.asarray(lowered)
    assert kernels.dtype == lowered.dtype
    assert kernels.shape == lowered.shape
    assert np.array_equal(kernels.view(np.uint32), lowered.view(np.uint32)), "float outputs differ in their bits"


@st.composite
def linear_case(draw: Any) -> tuple[str, np.ndarray]:
    m, k, n = draw(st.integers(1, 5)), draw(st.integers(1, 9)), draw(st.integers(1, 6))
    per_channel = draw(st.booleans())
    relu = draw(st.booleans())
    weight = np.asarray(draw(st.lists(st.integers(-128, 127), min_size=n * k, max_size=n * k)), np.int8).reshape(n, k)
    bias = np.asarray(draw(st.lists(st.floats(-2, 2, width=32), min_size=n, max_size=n)), np.float32)
    w_scales = np.asarray([draw(scales) for _ in range(n)] if per_channel else [draw(scales)])
    qtype = f"!quant.uniform<i8:f32:0, {scales_literal(w_scales)}>" if per_channel else \
        f"!quant.uniform<i8:f32, {float(w_scales[0])!r}>"
    s_x, z_x = draw(scales), draw(st.integers(0, 255))
    s_y, z_y = draw(scales), draw(st.integers(0, 255))
    x = draw(activations((m, k), s_x, z_x))
    op = "quantized.linear_relu" if relu else "quantized.linear"
    ir = f"""
jit.module @M class "M" {{
  jit.attr "w" = #quantized.packed_params<linear, weight = dense<{dense(weight)}> : tensor<{n}x{k}xi8>, qtype = {qtype}, bias = dense<{dense(bias)}> : tensor<{n}xf32>>
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<{m}x{k}xf32>) -> tensor<{m}x{n}xf32> {{
    %sx = prim.Constant {s_x!r} : f64
    %zx = prim.Constant {z_x} : i64
    %sy = prim.Constant {s_y!r} : f64
    %zy = prim.Constant {z_y} : i64
    %u8 = prim.Constant 13 : i64
    %xq = aten.quantize_per_tensor %x, %sx, %zx, %u8 : (tensor<{m}x{k}xf32>, f64, i64, i64) -> tensor<{m}x{k}x!quant.any<u8:f32>>
    %w = prim.GetAttr "w" %self : !jit.module<@M> -> !quantized.packed<linear>
    %yq = {op} %xq, %w, %sy, %zy : (tensor<{m}x{k}x!quant.any<u8:f32>>, !quantized.packed<linear>, f64, i64) -> tensor<{m}x{n}x!quant.any<u8:f32>>
    %y = aten.dequantize %yq : (tensor<{m}x{n}x!quant.any<u8:f32>>) -> tensor<{m}x{n}xf32>
    prim.Return %y : tensor<{m}x{n}xf32>
  }}
}}
"""
    return ir, x


@SETTINGS
@given(linear_case())
def test_linear(case: tuple[str, np.ndarray]) -> None:
    ir, x = case
    assert_identical(*run_both(ir, x))


@st.composite
def conv_case(draw: Any) -> tuple[str, np.ndarray]:
    n, c_in, h, w = draw(st.integers(1, 2)), draw(st.integers(1, 3)), draw(st.integers(3, 6)), draw(st.integers(3, 6))
    c_out, kh, kw = draw(st.integers(1, 4)), draw(st.integers(1, 3)), draw(st.integers(1, 3))
    stride, padding = draw(st.integers(1, 2)), draw(st.integers(0, 1))
    relu = draw(st.booleans())
    size = c_out * c_in * kh * kw
    weight = np.asarray(draw(st.lists(st.integers(-128, 127), min_size=size, max_size=size)), np.int8)
    weight = weight.reshape(c_out, c_in, kh, kw)
    bias = np.asarray(draw(st.lists(st.floats(-2, 2, width=32), min_size=c_out, max_size=c_out)), np.float32)
    w_scales = np.asarray([draw(scales) for _ in range(c_out)])
    s_x, z_x = draw(scales), draw(st.integers(0, 255))
    s_y, z_y = draw(scales), draw(st.integers(0, 255))
    x = draw(activations((n, c_in, h, w), s_x, z_x))
    oh, ow = (h + 2 * padding - kh) // stride + 1, (w + 2 * padding - kw) // stride + 1
    op = "quantized.conv2d_relu" if relu else "quantized.conv2d"
    in_t, out_t = f"{n}x{c_in}x{h}x{w}", f"{n}x{c_out}x{oh}x{ow}"
    ir = f"""
jit.module @M class "M" {{
  jit.attr "w" = #quantized.packed_params<conv2d, weight = dense<{dense(weight)}> : tensor<{c_out}x{c_in}x{kh}x{kw}xi8>, qtype = !quant.uniform<i8:f32:0, {scales_literal(w_scales)}>, bias = dense<{dense(bias)}> : tensor<{c_out}xf32>, stride = [{stride}, {stride}], padding = [{padding}, {padding}], dilation = [1, 1], output_padding = [0, 0], groups = 1>
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<{in_t}xf32>) -> tensor<{out_t}xf32> {{
    %sx = prim.Constant {s_x!r} : f64
    %zx = prim.Constant {z_x} : i64
    %sy = prim.Constant {s_y!r} : f64
    %zy = prim.Constant {z_y} : i64
    %u8 = prim.Constant 13 : i64
    %xq = aten.quantize_per_tensor %x, %sx, %zx, %u8 : (tensor<{in_t}xf32>, f64, i64, i64) -> tensor<{in_t}x!quant.any<u8:f32>>
    %w = prim.GetAttr "w" %self : !jit.module<@M> -> !quantized.packed<conv2d>
    %yq = {op} %xq, %w, %sy, %zy : (tensor<{in_t}x!quant.any<u8:f32>>, !quantized.packed<conv2d>, f64, i64) -> tensor<{out_t}x!quant.any<u8:f32>>
    %y = aten.dequantize %yq : (tensor<{out_t}x!quant.any<u8:f32>>) -> tensor<{out_t}xf32>
    prim.Return %y : tensor<{out_t}xf32>
  }}
}}
"""
    return ir, x


@SETTINGS
@given(conv_case())
def test_conv2d(case: tuple[str, np.ndarray]) -> None:
    ir, x = case
    assert_identical(*run_both(ir, x))


@st.composite
def dynamic_case(draw: Any) -> tuple[str, np.ndarray]:
    m, k, n = draw(st.integers(1, 5)), draw(st.integers(1, 9)), draw(st.integers(1, 6))
    weight = np.asarray(draw(st.lists(st.integers(-128, 127), min_size=n * k, max_size=n * k)), np.int8).reshape(n, k)
    bias = np.asarray(draw(st.lists(st.floats(-2, 2, width=32), min_size=n, max_size=n)), np.float32)
    s_w = draw(scales)
    x = np.asarray(draw(st.lists(st.floats(-8, 8, width=32), min_size=m * k, max_size=m * k)), np.float32)
    ir = f"""
jit.module @M class "M" {{
  jit.attr "w" = #quantized.packed_params<linear, weight = dense<{dense(weight)}> : tensor<{n}x{k}xi8>, qtype = !quant.uniform<i8:f32, {s_w!r}>, bias = dense<{dense(bias)}> : tensor<{n}xf32>>
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<{m}x{k}xf32>) -> tensor<{m}x{n}xf32> {{
    %rr = prim.Constant true
    %w = prim.GetAttr "w" %self : !jit.module<@M> -> !quantized.packed<linear>
    %y = quantized.linear_dynamic %x, %w, %rr : (tensor<{m}x{k}xf32>, !quantized.packed<linear>, i1) -> tensor<{m}x{n}xf32>
    prim.Return %y : tensor<{m}x{n}xf32>
  }}
}}
"""
    return ir, x.reshape(m, k)


@SETTINGS
@given(dynamic_case())
def test_linear_dynamic(case: tuple[str, np.ndarray]) -> None:
    ir, x = case
    assert_identical(*run_both(ir, x))


@SETTINGS
@given(
    st.sampled_from(["u8", "i8"]),
    scales,
    st.integers(-300, 300),
    st.lists(st.integers(0, 255), min_size=1, max_size=70),
)
def test_quantized_relu_and_dequantize(storage: str, scale: float, zero_point: int, raw: list[int]) -> None:
    """relu is `max(q, T(z))` with the zero point cast to the storage type, even out of range."""
    dtype, qname = (np.uint8, "quint8") if storage == "u8" else (np.int8, "qint8")
    values = np.asarray(raw, np.int64).astype(dtype)
    n = len(raw)
    qt = f"tensor<{n}x!quant.uniform<{storage}:f32, {scale!r}:{zero_point}>>"
    ir = f"""
jit.module @M class "M" {{
  jit.method @forward(%self: !jit.module<@M>, %q: {qt}) -> (tensor<{n}xf32>, {qt}) {{
    %r = aten.relu %q : ({qt}) -> {qt}
    %d = aten.dequantize %r : ({qt}) -> tensor<{n}xf32>
    prim.Return %d, %r : tensor<{n}xf32>, {qt}
  }}
}}
"""
    q = QTensor(values, scale, zero_point, qname)
    kernels, lowered = run_both(ir, q)
    for ours, theirs in zip(lowered, kernels, strict=True):
        assert_identical(theirs, ours)


@SETTINGS
@given(st.sampled_from(["u8", "i8"]), scales, st.integers(-128, 255), st.data())
def test_quantize_per_tensor(storage: str, scale: float, zero_point: int, data: st.DataObject) -> None:
    lo, hi, code = (0, 255, 13) if storage == "u8" else (-128, 127, 12)
    zero_point = min(max(zero_point, lo), hi)
    x = data.draw(activations((17,), scale, zero_point))
    ir = f"""
jit.module @M class "M" {{
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<17xf32>) -> tensor<17xf32> {{
    %s = prim.Constant {scale!r} : f64
    %z = prim.Constant {zero_point} : i64
    %t = prim.Constant {code} : i64
    %q = aten.quantize_per_tensor %x, %s, %z, %t : (tensor<17xf32>, f64, i64, i64) -> tensor<17x!quant.any<{storage}:f32>>
    %d = aten.dequantize %q : (tensor<17x!quant.any<{storage}:f32>>) -> tensor<17xf32>
    prim.Return %d : tensor<17xf32>
  }}
}}
"""
    assert_identical(*run_both(ir, x))
