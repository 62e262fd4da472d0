"""Seeded random model architectures for the differential suite (no torch needed here).

`generate(seed)` returns a `ModelSpec`: the Python source of one `nn.Module` subclass (a
sequence or a small DAG over the ops of the model zoo), how PyTorch quantizes it and which
inputs it takes. The same seed always gives the same source, shapes and quantization settings;
`harness.py` turns the spec into a PyTorch model (weights drawn with `torch.manual_seed(seed)`),
quantizes it and compares our finalize and runtime with PyTorch's.

Models are written as source text, not assembled from generic modules, so that TorchScript sees
what a user writes (module calls, functional calls, in-place ops, tensor methods, branches on
module attributes) and a failing seed can be read and rerun as plain Python
(`python -m tests.differential.run --seed 17 --models 1 --show`).

Families (the rank the model mostly works at): `1d` (N, C, L), `2d` (N, C, H, W), `3d`
(N, C, D, H, W) and `flat` (N, F). Every value's shape is tracked, so every generated model is
valid; sizes stay small (at most `MAX_NUMEL` elements per value: well below the 32768-element
grain at which PyTorch splits elementwise kernels across threads).

What is deliberately not generated, and why (measured with torch 2.13.0, fbgemm, this suite):
- static `upsample_nearest1d`, `upsample_linear1d`, `upsample_trilinear3d`: PyTorch 2.13 has no
  QuantizedCPU kernel for them ("Could not run 'aten::upsample_linear1d.out' with arguments from
  the 'QuantizedCPU' backend"), so PyTorch's finalized module cannot run; ours raises the same.
- per-channel weights for transposed convolutions: fbgemm rejects them at run time ("Per Channel
  Quantization is currently disabled for transposed conv", spec §6.6); under a per-channel
  qconfig they get a per-tensor qconfig of their own (`ModelSpec.per_tensor_modules`).
- conv_transpose3d: no prepack pattern in PyTorch (spec §2.2), it stays in float.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

#: Upper bound on the number of elements of any intermediate value.
MAX_NUMEL = 4096
#: Upper bound on a spatial size (upsampling and transposed convolutions grow them).
MAX_SIDE = 12

STATIC_QCONFIGS = ("fbgemm", "per_tensor", "minmax", "minmax_per_channel")
DYNAMIC_QCONFIGS = ("dynamic", "dynamic_per_channel", "fp16")
PER_CHANNEL_QCONFIGS = ("fbgemm", "minmax_per_channel")

Shape = tuple[int, ...]


@dataclass(frozen=True)
class ModelSpec:
    """One generated model: its source, how it is quantized and called."""

    seed: int
    mode: str  # "static" | "dynamic" (fp16 is dynamic with the "fp16" qconfig)
    qconfig: str
    class_name: str
    source: str
    input_shapes: tuple[Shape, ...]
    #: What the model exercises (generator tags: op and call style), sorted.
    ops: tuple[str, ...]
    #: Submodules quantized with per-tensor weights under a per-channel qconfig.
    per_tensor_modules: tuple[str, ...] = ()
    #: `import_module(methods=...)`: "reachable" when a ConvTranspose's dead `forward` would need it.
    methods: str = "all"
    #: Standard deviation of the calibration inputs (test inputs go beyond it).
    calibration_std: float = 1.0
    #: The same model with every nearest `F.interpolate` / `nn.Upsample` written as the direct
    #: `torch._C._nn.upsample_nearest{2,3}d` call it makes (no `if` on the input's rank), for
    #: models whose PyTorch-finalized module fails (spec §1.5); None when there is none.
    twin_source: str | None = None

    #: Suffix of the Python module the source is loaded as ("_twin" for the §1.5 twin).
    variant: str = ""

    @property
    def module_name(self) -> str:
        return f"differential_seed_{self.seed}{self.variant}"

    @property
    def filename(self) -> str:
        return f"<differential seed {self.seed}{self.variant}>"

    @property
    def family(self) -> str:
        return {2: "flat", 3: "1d", 4: "2d", 5: "3d"}[len(self.input_shapes[0])]


@dataclass
class _Value:
    name: str
    shape: Shape
    #: Does prepare_jit observe it? Not the raw inputs, nor ops that only pass their input's
    #: quantization through (relu, max pool, scalar add/mul, reshapes) applied to those.
    observed: bool = True

    @property
    def rank(self) -> int:
        return len(self.shape)

    @property
    def spatial(self) -> Shape:
        return self.shape[2:]


def _numel(shape: Shape) -> int:
    return math.prod(shape)


def _fmt(values: list[int] | tuple[int, ...]) -> str:
    """An int when all entries agree (PyTorch expands it), else a tuple."""
    return str(values[0]) if len(set(values)) == 1 else str(tuple(values))


def _conv_out(n: int, k: int, s: int, p: int, d: int) -> int:
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def _pool_out(n: int, k: int, s: int, p: int, d: int, ceil: bool) -> int:
    """ATen's `pooling_output_shape`."""
    out = (n + 2 * p - d * (k - 1) - 1 + (s - 1 if ceil else 0)) // s + 1
    if ceil and (out - 1) * s >= n + p:  # the last window must start inside the input
        out -= 1
    return out


def _divisors(n: int) -> list[int]:
    return [d for d in range(1, n + 1) if n % d == 0]


@dataclass
class _Builder:
    seed: int
    rng: random.Random
    mode: str
    init: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    ops: set[str] = field(default_factory=set)
    pool: list[_Value] = field(default_factory=list)
    per_tensor_modules: list[str] = field(default_factory=list)
    attrs: list[str] = field(default_factory=list)
    #: Body lines -> the twin model's line (nearest upsampling as the direct aten call).
    twins: dict[str, str] = field(default_factory=dict)
    uses_typing: bool = False
    reachable: bool = False
    n_modules: int = 0
    n_values: int = 0

    # -- emission ------------------------------------------------------------------------------

    def module(self, prefix: str, constructor: str) -> str:
        name = f"{prefix}{self.n_modules}"
        self.n_modules += 1
        self.init.append(f"self.{name} = {constructor}")
        return name

    def emit(self, expr: str, shape: Shape, tag: str | None = None, pool: bool = True,
             observed: bool = True) -> _Value:
        value = _Value(f"v{self.n_values}", shape, observed)
        self.n_values += 1
        self.body.append(f"{value.name} = {expr}")
        if tag:
            self.ops.add(tag)
        if pool:
            self.pool.append(value)
        return value

    def consume(self, value: _Value) -> None:
        """`value` is overwritten in place: nothing may read it afterwards."""
        self.pool = [v for v in self.pool if v.name != value.name]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def choice(self, options: list[str] | tuple[str, ...]) -> str:
        return self.rng.choice(list(options))


# -- convolutions and linear layers ------------------------------------------------------------------


def _conv_geometry(b: _Builder, spatial: Shape, keep: bool) -> tuple[list[int], int, int, int] | None:
    """(kernel per dim, stride, padding, dilation) giving outputs >= 1 (`keep`: same size)."""
    rank = len(spatial)
    for _ in range(30):
        if keep:
            k = b.rng.choice([1, 3, 3] + ([5] if rank == 1 else []))
            d = b.rng.choice([1, 1, 2]) if k > 1 else 1
            kernel, s, p = [k] * rank, 1, d * (k - 1) // 2
        else:
            k = b.rng.choice([1, 2, 3, 3] + ([4, 5] if rank == 1 else []))
            kernel = [k] * rank
            if rank == 2 and b.chance(0.2):
                kernel = [k, b.rng.choice([1, 2, 3])]
            s = b.rng.choice([1, 1, 2, 2, 3] if rank == 1 else [1, 1, 2])
            d = b.rng.choice([1, 1, 1, 2])
            p = b.rng.choice([0, 0, 1, 1, 2])
        outs = [_conv_out(n, kk, s, p, d) for n, kk in zip(spatial, kernel, strict=True)]
        if all(o >= 1 for o in outs) and (keep or all(o >= 2 or n < 2 for o, n in zip(outs, spatial, strict=True))):
            return kernel, s, p, d
    return None


def _groups(b: _Builder, cin: int, cout: int) -> int:
    common = [g for g in _divisors(cin) if cout % g == 0]
    return 1 if len(common) == 1 or b.chance(0.6) else b.rng.choice(common[1:])


def conv(b: _Builder, x: _Value, cout: int | None = None, keep: bool = False, relu: bool = False,
         bn: bool = False) -> _Value | None:
    dims = x.rank - 2
    if dims not in (1, 2, 3):
        return None
    geometry = _conv_geometry(b, x.spatial, keep)
    if geometry is None:
        return None
    kernel, s, p, d = geometry
    cin = x.shape[1]
    cout = cout or b.rng.randint(1, 8)
    groups = _groups(b, cin, cout)
    spatial = tuple(_conv_out(n, k, s, p, d) for n, k in zip(x.spatial, kernel, strict=True))
    shape = (x.shape[0], cout, *spatial)
    if _numel(shape) > MAX_NUMEL:
        return None
    args = [str(cin), str(cout), _fmt(kernel)]
    args += [f"stride={s}"] if s != 1 else []
    args += [f"padding={p}"] if p else []
    args += [f"dilation={d}"] if d != 1 else []
    args += [f"groups={groups}"] if groups != 1 else []
    args += ["bias=False"] if b.chance(0.2) else []
    name = b.module("conv", f"nn.Conv{dims}d({', '.join(args)})")
    b.ops.add(f"conv{dims}d")
    if groups != 1:
        b.ops.add("conv:groups")
    expr = f"self.{name}({x.name})"
    if bn:
        bn_name = b.module("bn", f"nn.BatchNorm{dims}d({cout})")
        expr = f"self.{bn_name}({expr})"
        b.ops.add("conv_bn_fold")
    if relu:
        expr = _relu_expr(b, expr, fresh=True)
    return b.emit(expr, shape)


def conv_transpose(b: _Builder, x: _Value) -> _Value | None:
    dims = x.rank - 2
    if dims not in (1, 2):  # no conv_transpose3d prepack pattern (module docstring)
        return None
    cin = x.shape[1]
    for _ in range(20):
        k = b.rng.choice([1, 2, 3])
        s = b.rng.choice([1, 2, 2])
        d = b.rng.choice([1, 1, 2])
        p = b.rng.choice([0, 0, 1])
        op = b.rng.randrange(max(s, d)) if b.chance(0.3) else 0
        spatial = tuple((n - 1) * s - 2 * p + d * (k - 1) + op + 1 for n in x.spatial)
        cout = b.rng.randint(1, 6)
        shape = (x.shape[0], cout, *spatial)
        if all(1 <= n <= MAX_SIDE for n in spatial) and _numel(shape) <= MAX_NUMEL:
            break
    else:
        return None
    groups = _groups(b, cin, cout)
    args = [str(cin), str(cout), str(k)]
    args += [f"stride={s}"] if s != 1 else []
    args += [f"padding={p}"] if p else []
    args += [f"output_padding={op}"] if op else []
    args += [f"groups={groups}"] if groups != 1 else []
    args += ["bias=False"] if b.chance(0.2) else []
    args += [f"dilation={d}"] if d != 1 else []
    name = b.module("convt", f"nn.ConvTranspose{dims}d({', '.join(args)})")
    b.per_tensor_modules.append(name)
    b.reachable = True
    b.ops.add(f"conv_transpose{dims}d")
    return b.emit(f"self.{name}({x.name})", shape)


def linear(b: _Builder, x: _Value, out: int | None = None, relu: bool = False) -> _Value | None:
    if x.rank not in (2, 3):
        return None
    fin = x.shape[-1]
    out = out or b.rng.randint(1, 12)
    shape = (*x.shape[:-1], out)
    if _numel(shape) > MAX_NUMEL:
        return None
    bias = "" if b.chance(0.8) else ", bias=False"
    name = b.module("fc", f"nn.Linear({fin}, {out}{bias})")
    b.ops.add("linear" if x.rank == 2 else "linear:rank3")
    # Not `F.linear(x, self.fc.weight, self.fc.bias)`: after another Linear module, PyTorch 2.13's
    # prepare_jit / prepare_dynamic_jit corrupt memory on it (segfault, or "Missing cases in
    # 'toPyObject'! Can't convert InvalidTag(33) to a Python object"; seed 38 of the first runs).
    expr = f"self.{name}({x.name})"
    if relu:
        expr = _relu_expr(b, expr, fresh=True)
    return b.emit(expr, shape)


# -- activations ---------------------------------------------------------------------------------


def _relu_expr(b: _Builder, expr: str, fresh: bool) -> str:
    """A relu applied to `expr` in one of the ways users write it (in place only on fresh values)."""
    styles = ["module", "functional", "torch", "method"] + (["inplace", "module_inplace"] if fresh else [])
    style = b.choice(styles)
    b.ops.add(f"relu:{style}")
    if style == "module":
        return f"self.{b.module('relu', 'nn.ReLU()')}({expr})"
    if style == "module_inplace":
        return f"self.{b.module('relu', 'nn.ReLU(inplace=True)')}({expr})"
    if style == "functional":
        return f"F.relu({expr})"
    if style == "inplace":
        return f"F.relu({expr}, inplace=True)"
    if style == "torch":
        return f"torch.relu({expr})"
    return f"({expr}).relu()"


INPUTS = ("x", "y")


def relu(b: _Builder, x: _Value) -> _Value:
    fresh = x.name not in INPUTS and b.chance(0.5)
    value = b.emit(_relu_expr(b, x.name, fresh=fresh), x.shape, observed=x.observed)
    if fresh:
        b.consume(x)
    return value


def _float(b: _Builder, low: float, high: float) -> float:
    return round(b.rng.uniform(low, high), 2)


def activation(b: _Builder, x: _Value) -> _Value:
    """One of the zoo's activations, module or functional."""
    kinds = ["hardswish", "elu", "clamp", "hardtanh", "relu6", "leaky_relu", "sigmoid", "hardsigmoid", "tanh"]
    kind = b.choice(kinds)
    b.ops.add(kind)
    module = b.chance(0.35)
    n = x.name
    if kind == "hardswish":
        expr = f"self.{b.module('act', 'nn.Hardswish()')}({n})" if module else f"F.hardswish({n})"
    elif kind == "elu":
        alpha = b.rng.choice([1.0, 0.5, 1.5])
        expr = f"self.{b.module('act', f'nn.ELU({alpha})')}({n})" if module else f"F.elu({n}, {alpha})"
    elif kind == "clamp":
        low, high = _float(b, -1.0, 0.0), _float(b, 0.2, 1.5)
        expr = f"torch.clamp({n}, {low}, {high})" if b.chance(0.5) else f"{n}.clamp({low}, {high})"
    elif kind == "hardtanh":
        low, high = _float(b, -1.5, -0.1), _float(b, 0.1, 1.5)
        ctor = f"nn.Hardtanh({low}, {high})"
        expr = f"self.{b.module('act', ctor)}({n})" if module else f"F.hardtanh({n}, {low}, {high})"
    elif kind == "relu6":
        expr = f"self.{b.module('act', 'nn.ReLU6()')}({n})" if module else f"F.relu6({n})"
    elif kind == "leaky_relu":
        slope = b.rng.choice([0.01, 0.1, 0.2])
        ctor = f"nn.LeakyReLU({slope})"
        expr = f"self.{b.module('act', ctor)}({n})" if module else f"F.leaky_relu({n}, {slope})"
    elif kind == "sigmoid":
        expr = f"self.{b.module('act', 'nn.Sigmoid()')}({n})" if module else f"torch.sigmoid({n})"
    elif kind == "hardsigmoid":
        expr = f"self.{b.module('act', 'nn.Hardsigmoid()')}({n})" if module else f"F.hardsigmoid({n})"
    else:
        expr = f"self.{b.module('act', 'nn.Tanh()')}({n})" if module else f"torch.tanh({n})"
    return b.emit(expr, x.shape, observed=_activation_observed(kind, x))


def _activation_observed(kind: str, x: _Value) -> bool:
    """Whether prepare_jit observes the activation's output (measured on torch 2.13, conv -> act
    and conv -> relu6 -> act): hardswish and elu observe their input and output whatever it is;
    relu6 is never quantized (a float op after a dequantize); the others run on whatever they
    get, observed only if their input is. (Seed 725: `relu6(v) + 0.5` entering an `if` on a
    module attribute is not observed, and prepare_jit refuses the model.)"""
    if kind in ("hardswish", "elu"):
        return True
    if kind == "relu6":
        return False
    return x.observed


# -- normalisation -------------------------------------------------------------------------------


def batch_norm(b: _Builder, x: _Value) -> _Value | None:
    dims = {2: 1, 3: 1, 4: 2, 5: 3}[x.rank]
    if x.rank == 2 and x.shape[0] < 1:
        return None
    name = b.module("bn", f"nn.BatchNorm{dims}d({x.shape[1]})")
    b.ops.add(f"batch_norm{dims}d" if x.rank > 2 else "batch_norm1d:flat")
    expr = f"self.{name}({x.name})"
    if b.chance(0.4):
        expr = _relu_expr(b, expr, fresh=True)
        b.ops.add("batch_norm_relu")
    return b.emit(expr, x.shape)


def norm(b: _Builder, x: _Value) -> _Value | None:
    kinds = ["layer_norm"] + (["group_norm"] if x.rank >= 3 else [])
    if x.rank >= 3 and _numel(x.spatial) > 1:
        kinds.append("instance_norm")
    kind = b.choice(kinds)
    b.ops.add(kind)
    affine = b.chance(0.7)
    if kind == "layer_norm":
        k = b.rng.randint(1, x.rank - 1)
        shape = list(x.shape[x.rank - k:])
        extra = "" if affine else ", elementwise_affine=False"
        eps = "" if b.chance(0.7) else ", eps=0.001"
        name = b.module("norm", f"nn.LayerNorm({shape}{extra}{eps})")
    elif kind == "group_norm":
        groups = b.rng.choice(_divisors(x.shape[1]))
        extra = "" if affine else ", affine=False"
        name = b.module("norm", f"nn.GroupNorm({groups}, {x.shape[1]}{extra})")
    else:
        extra = ", affine=True" if affine else ""
        name = b.module("norm", f"nn.InstanceNorm{x.rank - 2}d({x.shape[1]}{extra})")
    return b.emit(f"self.{name}({x.name})", x.shape)


# -- pooling and resampling ----------------------------------------------------------------------


def pool(b: _Builder, x: _Value) -> _Value | None:
    dims = x.rank - 2
    if dims not in (1, 2, 3):
        return None
    kind = b.choice(["max", "avg", "adaptive"])
    n = x.name
    if kind == "adaptive":
        size = [b.rng.randint(1, s) for s in x.spatial]
        b.ops.add(f"adaptive_avg_pool{dims}d")
        if b.chance(0.5):
            expr = f"self.{b.module('pool', f'nn.AdaptiveAvgPool{dims}d({_fmt(size)})')}({n})"
        else:
            expr = f"F.adaptive_avg_pool{dims}d({n}, {_fmt(size)})"
        return b.emit(expr, (*x.shape[:2], *size), observed=x.observed)
    for _ in range(20):
        k = b.rng.choice([2, 2, 3])
        s = b.rng.choice([k, 1, 2])
        p = b.rng.choice([0, 0, 1]) if k >= 2 else 0
        d = b.rng.choice([1, 1, 2]) if kind == "max" else 1
        if p > (d * (k - 1) + 1) // 2:
            continue
        if kind == "avg" and dims == 3 and min(x.spatial) < k:  # avg_pool3d: input >= kernel
            continue
        ceil = b.chance(0.25)
        spatial = tuple(_pool_out(n_, k, s, p, d, ceil) for n_ in x.spatial)
        if all(o >= 1 for o in spatial):
            break
    else:
        return None
    args = [str(k)] + ([f"stride={s}"] if s != k else []) + ([f"padding={p}"] if p else [])
    if kind == "max":
        args += [f"dilation={d}"] if d != 1 else []
        args += ["ceil_mode=True"] if ceil else []
        b.ops.add(f"max_pool{dims}d")
        ctor, fn = f"nn.MaxPool{dims}d", f"F.max_pool{dims}d"
    else:
        args += ["ceil_mode=True"] if ceil else []
        if b.chance(0.3):
            args.append("count_include_pad=False")
        if dims > 1 and b.chance(0.15):
            args.append(f"divisor_override={b.rng.randint(1, 5)}")
            b.ops.add("avg_pool:divisor_override")
        b.ops.add(f"avg_pool{dims}d")
        ctor, fn = f"nn.AvgPool{dims}d", f"F.avg_pool{dims}d"
    joined = ", ".join(args)
    if b.chance(0.5):
        expr = f"self.{b.module('pool', f'{ctor}({joined})')}({n})"
    else:
        expr = f"{fn}({n}, {joined})"
    return b.emit(expr, (*x.shape[:2], *spatial), observed=x.observed)


def upsample(b: _Builder, x: _Value) -> _Value | None:
    dims = x.rank - 2
    modes = {2: ["bilinear", "bilinear", "nearest"], 3: ["nearest"]}.get(dims)
    if modes is None:  # rank 3: see the module docstring (no quantized nearest1d / linear1d)
        return None
    mode = b.choice(modes)
    if b.chance(0.5):
        factor = b.rng.choice([2.0, 1.5, 2.5])
        spatial = tuple(math.floor(n * factor) for n in x.spatial)
        how = f"scale_factor={factor}"
        direct = f"None, {[factor] * dims}"  # F.interpolate's `.vec` call: (output_size, scale_factors)
    else:
        spatial = tuple(b.rng.randint(max(1, n - 2), n + 4) for n in x.spatial)
        how = f"size={list(spatial)}"
        direct = f"{list(spatial)}, None"
    shape = (*x.shape[:2], *spatial)
    if any(n > MAX_SIDE for n in spatial) or _numel(shape) > MAX_NUMEL:
        return None
    align = ""
    if mode == "bilinear" and b.chance(0.5):
        align = f", align_corners={b.choice(['True', 'False'])}"
    b.ops.add(f"upsample_{mode}{dims}d")
    if b.chance(0.5):
        expr = f"self.{b.module('up', f'nn.Upsample({how}, mode={mode!r}{align})')}({x.name})"
    else:
        expr = f"F.interpolate({x.name}, {how}, mode={mode!r}{align})"
    value = b.emit(expr, shape, observed=x.observed)
    if mode == "nearest":  # spec §1.5: PyTorch's finalized module will fail; the twin will not
        b.twins[b.body[-1]] = f"{value.name} = torch._C._nn.upsample_nearest{dims}d({x.name}, {direct})"
    return value


# -- arithmetic ----------------------------------------------------------------------------------


def scalar(b: _Builder, x: _Value) -> _Value:
    op = b.choice(["add", "mul"])
    value = b.rng.choice([0.5, -0.25, 0.75, 1.5, -1.0] if op == "add" else [2.0, 0.5, -0.5, 1.5, -2.0, 0.25])
    b.ops.add(f"{op}_scalar")
    symbol = "+" if op == "add" else "*"
    if x.name not in INPUTS and b.chance(0.15):  # in place: `add_scalar_out` / `mul_scalar_out`
        b.ops.add(f"{op}_scalar:inplace")
        b.body.append(f"{x.name} {symbol}= {value}")
        result = x
    else:
        result = b.emit(f"{x.name} {symbol} {value}", x.shape, observed=x.observed)
    if b.chance(0.4):
        b.ops.add(f"{op}_scalar_relu")
        return relu(b, result)
    return result


def _attr_branch(b: _Builder, x: _Value) -> _Value | None:
    """`y = op(x); if self.flag: y = relu(y)` on a module attribute (zoo.ScalarOp): PyTorch
    fuses before freezing resolves the branch, we fuse again after (test_zoo_finalize.py's
    documented difference)."""
    kind = b.choice(["conv", "linear", "add_scalar", "mul_scalar"] if x.rank > 2 else ["linear", "add_scalar"])
    if kind == "conv":
        y = conv(b, x)
    elif kind == "linear":
        y = linear(b, x) if x.rank <= 3 else None
    else:
        value = b.rng.choice([0.5, -0.25, 1.5]) if kind == "add_scalar" else b.rng.choice([2.0, -0.5, 0.25])
        y = b.emit(f"{x.name} {'+' if kind == 'add_scalar' else '*'} {value}", x.shape, tag=kind,
                   observed=x.observed)
    # PyTorch: "branches for `if` should return values that are observed consistently" when the
    # value entering the branch is not observed (e.g. `x + 0.5` on the raw input)
    if y is None or not y.observed:
        return None
    flag = f"use_relu{len(b.attrs)}"
    b.attrs.append(f"self.{flag} = {b.choice(['True', 'True', 'False'])}")
    b.ops.add(f"branch:module_attribute:{kind}")
    b.body.append(f"if self.{flag}:")
    b.body.append(f"    {y.name} = F.relu({y.name})")
    return y


def _producer(b: _Builder, x: _Value, keep_channels: bool, keep: bool = True) -> _Value | None:
    """A new value computed from `x` with the same spatial size (and channels, if asked)."""
    if x.rank == 2:
        return linear(b, x, out=x.shape[1] if keep_channels else None, relu=b.chance(0.3))
    options = ["conv", "conv"] + (["act", "bn"] if keep_channels else [])
    kind = b.choice(options)
    if kind == "conv":
        return conv(b, x, cout=x.shape[1] if keep_channels else None, keep=keep, relu=b.chance(0.3))
    if kind == "bn":
        return batch_norm(b, x)
    return activation(b, x)


def binary(b: _Builder, x: _Value) -> _Value | None:
    """add / add+relu / mul / mul+relu / cat of `x` (or a branch of it) with another value."""
    kind = b.choice(["add", "add", "mul", "cat", "cat"] + (["se"] if x.rank >= 3 else []))
    if kind == "se":
        return _squeeze_excite(b, x)
    if kind == "cat":
        return _cat(b, x)
    same = [v for v in b.pool if v.shape == x.shape and v.name != x.name]
    if same and b.chance(0.4):
        other = b.rng.choice(same)
        b.ops.add("dag:skip")
    else:
        other_or_none = _producer(b, x, keep_channels=True)
        if other_or_none is None:
            return None
        other = other_or_none
    left, right = (x, other) if b.chance(0.5) else (other, x)
    relu_after = b.chance(0.4)
    if kind == "add":
        style = b.choice(["op", "op", "torch", "inplace"])
        if style == "inplace" and other.name not in (v.name for v in same):
            # `other += x`: other is a fresh branch value nothing else reads
            b.ops.add("add:inplace")
            b.consume(other)
            b.body.append(f"{other.name} += {x.name}")
            result = other
        elif style == "torch":
            result = b.emit(f"torch.add({left.name}, {right.name})", x.shape)
        else:
            result = b.emit(f"{left.name} + {right.name}", x.shape)
        b.ops.add("add_relu" if relu_after else "add")
    else:
        expr = f"torch.mul({left.name}, {right.name})" if b.chance(0.3) else f"{left.name} * {right.name}"
        result = b.emit(expr, x.shape)
        b.ops.add("mul_relu" if relu_after else "mul")
    return relu(b, result) if relu_after else result


def _squeeze_excite(b: _Builder, x: _Value) -> _Value | None:
    """x * gate(adaptive_avg_pool(x)): mul with broadcasting (a squeeze-excite block)."""
    dims = x.rank - 2
    ones = [1] * dims
    pooled = b.emit(f"F.adaptive_avg_pool{dims}d({x.name}, {_fmt(ones)})", (*x.shape[:2], *ones), pool=False)
    b.ops.add(f"adaptive_avg_pool{dims}d")
    squeezed = conv(b, pooled, cout=x.shape[1], keep=True, relu=False)
    if squeezed is None:
        return None
    gate = b.choice(["sigmoid", "hardsigmoid"])
    b.ops.add(gate)
    fn = "torch.sigmoid" if gate == "sigmoid" else "F.hardsigmoid"
    g = b.emit(f"{fn}({squeezed.name})", squeezed.shape, pool=False)
    b.ops.add("mul:broadcast")
    return b.emit(f"{x.name} * {g.name}", x.shape)


def _cat(b: _Builder, x: _Value) -> _Value | None:
    parts = [x]
    for _ in range(b.rng.choice([1, 1, 2])):
        channels_only = x.rank == 2 or b.chance(0.7)
        other = _producer(b, x, keep_channels=not channels_only)
        if other is None:
            return None
        parts.append(other)
    if all(p.shape == x.shape for p in parts) and b.chance(0.5):
        dim = b.rng.randint(1, x.rank - 1)
    else:
        dim = 1
    total = sum(p.shape[dim] for p in parts)
    shape = tuple(total if i == dim else n for i, n in enumerate(x.shape))
    if _numel(shape) > MAX_NUMEL:
        return None
    b.rng.shuffle(parts)
    shown = dim - x.rank if b.chance(0.3) else dim
    b.ops.add("cat")
    return b.emit(f"torch.cat([{', '.join(p.name for p in parts)}], {shown})", shape)


def flatten_head(b: _Builder, x: _Value) -> _Value | None:
    features = _numel(x.shape[1:])
    if features > 256:
        return None
    style = b.choice(["torch", "method", "reshape"])
    b.ops.add(f"flatten:{style}")
    if style == "torch":
        expr = f"torch.flatten({x.name}, 1)"
    elif style == "method":
        expr = f"{x.name}.flatten(1)"
    else:
        expr = f"{x.name}.reshape({x.name}.size(0), -1)"
    flat = b.emit(expr, (x.shape[0], features), observed=x.observed)
    return linear(b, flat, relu=b.chance(0.3))


# -- whole models --------------------------------------------------------------------------------

Step = Callable[[_Builder, _Value], "_Value | None"]

STATIC_SPATIAL_STEPS: list[tuple[Step, int]] = [
    (lambda b, x: conv(b, x, relu=b.chance(0.4), bn=b.chance(0.2)), 6),
    (conv_transpose, 2),
    (relu, 2),
    (activation, 5),
    (batch_norm, 2),
    (norm, 2),
    (pool, 3),
    (upsample, 3),
    (scalar, 2),
    (binary, 5),
    (_attr_branch, 1),
    (lambda b, x: linear(b, x) if x.rank == 3 else None, 1),
]

STATIC_FLAT_STEPS: list[tuple[Step, int]] = [
    (lambda b, x: linear(b, x, relu=b.chance(0.4)), 5),
    (relu, 1),
    (activation, 3),
    (batch_norm, 1),
    (norm, 1),
    (scalar, 2),
    (binary, 4),
]

#: Dynamic quantization quantizes only linear layers; everything else runs in float. The float
#: ops are the ones whose PyTorch CPU kernels our runtime reproduces exactly (see harness.py).
DYNAMIC_STEPS: list[tuple[Step, int]] = [
    (lambda b, x: linear(b, x, relu=b.chance(0.3)), 6),
    (relu, 1),
    (lambda b, x: _dynamic_activation(b, x), 2),
    (lambda b, x: _dynamic_binary(b, x), 3),
]


def _dynamic_activation(b: _Builder, x: _Value) -> _Value:
    kind = b.choice(["clamp", "hardtanh", "relu6", "leaky_relu"])
    b.ops.add(f"float:{kind}")
    if kind == "clamp":
        return b.emit(f"torch.clamp({x.name}, {_float(b, -1.0, 0.0)}, {_float(b, 0.2, 1.5)})", x.shape)
    if kind == "hardtanh":
        return b.emit(f"F.hardtanh({x.name}, {_float(b, -1.5, -0.1)}, {_float(b, 0.1, 1.5)})", x.shape)
    if kind == "relu6":
        return b.emit(f"F.relu6({x.name})", x.shape)
    return b.emit(f"F.leaky_relu({x.name}, {b.rng.choice([0.01, 0.1, 0.2])})", x.shape)


def _dynamic_binary(b: _Builder, x: _Value) -> _Value | None:
    other = linear(b, x, out=x.shape[-1], relu=b.chance(0.3))
    if other is None:
        return None
    kind = b.choice(["add", "mul", "cat"])
    b.ops.add(f"float:{kind}")
    if kind == "cat":
        shape = (*x.shape[:-1], 2 * x.shape[-1])
        return b.emit(f"torch.cat([{x.name}, {other.name}], -1)", shape)
    symbol = "+" if kind == "add" else "*"
    return b.emit(f"{x.name} {symbol} {other.name}", x.shape)


def _pick(b: _Builder, steps: list[tuple[Step, int]]) -> Step:
    total = sum(w for _, w in steps)
    r = b.rng.uniform(0, total)
    for step, weight in steps:
        r -= weight
        if r <= 0:
            return step
    return steps[-1][0]


def _input_shape(b: _Builder, family: str) -> Shape:
    n = b.rng.randint(1, 3)
    c = b.rng.randint(1, 4)
    if family == "flat":
        return (n, b.rng.randint(2, 16))
    if family == "seq":
        return (n, b.rng.randint(1, 4), b.rng.randint(2, 12))
    if family == "1d":
        return (n, c, b.rng.randint(5, 16))
    if family == "2d":
        return (n, c, b.rng.randint(3, 9), b.rng.randint(3, 9))
    return (n, c, b.rng.randint(2, 5), b.rng.randint(2, 5), b.rng.randint(2, 5))


def _body(b: _Builder, x: _Value, steps: list[tuple[Step, int]], count: int) -> _Value:
    head = x
    done = 0
    attempts = 0
    while done < count and attempts < 5 * count:
        attempts += 1
        step = _pick(b, steps)
        mark = (len(b.body), len(b.init), set(b.ops), list(b.pool), b.n_modules, b.n_values, list(b.attrs),
                list(b.per_tensor_modules), b.reachable)
        result = step(b, head)
        if result is None:  # not applicable here: undo whatever the step emitted
            del b.body[mark[0]:]
            del b.init[mark[1]:]
            b.ops, b.pool, b.n_modules, b.n_values = mark[2], mark[3], mark[4], mark[5]
            b.attrs, b.per_tensor_modules, b.reachable = mark[6], mark[7], mark[8]
            continue
        head = result
        done += 1
    return head


def _static(b: _Builder) -> tuple[list[_Value], _Value]:
    family = b.choice(["1d", "2d", "2d", "2d", "3d", "flat"])
    x = _Value("x", _input_shape(b, family), observed=False)
    inputs = [x]
    b.pool.append(x)
    head: _Value | None = None
    if family != "flat" and b.chance(0.12):  # two inputs, combined early
        y = _Value("y", x.shape, observed=False)
        inputs.append(y)
        first = conv(b, x, keep=True, relu=b.chance(0.3))
        second = conv(b, y, cout=first.shape[1], keep=True) if first is not None else None
        if first is not None and second is not None:
            kind = b.choice(["add", "mul", "cat"])
            b.ops.add(f"{kind}:two_inputs")
            if kind == "cat":
                head = b.emit(f"torch.cat([{first.name}, {second.name}], 1)",
                              (x.shape[0], 2 * first.shape[1], *first.spatial))
            else:
                head = b.emit(f"{first.name} {'+' if kind == 'add' else '*'} {second.name}", first.shape)
        else:
            head = b.emit(f"{x.name} + {y.name}", x.shape)
            b.ops.add("add:two_inputs")
    if head is None:
        head = _first_op(b, x)
    steps = STATIC_FLAT_STEPS if head.rank == 2 else STATIC_SPATIAL_STEPS
    head = _body(b, head, steps, b.rng.randint(2, 6))
    if head.rank > 2 and b.chance(0.4):
        flat = flatten_head(b, head)
        if flat is not None:
            head = flat
            if b.chance(0.3):
                head = _body(b, head, STATIC_FLAT_STEPS, 1)
    return inputs, head


def _first_op(b: _Builder, x: _Value) -> _Value:
    """The op reading the raw input must make prepare_jit observe (and so quantize) it: after
    ops that only pass quantization through (relu, pools, upsampling, scalar add/mul) the model
    would run them in float, and our float avg pools and bilinear upsampling are only within
    float32 rounding of PyTorch's vectorized kernels (runtime/float_pool.py; measured on the
    first runs: 1-ulp differences, seeds 1003 and 1013)."""
    kind = b.choice(["weighted"] * 8 + ["batch_norm", "norm", "hardswish", "elu"])
    value: _Value | None = None
    if kind == "weighted":
        value = conv(b, x, relu=b.chance(0.3)) if x.rank > 2 else linear(b, x)
    elif kind == "batch_norm":
        value = batch_norm(b, x)
    elif kind == "norm":
        value = norm(b, x)
    elif kind == "hardswish":
        value = b.emit(f"F.hardswish({x.name})", x.shape, tag="hardswish")
    else:
        value = b.emit(f"F.elu({x.name}, {b.rng.choice([1.0, 0.5])})", x.shape, tag="elu")
    return value or b.emit(f"F.hardswish({x.name})", x.shape, tag="hardswish")


def _dynamic(b: _Builder) -> tuple[list[_Value], _Value]:
    family = b.choice(["flat", "flat", "seq"])
    x = _Value("x", _input_shape(b, family))
    b.pool.append(x)
    head = linear(b, x, relu=b.chance(0.3)) or x
    head = _body(b, head, DYNAMIC_STEPS, b.rng.randint(1, 4))
    return [x], head


def generate(seed: int) -> ModelSpec:
    rng = random.Random(f"xdsl-quant differential {seed}")
    roll = rng.random()
    if roll < 0.72:
        mode, qconfig = "static", rng.choice(STATIC_QCONFIGS)
    else:
        mode, qconfig = "dynamic", rng.choice(DYNAMIC_QCONFIGS)
    b = _Builder(seed, rng, mode)
    inputs, head = _static(b) if mode == "static" else _dynamic(b)
    outputs = [head]
    extra = [v for v in b.pool if v.name not in ("x", "y", head.name)]
    if extra and b.chance(0.15):  # a second output read from the middle of the model
        outputs.append(b.rng.choice(extra))
        b.ops.add("outputs:tuple")
        b.uses_typing = True
    if qconfig not in PER_CHANNEL_QCONFIGS:
        b.per_tensor_modules.clear()
    b.ops.add(f"family:{len(inputs[0].shape)}d-input" if mode == "dynamic" else f"rank{inputs[0].rank}")
    class_name = f"Gen{seed}"
    twin = _source(class_name, b, inputs, outputs, b.twins) if b.twins else None
    return ModelSpec(
        seed=seed,
        mode=mode,
        qconfig=qconfig,
        class_name=class_name,
        source=_source(class_name, b, inputs, outputs),
        input_shapes=tuple(v.shape for v in inputs),
        ops=tuple(sorted(b.ops)),
        per_tensor_modules=tuple(b.per_tensor_modules),
        methods="reachable" if b.reachable else "all",
        calibration_std=rng.choice([0.5, 1.0, 2.0]),
        twin_source=twin,
    )


def _source(class_name: str, b: _Builder, inputs: list[_Value], outputs: list[_Value],
            replace: dict[str, str] | None = None) -> str:
    params = ", ".join(f"{v.name}: torch.Tensor" for v in inputs)
    if len(outputs) == 1:
        returns, result = "torch.Tensor", outputs[0].name
    else:
        returns = f"Tuple[{', '.join('torch.Tensor' for _ in outputs)}]"
        result = ", ".join(v.name for v in outputs)
    init = b.attrs + b.init
    lines = [
        "from typing import Tuple",
        "",
        "import torch",
        "import torch.nn.functional as F",
        "from torch import nn",
        "",
        "",
        f"class {class_name}(nn.Module):",
        "    def __init__(self) -> None:",
        "        super().__init__()",
        *(f"        {line}" for line in init),
        "",
        f"    def forward(self, {params}) -> {returns}:",
        *(f"        {(replace or {}).get(line, line)}" for line in b.body),
        f"        return {result}",
    ]
    if not b.uses_typing:
        lines = lines[2:]
    return "\n".join(lines) + "\n"
