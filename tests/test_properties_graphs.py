"""Random quantized graphs in our IR, built programmatically, for the property tests.

`graphs()` is a hypothesis strategy of `Graph`s: a top-level `jit.module` in the form PyTorch's
`convert_jit(..., debug=True)` produces before finalize (statically quantized, as the zoo models
are): every layer's weights and output quantization parameters are module attributes, each
quantized layer computes in float between `aten.dequantize` and `aten.quantize_per_tensor`, and
value ops (relu, max_pool2d, flatten) run on quantized tensors. The layers are the pattern ops of
quant-fusion:

* conv2d and linear (+ relu / relu_), per-channel or per-tensor qint8 weights;
* add and mul of two quantized values (+ relu / relu_), whose second input is any earlier value
  of the same shape (a residual connection), or the value itself;
* hardswish (observed output qparams), sigmoid and tanh (fixed output qparams);
* avg_pool2d and adaptive_avg_pool2d (the output keeps the input's qparams, read with
  `aten.q_scale` / `aten.q_zero_point` / `prim.dtype`);
* relu, max_pool2d and flatten on the quantized tensor;
* with `scalar_ops=True`, also add_scalar and mul_scalar (`aten.add %x, 2.5`), which finalize
  replaces by kernels that choose their own output qparams (spec §4.6).

Shapes are static and small, weights and qparams random. `Graph.text` is the MLIR; `Graph.input`
draws an input; `Graph.output_scale` is the scale of the returned value's quantization, the
"one quantization step" of the finalize property.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

from xdsl_quant.parsing import parse_module

PROPERTY = settings(deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
"""What every property test uses: derandomized (the same examples on every run), no example
database, no deadline (examples compile models)."""


def budget(examples: int, shrink: bool = True) -> settings:
    """The shared property settings with `examples` examples.

    `shrink=False` for properties that compile models: shrinking a failure would take minutes; the
    failing example is reported as generated (and is the same on every run).
    """
    if shrink:
        return settings(PROPERTY, max_examples=examples)
    return settings(PROPERTY, max_examples=examples, phases=(Phase.explicit, Phase.generate))


_U8 = "!quant.any<u8:f32>"
_I8 = "!quant.any<i8:f32>"
_SELF = "!jit.module<@G>"

#: The layer kinds; `scalar` kinds only with `scalar_ops=True`.
IMAGE_LAYERS = ("conv2d", "add", "mul", "relu", "max_pool2d", "avg_pool2d", "adaptive_avg_pool2d",
                "hardswish", "sigmoid", "tanh", "flatten")
FLAT_LAYERS = ("linear", "add", "mul", "relu", "hardswish", "sigmoid", "tanh")
SCALAR_LAYERS = ("add_scalar", "mul_scalar")


def _shape(shape: tuple[int, ...]) -> str:
    return "x".join(str(d) for d in shape) + "x"


def _float(value: float) -> str:
    return repr(float(np.float32(value)))


def _dense(values: np.ndarray, element: str = "f32") -> str:
    flat = ", ".join(_float(v) if element == "f32" else str(int(v)) for v in values.ravel())
    return f"dense<[{flat}]> : tensor<{_shape(values.shape)}{element}>" if values.ndim == 1 else \
        f"dense<{_nested(values)}> : tensor<{_shape(values.shape)}{element}>"


def _nested(values: np.ndarray) -> str:
    if values.ndim == 0:
        return _float(float(values))
    return "[" + ", ".join(_nested(v) for v in values) + "]"


@dataclass
class Value:
    name: str
    shape: tuple[int, ...]
    scale: float
    zero_point: int


@dataclass
class Graph:
    """A generated model: its MLIR, the layers it has, and what a caller needs."""

    text: str
    layers: list[str]
    input_shape: tuple[int, ...]
    input_scale: float
    output_scale: float

    def input(self, seed: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        spread = self.input_scale * 160
        return (rng.standard_normal(self.input_shape) * spread / 3).astype(np.float32)

    def module(self):
        module = parse_module(self.text, "graph.mlir")
        module.verify()
        return module


@dataclass
class _Builder:
    lines: list[str] = field(default_factory=list)
    attrs: list[str] = field(default_factory=list)
    submodules: list[str] = field(default_factory=list)
    counter: int = 0

    def fresh(self, stem: str) -> str:
        self.counter += 1
        return f"%{stem}{self.counter}"

    def emit(self, text: str) -> None:
        self.lines.append("    " + text)

    def top_attr(self, name: str, literal: str) -> None:
        self.attrs.append(f'  jit.attr "{name}" = {literal}')

    def get(self, owner: str, owner_type: str, name: str, typ: str, stem: str) -> str:
        result = self.fresh(stem)
        self.emit(f'{result} = prim.GetAttr "{name}" {owner} : {owner_type} -> {typ}')
        return result

    def observed_quantize(self, value: str, shape: tuple[int, ...], scale: float, zero_point: int) -> Value:
        """`aten.quantize_per_tensor` with qparams held in module attributes (an observer's)."""
        index = self.counter + 1
        self.top_attr(f"v{index}_scale_0", f"{scale!r} : f64")
        self.top_attr(f"v{index}_zero_point_0", f"{zero_point} : i64")
        self.top_attr(f"v{index}_scalar_type_0", "13 : i64")
        s = self.get("%self", _SELF, f"v{index}_scale_0", "f64", "s")
        z = self.get("%self", _SELF, f"v{index}_zero_point_0", "i64", "z")
        d = self.get("%self", _SELF, f"v{index}_scalar_type_0", "i64", "d")
        return self._quantize(value, shape, s, z, d, scale, zero_point)

    def _quantize(self, value: str, shape: tuple[int, ...], s: str, z: str, d: str, scale: float,
                  zero_point: int) -> Value:
        q = self.fresh("q")
        self.emit(f"{q} = aten.quantize_per_tensor {value}, {s}, {z}, {d} : "
                  f"(tensor<{_shape(shape)}f32>, f64, i64, i64) -> tensor<{_shape(shape)}{_U8}>")
        return Value(q, shape, scale, zero_point)

    def dequantize(self, value: Value) -> str:
        result = self.fresh("dq")
        self.emit(f"{result} = aten.dequantize {value.name} : (tensor<{_shape(value.shape)}{_U8}>) -> "
                  f"tensor<{_shape(value.shape)}f32>")
        return result


# ---------------------------------------------------------------------------------------------
# Layers
# ---------------------------------------------------------------------------------------------


def _qparams(draw: st.DrawFn) -> tuple[float, int]:
    scale = draw(st.sampled_from([0.004, 0.01, 0.02, 0.05, 0.1, 0.25]) | st.floats(0.003, 0.3))
    return float(np.float32(scale)), draw(st.integers(0, 255))


def _weights(draw: st.DrawFn, b: _Builder, kind: str, shape: tuple[int, ...], rng: np.random.Generator) -> str:
    """A submodule with float weights, bias and qint8 weight qparams; returns the dequantized weight."""
    index = len(b.submodules)
    name = f"l{index}"
    sub_type = f"!jit.module<@G::@{name}>"
    out = shape[0]
    weight = rng.normal(0, 0.4, shape).astype(np.float32)
    bias = rng.normal(0, 0.2, (out,)).astype(np.float32)
    per_channel = draw(st.booleans())
    attrs = ['    jit.attr "training" = false',
             f'    jit.attr "weight" = {_dense(weight)}',
             f'    jit.attr "bias" : !prim.optional<tensor<{out}xf32>> = {_dense(bias)}']
    extent = np.abs(weight).reshape(out, -1).max(axis=1) + 1e-3
    if per_channel:
        scales = (extent / 127 * rng.uniform(0.9, 1.6, out)).astype(np.float32)
        attrs += [f'    jit.attr "weight.1_scale_0" = {_dense(scales)}',
                  f'    jit.attr "weight.1_zero_point_0" = dense<0> : tensor<{out}xi32>',
                  '    jit.attr "weight.1_axis_0" = 0 : i64']
    else:
        attrs += [f'    jit.attr "weight.1_scale_0" = {float(extent.max() / 127 * rng.uniform(0.9, 1.6))!r} : f64',
                  '    jit.attr "weight.1_zero_point_0" = 0 : i64']
    attrs.append('    jit.attr "weight.1_scalar_type_0" = 12 : i64')
    module_class = "conv.Conv2d" if kind == "conv2d" else "linear.Linear"
    b.submodules.append(f'  jit.module @{name} class "__torch__.torch.nn.modules.{module_class}" {{\n'
                        + "\n".join(attrs) + "\n  }")
    sub = b.get("%self", _SELF, name, sub_type, "m")
    w = b.get(sub, sub_type, "weight", f"tensor<{_shape(shape)}f32>", "w")
    wq = b.fresh("wq")
    if per_channel:
        ws = b.get(sub, sub_type, "weight.1_scale_0", f"tensor<{out}xf32>", "ws")
        wz = b.get(sub, sub_type, "weight.1_zero_point_0", f"tensor<{out}xi32>", "wz")
        wa = b.get(sub, sub_type, "weight.1_axis_0", "i64", "wa")
        wt = b.get(sub, sub_type, "weight.1_scalar_type_0", "i64", "wt")
        b.emit(f"{wq} = aten.quantize_per_channel {w}, {ws}, {wz}, {wa}, {wt} : (tensor<{_shape(shape)}f32>, "
               f"tensor<{out}xf32>, tensor<{out}xi32>, i64, i64) -> tensor<{_shape(shape)}{_I8}>")
    else:
        ws = b.get(sub, sub_type, "weight.1_scale_0", "f64", "ws")
        wz = b.get(sub, sub_type, "weight.1_zero_point_0", "i64", "wz")
        wt = b.get(sub, sub_type, "weight.1_scalar_type_0", "i64", "wt")
        b.emit(f"{wq} = aten.quantize_per_tensor {w}, {ws}, {wz}, {wt} : (tensor<{_shape(shape)}f32>, f64, i64, i64)"
               f" -> tensor<{_shape(shape)}{_I8}>")
    wd = b.fresh("wd")
    b.emit(f"{wd} = aten.dequantize {wq} : (tensor<{_shape(shape)}{_I8}>) -> tensor<{_shape(shape)}f32>")
    bias_value = b.get(sub, sub_type, "bias", f"!prim.optional<tensor<{out}xf32>>", "b")
    return f"{wd}, {bias_value}"


def _maybe_relu(draw: st.DrawFn, b: _Builder, value: str, shape: tuple[int, ...]) -> str:
    relu = draw(st.sampled_from([None, "relu", "relu_"]))
    if relu is None:
        return value
    result = b.fresh("r")
    b.emit(f"{result} = aten.{relu} {value} : (tensor<{_shape(shape)}f32>) -> tensor<{_shape(shape)}f32>")
    return result


def _conv2d(draw: st.DrawFn, b: _Builder, x: Value, rng: np.random.Generator) -> Value:
    n, c, h, w = x.shape
    out = draw(st.integers(1, 4))
    k = draw(st.sampled_from([1, 3])) if min(h, w) >= 3 else 1
    padding = draw(st.integers(0, 1)) if k == 3 else 0
    stride = draw(st.sampled_from([1, 1, 2]))
    oh, ow = (h + 2 * padding - k) // stride + 1, (w + 2 * padding - k) // stride + 1
    weight = _weights(draw, b, "conv2d", (out, c, k, k), rng)
    a = b.dequantize(x)
    r = b.fresh("c")
    shape = (n, out, oh, ow)
    b.emit(f"{r} = aten.conv2d {a}, {weight} stride [{stride}, {stride}] padding [{padding}, {padding}] "
           f"dilation [1, 1] groups 1 : (tensor<{_shape(x.shape)}f32>, tensor<{out}x{c}x{k}x{k}xf32>, "
           f"!prim.optional<tensor<{out}xf32>>) -> tensor<{_shape(shape)}f32>")
    r = _maybe_relu(draw, b, r, shape)
    return b.observed_quantize(r, shape, *_qparams(draw))


def _linear(draw: st.DrawFn, b: _Builder, x: Value, rng: np.random.Generator) -> Value:
    n, f = x.shape
    out = draw(st.integers(1, 8))
    weight = _weights(draw, b, "linear", (out, f), rng)
    a = b.dequantize(x)
    r = b.fresh("l")
    shape = (n, out)
    b.emit(f"{r} = aten.linear {a}, {weight} : (tensor<{_shape(x.shape)}f32>, tensor<{out}x{f}xf32>, "
           f"!prim.optional<tensor<{out}xf32>>) -> tensor<{_shape(shape)}f32>")
    r = _maybe_relu(draw, b, r, shape)
    return b.observed_quantize(r, shape, *_qparams(draw))


def _binary(draw: st.DrawFn, b: _Builder, x: Value, values: list[Value], op: str) -> Value:
    other = draw(st.sampled_from([v for v in values if v.shape == x.shape]))
    a, c = b.dequantize(x), b.dequantize(other)
    r = b.fresh(op)
    t = f"tensor<{_shape(x.shape)}f32>"
    alpha = " alpha 1" if op == "add" else ""
    b.emit(f"{r} = aten.{op} {a}, {c}{alpha} : ({t}, {t}) -> {t}")
    r = _maybe_relu(draw, b, r, x.shape)
    return b.observed_quantize(r, x.shape, *_qparams(draw))


def _input_qparams(b: _Builder, x: Value, result: str, shape: tuple[int, ...]) -> Value:
    """Requantize `result` with `x`'s own qparams (avg_pool, add_scalar before finalize)."""
    t = f"tensor<{_shape(x.shape)}{_U8}>"
    s, z, d = b.fresh("s"), b.fresh("z"), b.fresh("d")
    b.emit(f"{s} = aten.q_scale {x.name} : ({t}) -> f64")
    b.emit(f"{z} = aten.q_zero_point {x.name} : ({t}) -> i64")
    b.emit(f"{d} = prim.dtype {x.name} : {t}")
    return b._quantize(result, shape, s, z, d, x.scale, x.zero_point)


def _float_unary(b: _Builder, x: Value, op: str, props: str, shape: tuple[int, ...]) -> str:
    a = b.dequantize(x)
    r = b.fresh(op.replace("_", ""))
    b.emit(f"{r} = aten.{op} {a}{props} : (tensor<{_shape(x.shape)}f32>) -> tensor<{_shape(shape)}f32>")
    return r


def _fixed(b: _Builder, x: Value, op: str) -> Value:
    scale, zero_point = (0.00390625, 0) if op == "sigmoid" else (0.0078125, 128)
    r = _float_unary(b, x, op, "", x.shape)
    s, z, d = b.fresh("s"), b.fresh("z"), b.fresh("d")
    b.emit(f"{s} = prim.Constant {scale!r} : f64")
    b.emit(f"{z} = prim.Constant {zero_point} : i64")
    b.emit(f"{d} = prim.Constant 13 : i64")
    return b._quantize(r, x.shape, s, z, d, scale, zero_point)


def _on_quantized(b: _Builder, x: Value, op: str, props: str, shape: tuple[int, ...]) -> Value:
    r = b.fresh(op.replace("_", ""))
    b.emit(f"{r} = aten.{op} {x.name}{props} : (tensor<{_shape(x.shape)}{_U8}>) -> tensor<{_shape(shape)}{_U8}>")
    return Value(r, shape, x.scale, x.zero_point)


def _scalar(draw: st.DrawFn, b: _Builder, x: Value, op: str) -> Value:
    number = draw(st.sampled_from([0.5, 1.5, 2.5, -1.0, 3.0]))
    c = b.fresh("k")
    b.emit(f"{c} = prim.Constant {number!r} : f64")
    a = b.dequantize(x)
    r = b.fresh(op)
    t = f"tensor<{_shape(x.shape)}f32>"
    alpha = " alpha 1" if op == "add" else ""
    b.emit(f"{r} = aten.{op} {a}, {c}{alpha} : ({t}, f64) -> {t}")
    return _input_qparams(b, x, r, x.shape)


def _layer(draw: st.DrawFn, b: _Builder, kind: str, x: Value, values: list[Value],
           rng: np.random.Generator) -> Value:
    if kind == "conv2d":
        return _conv2d(draw, b, x, rng)
    if kind == "linear":
        return _linear(draw, b, x, rng)
    if kind in ("add", "mul"):
        return _binary(draw, b, x, values, kind)
    if kind in ("add_scalar", "mul_scalar"):
        return _scalar(draw, b, x, kind.split("_")[0])
    if kind == "relu":
        return _on_quantized(b, x, draw(st.sampled_from(["relu", "relu_"])), "", x.shape)
    if kind == "max_pool2d":
        n, c, h, w = x.shape
        return _on_quantized(b, x, "max_pool2d", " kernel_size [2, 2] stride [2, 2] padding [0, 0] dilation [1, 1]"
                             " ceil_mode false", (n, c, h // 2, w // 2))
    if kind == "flatten":
        n, *rest = x.shape
        return _on_quantized(b, x, "flatten", " start_dim 1 end_dim -1", (n, int(np.prod(rest))))
    if kind == "avg_pool2d":
        n, c, h, w = x.shape
        shape = (n, c, h // 2, w // 2)
        r = _float_unary(b, x, "avg_pool2d", " kernel_size [2, 2] stride [2, 2] padding [0, 0] ceil_mode false "
                         "count_include_pad true", shape)
        return _input_qparams(b, x, r, shape)
    if kind == "adaptive_avg_pool2d":
        n, c, h, w = x.shape
        size = draw(st.integers(1, min(h, w)))
        one = b.fresh("n")
        b.emit(f"{one} = prim.Constant {size} : i64")
        sizes = b.fresh("sz")
        b.emit(f"{sizes} = prim.ListConstruct {one}, {one} : (i64, i64) -> !prim.list<i64>")
        a = b.dequantize(x)
        r = b.fresh("ap")
        shape = (n, c, size, size)
        b.emit(f"{r} = aten.adaptive_avg_pool2d {a}, {sizes} : (tensor<{_shape(x.shape)}f32>, !prim.list<i64>) -> "
               f"tensor<{_shape(shape)}f32>")
        return _input_qparams(b, x, r, shape)
    if kind == "hardswish":
        r = _float_unary(b, x, "hardswish", "", x.shape)
        return b.observed_quantize(r, x.shape, *_qparams(draw))
    assert kind in ("sigmoid", "tanh"), kind
    return _fixed(b, x, kind)


def _allowed(kind: str, x: Value) -> bool:
    if kind in ("max_pool2d", "avg_pool2d"):
        return min(x.shape[2:]) >= 2
    return True


@st.composite
def graphs(draw: st.DrawFn, scalar_ops: bool = False, max_layers: int = 5) -> Graph:
    """A random statically quantized graph (see the module docstring)."""
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    b = _Builder()
    image = draw(st.booleans())
    n = draw(st.integers(1, 2))
    shape: tuple[int, ...] = (n, draw(st.integers(1, 3)), draw(st.integers(1, 6)), draw(st.integers(1, 6))) \
        if image else (n, draw(st.integers(1, 8)))
    scale, zero_point = _qparams(draw)
    b.top_attr("x_scale_0", f"{scale!r} : f64")
    b.top_attr("x_zero_point_0", f"{zero_point} : i64")
    b.top_attr("x_scalar_type_0", "13 : i64")
    s = b.get("%self", _SELF, "x_scale_0", "f64", "s")
    z = b.get("%self", _SELF, "x_zero_point_0", "i64", "z")
    d = b.get("%self", _SELF, "x_scalar_type_0", "i64", "d")
    x = b._quantize("%x", shape, s, z, d, scale, zero_point)
    values = [x]
    layers: list[str] = []
    for _ in range(draw(st.integers(1, max_layers))):
        kinds = IMAGE_LAYERS if len(x.shape) == 4 else FLAT_LAYERS
        if scalar_ops:
            kinds += SCALAR_LAYERS
        kind = draw(st.sampled_from([k for k in kinds if _allowed(k, x)]))
        x = _layer(draw, b, kind, x, values, rng)
        values.append(x)
        layers.append(kind)
    result = b.dequantize(x)
    b.emit(f"prim.Return {result} : tensor<{_shape(x.shape)}f32>")
    text = ('jit.module @G class "__torch__.G" {\n  jit.attr "training" = false\n' + "\n".join(b.attrs) + "\n"
            + "".join(s + "\n" for s in b.submodules)
            + f"  jit.method @forward(%self: {_SELF}, %x: tensor<{_shape(shape)}f32>) -> "
              f"tensor<{_shape(x.shape)}f32> {{\n" + "\n".join(b.lines) + "\n  }\n}\n")
    return Graph(text, layers, shape, scale, x.scale)


def test_generated_graphs_verify() -> None:
    """The generator's own check: every graph parses and verifies (so failures elsewhere are real)."""
    from hypothesis import given

    @budget(30)
    @given(graphs(scalar_ops=True))
    def check(graph: Graph) -> None:
        graph.module()

    check()
