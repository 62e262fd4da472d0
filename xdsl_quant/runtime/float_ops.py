"""Float32 ATen ops for unfinalized (debug) graphs and the float parts of models (numpy only).

These are not bit-exact promises: each op computes in float32 (reductions and normalisation
statistics in float64, then rounded) and stays within float32 rounding of PyTorch. Measured max
|ours - torch| on N(0, 3^2) inputs (torch 2.13, 20 trials): 0 for relu, relu6, hardtanh,
clamp, leaky_relu, hardsigmoid, hardswish, add, sub, mul, div (PyTorch's operation order);
sigmoid 3.0e-8, tanh 6.0e-8, elu 6.0e-8, gelu 4.8e-7 (both), softmax 2.4e-7, matmul 4.8e-6 and
linear 5.7e-6 (K = 40), batch_norm 3.8e-6, layer/group/instance_norm 9.5e-7; `mean` and `sum`
are exact (`float_reduce` replays PyTorch's summation order). Inputs must be float32 arrays;
checks raise `ValueError` naming the op and argument. Shape ops are in `float_shape`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from xdsl_quant.runtime import mathf32
from xdsl_quant.runtime.float_reduce import reduce_mean, reduce_sum
from xdsl_quant.runtime.validate import check_float32, check_int

F32 = npt.NDArray[np.float32]
_f = np.float32
Operand = npt.ArrayLike


def _x(op: str, x: object, arg: str = "self") -> F32:
    return check_float32(op, arg, x)


def _num(op: str, arg: str, v: object) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)):
        raise ValueError(f"{op}: {arg} must be a number, got {v!r}")
    return float(v)


def _operand(op: str, arg: str, v: object) -> F32 | np.float32:
    """A tensor operand (float32 array) or a Python number (becomes a float32 scalar)."""
    if isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool):
        return _f(v)
    return check_float32(op, arg, v)


# --- activations -------------------------------------------------------------------------------

def relu(x: F32) -> F32:
    """`aten::relu` / `relu_`: PyTorch's `clamp_min(x, 0)` keeps -0.0 (and NaN), so no `np.maximum`."""
    v = _x("aten.relu", x)
    return np.where(v < 0, _f(0), v).astype(np.float32)


def clamp(x: F32, min: float | None = None, max: float | None = None) -> F32:
    """`aten::clamp(x, min, max)` with scalar bounds (NaN propagates, `max` applied last)."""
    op = "aten.clamp"
    v = _x(op, x)
    if min is None and max is None:
        raise ValueError(f"{op}: at least one of 'min' or 'max' must not be None")
    if min is not None:
        v = np.maximum(v, _f(_num(op, "min", min)))
    if max is not None:
        v = np.minimum(v, _f(_num(op, "max", max)))
    return v.astype(np.float32)


def hardtanh(x: F32, min_val: float = -1.0, max_val: float = 1.0) -> F32:
    """`aten::hardtanh` = clamp."""
    return clamp(x, min_val, max_val)


def relu6(x: F32) -> F32:
    """`aten::relu6` = hardtanh(0, 6)."""
    return clamp(x, 0.0, 6.0)


def leaky_relu(x: F32, negative_slope: float = 0.01) -> F32:
    """`aten::leaky_relu`: `x > 0 ? x : x * slope`."""
    v = _x("aten.leaky_relu", x)
    s = _f(_num("aten.leaky_relu", "negative_slope", negative_slope))
    return np.where(v > 0, v, v * s).astype(np.float32)


def sigmoid(x: F32) -> F32:
    """`aten::sigmoid`: `1 / (1 + exp(-x))` with SLEEF's expf (PyTorch's vector body)."""
    v = _x("aten.sigmoid", x)
    with np.errstate(over="ignore"):
        return (_f(1) / (_f(1) + mathf32.sleef_expf(-v))).astype(np.float32)


def hardsigmoid(x: F32) -> F32:
    """`aten::hardsigmoid`: `min(max(x + 3, 0), 6) / 6`."""
    v = _x("aten.hardsigmoid", x)
    return (np.minimum(np.maximum(v + _f(3), _f(0)), _f(6)) / _f(6)).astype(np.float32)


def tanh(x: F32) -> F32:
    """`aten::tanh`."""
    return np.tanh(_x("aten.tanh", x)).astype(np.float32)


def hardswish(x: F32) -> F32:
    """`aten::hardswish`: `x * min(max(x + 3, 0), 6) / 6`."""
    v = _x("aten.hardswish", x)
    return (v * np.minimum(np.maximum(v + _f(3), _f(0)), _f(6)) / _f(6)).astype(np.float32)


def elu(x: F32, alpha: float = 1.0, scale: float = 1.0, input_scale: float = 1.0) -> F32:
    """`aten::elu`: `x > 0 ? x * scale : expm1(x * input_scale) * (alpha * scale)`."""
    op = "aten.elu"
    v = _x(op, x)
    a, s, i = (_f(_num(op, n, t)) for n, t in (("alpha", alpha), ("scale", scale),
                                                ("input_scale", input_scale)))
    with np.errstate(over="ignore", invalid="ignore"):
        neg = mathf32.sleef_expm1f(v * i) * _f(a * s)
    return np.where(v > 0, v * s, neg).astype(np.float32)


def gelu(x: F32, approximate: str = "none") -> F32:
    """`aten::gelu(approximate="none"|"tanh")` (erf evaluated in float64)."""
    op = "aten.gelu"
    v = _x(op, x)
    if approximate == "tanh":
        inner = _f(np.sqrt(2.0 / np.pi)) * (v + _f(0.044715) * v * v * v)
        return (_f(0.5) * v * (_f(1) + np.tanh(inner))).astype(np.float32)
    if approximate != "none":
        raise ValueError(f"{op}: approximate must be 'none' or 'tanh', got {approximate!r}")
    d = v.astype(np.float64)
    return (0.5 * d * (1.0 + _erf(d / np.sqrt(2.0)))).astype(np.float32)


def _erf(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """erf in float64 to ~1e-14 (numpy has none): Maclaurin series below 2.5, the erfc
    continued fraction above (Abramowitz-Stegun 7.1.26 would only give 1e-7)."""
    a = np.abs(x)
    small = a < 2.5
    # Maclaurin series for |x| < 2.5 (converges fast enough in float64 with 60 terms)
    t = np.where(small, a, 0.0)
    term = t.copy()
    s = t.copy()
    t2 = t * t
    for n in range(1, 80):
        term = term * (-t2) / n
        s = s + term / (2 * n + 1)
    series = 2.0 / np.sqrt(np.pi) * s
    # continued fraction for erfc when |x| >= 2.5
    u = np.where(small, 3.0, a)
    f = np.zeros_like(u)
    for k in range(60, 0, -1):
        f = (k / 2.0) / (u + f)
    erfc = np.exp(-u * u) / np.sqrt(np.pi) / (u + f)
    r = np.where(small, series, 1.0 - erfc)
    return np.sign(x) * r


def softmax(x: F32, dim: int) -> F32:
    """`aten::softmax(x, dim)`: `exp(x - max) / sum(exp(x - max))` (sum in float64)."""
    op = "aten.softmax"
    v = _x(op, x)
    d = _axis(op, dim, v.ndim)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(v - np.max(v, axis=d, keepdims=True))
        return (e / e.sum(axis=d, keepdims=True, dtype=np.float64)).astype(np.float32)


# --- binary -------------------------------------------------------------------------------------

def add(x: Operand, y: Operand, alpha: float = 1.0) -> F32:
    """`aten::add(x, y, alpha)` (tensor or scalar y): `x + alpha * y` (alpha == 1: `x + y`)."""
    op = "aten.add"
    a, b = _operand(op, "self", x), _operand(op, "other", y)
    al = _num(op, "alpha", alpha)
    with np.errstate(over="ignore", invalid="ignore"):
        return np.asarray(a + (b if al == 1 else b * _f(al)), dtype=np.float32)


def sub(x: Operand, y: Operand, alpha: float = 1.0) -> F32:
    """`aten::sub(x, y, alpha)`: `x - alpha * y`."""
    op = "aten.sub"
    a, b = _operand(op, "self", x), _operand(op, "other", y)
    al = _num(op, "alpha", alpha)
    with np.errstate(over="ignore", invalid="ignore"):
        return np.asarray(a - (b if al == 1 else b * _f(al)), dtype=np.float32)


def mul(x: Operand, y: Operand) -> F32:
    """`aten::mul` (tensor or scalar)."""
    op = "aten.mul"
    with np.errstate(over="ignore", invalid="ignore"):
        return np.asarray(_operand(op, "self", x) * _operand(op, "other", y), dtype=np.float32)


def div(x: Operand, y: Operand, rounding_mode: str | None = None) -> F32:
    """`aten::div(x, y, rounding_mode=None|"trunc"|"floor")`."""
    op = "aten.div"
    a, b = _operand(op, "self", x), _operand(op, "other", y)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        q = np.asarray(a / b, dtype=np.float32)
        if rounding_mode is None:
            return q
        if rounding_mode == "trunc":
            return np.trunc(q).astype(np.float32)
        if rounding_mode == "floor":
            return np.floor_divide(a, b).astype(np.float32)
    raise ValueError(f"{op}: rounding_mode must be None, 'trunc' or 'floor', got "
                     f"{rounding_mode!r}")


def matmul(x: F32, y: F32) -> F32:
    """`aten::matmul` (numpy broadcasting rules are PyTorch's)."""
    op = "aten.matmul"
    a, b = _x(op, x), _x(op, y, "other")
    try:
        return np.matmul(a, b).astype(np.float32)
    except ValueError as e:
        raise ValueError(f"{op}: shapes {a.shape} and {b.shape} cannot be multiplied") from e


def linear(x: F32, weight: F32, bias: F32 | None = None) -> F32:
    """`aten::linear(x, w, b)` = `x @ w.T + b` (accumulated in float64)."""
    op = "aten.linear"
    a, w = _x(op, x, "input"), _x(op, weight, "weight")
    if w.ndim != 2 or a.ndim < 1 or a.shape[-1] != w.shape[1]:
        raise ValueError(f"{op}: input {a.shape} and weight {w.shape} do not match")
    y = a.astype(np.float64) @ w.T.astype(np.float64)
    if bias is not None:
        b = _x(op, bias, "bias")
        if b.shape not in ((w.shape[0],), ()):
            raise ValueError(f"{op}: bias must have {w.shape[0]} elements, got shape {b.shape}")
        y = y + b
    return y.astype(np.float32)


# --- normalisation ------------------------------------------------------------------------------

def _affine(op: str, v: F32, stats_axes: tuple[int, ...], eps: float, weight: object,
            bias: object, wshape: Sequence[int]) -> F32:
    d = v.astype(np.float64)
    mu = d.mean(axis=stats_axes, keepdims=True)
    var = ((d - mu) ** 2).mean(axis=stats_axes, keepdims=True)
    y = (d - mu) / np.sqrt(var + float(eps))
    if weight is not None:
        y = y * _x(op, weight, "weight").reshape(wshape)
    if bias is not None:
        y = y + _x(op, bias, "bias").reshape(wshape)
    return y.astype(np.float32)


def batch_norm(x: F32, weight: F32 | None, bias: F32 | None, running_mean: F32 | None,
               running_var: F32 | None, training: bool = False, momentum: float = 0.1,
               eps: float = 1e-5) -> F32:
    """`aten::batch_norm` in eval mode: `(x - mean) / sqrt(var + eps) * w + b` per channel."""
    op = "aten.batch_norm"
    v = _x(op, x, "input")
    if training:
        raise ValueError(f"{op}: training=True is not supported (batch statistics and running "
                         f"stat updates); export the model in eval mode")
    if running_mean is None or running_var is None:
        raise ValueError(f"{op}: running_mean and running_var are required in eval mode")
    if v.ndim < 2:
        raise ValueError(f"{op}: input must be at least 2-d (N, C, ...), got {v.shape}")
    shape = [1, v.shape[1]] + [1] * (v.ndim - 2)
    m = _x(op, running_mean, "running_mean").reshape(shape).astype(np.float64)
    var = _x(op, running_var, "running_var").reshape(shape).astype(np.float64)
    y = (v - m) / np.sqrt(var + float(eps))
    if weight is not None:
        y = y * _x(op, weight, "weight").reshape(shape)
    if bias is not None:
        y = y + _x(op, bias, "bias").reshape(shape)
    return y.astype(np.float32)


def layer_norm(x: F32, normalized_shape: Sequence[int], weight: F32 | None = None,
               bias: F32 | None = None, eps: float = 1e-5) -> F32:
    """`aten::layer_norm` over the trailing `normalized_shape` dims (biased variance)."""
    op = "aten.layer_norm"
    v = _x(op, x, "input")
    ns = [check_int(op, "normalized_shape", s) for s in normalized_shape]
    if not ns or list(v.shape[-len(ns):]) != ns:
        raise ValueError(f"{op}: normalized_shape {ns} does not match input shape {v.shape}")
    axes = tuple(range(v.ndim - len(ns), v.ndim))
    return _affine(op, v, axes, eps, weight, bias, ns)


def group_norm(x: F32, num_groups: int, weight: F32 | None = None, bias: F32 | None = None,
               eps: float = 1e-5) -> F32:
    """`aten::group_norm(x, G, w, b, eps)`: statistics over (C/G, *spatial)."""
    op = "aten.group_norm"
    v = _x(op, x, "input")
    g = check_int(op, "num_groups", num_groups)
    if v.ndim < 2 or g <= 0 or v.shape[1] % g:
        raise ValueError(f"{op}: expected num_groups dividing channels, got {g} for {v.shape}")
    n, c = v.shape[:2]
    grouped = v.reshape(n, g, -1)
    y = _affine(op, grouped, (2,), eps, None, None, [])
    y = y.reshape(v.shape)
    shape = [1, c] + [1] * (v.ndim - 2)
    if weight is not None:
        y = y * _x(op, weight, "weight").reshape(shape)
    if bias is not None:
        y = y + _x(op, bias, "bias").reshape(shape)
    return y.astype(np.float32)


def instance_norm(x: F32, weight: F32 | None = None, bias: F32 | None = None,
                  running_mean: F32 | None = None, running_var: F32 | None = None,
                  use_input_stats: bool = True, momentum: float = 0.1,
                  eps: float = 1e-5) -> F32:
    """`aten::instance_norm`: per (sample, channel) statistics (`use_input_stats=True`), or the
    running statistics like batch norm in eval mode."""
    op = "aten.instance_norm"
    v = _x(op, x, "input")
    if v.ndim < 3:
        raise ValueError(f"{op}: input must be at least 3-d (N, C, *spatial), got {v.shape}")
    if not use_input_stats:
        return batch_norm(v, weight, bias, running_mean, running_var, False, momentum, eps)
    return group_norm(v, v.shape[1], weight, bias, eps)


def mean(x: F32, dim: Sequence[int] | int | None = None, keepdim: bool = False) -> F32:
    """`aten::mean` (exact: PyTorch's cascade-sum order, then `/ N`)."""
    v = _x("aten.mean", x)
    dims = None if dim is None else ([dim] if isinstance(dim, (int, np.integer)) else list(dim))
    return reduce_mean(v, dims, keepdim)


def sum(x: F32, dim: Sequence[int] | int | None = None, keepdim: bool = False) -> F32:
    """`aten::sum` (exact)."""
    v = _x("aten.sum", x)
    dims = None if dim is None else ([dim] if isinstance(dim, (int, np.integer)) else list(dim))
    return reduce_sum(v, dims, keepdim)


def _axis(op: str, d: object, nd: int, extra: int = 0) -> int:
    di = check_int(op, "dim", d)
    n = max(nd + extra, 1)
    if not -n <= di < n:
        raise ValueError(f"{op}: dim {di} is out of range [{-n}, {n - 1}]")
    return di % n
