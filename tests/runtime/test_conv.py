"""quantized::conv{1,2,3}d(_relu) and conv_transpose{1,2}d vs PyTorch goldens (values, qparams
and the channels-last output layout), plus live differential tests (marked torch)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from rt_check import assert_same_q, torch_or_skip
from rt_goldens import load

from xdsl_quant.runtime import conv as conv_module
from xdsl_quant.runtime.conv import (
    qconv,
    quantized_conv,
    quantized_conv2d,
    quantized_conv_transpose2d,
)
from xdsl_quant.runtime.packed import (
    PackedConvParams,
    conv2d_prepack,
    conv_prepack,
    conv_transpose_prepack,
)
from xdsl_quant.runtime.qtensor import QTensor

_, CASES = load("conv")


def ids(v: object) -> str:
    return v if isinstance(v, str) else ""


def _prepack(c: dict[str, Any]) -> PackedConvParams:
    dims = int(c["dims"])
    if c["transpose"]:
        return conv_transpose_prepack(c["weight"], c["bias"], c["stride"], c["padding"],
                                      c["output_padding"], c["dilation"], int(c["groups"]),
                                      dims=dims)
    return conv_prepack(c["weight"], c["bias"], c["stride"], c["padding"], c["dilation"],
                        int(c["groups"]), dims=dims)


#: Output positions per im2col piece: the default (~2 MB of columns: these cases are one
#: piece), one position (a piece per output row), 5 (several images per piece, or rows);
#: "centred": the default pieces, with the GEMM always on `a - 128` plus corrections (the
#: path taken when `a - z_a` cannot be proved exact).
PIECES = [None, 1, 5, "centred"]


@pytest.fixture(params=PIECES, ids=lambda p: f"pieces{p or ''}")
def pieces(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Force the convolution to run in pieces of `param` output positions (or centred)."""
    if request.param == "centred":
        monkeypatch.setattr(conv_module, "zero_point_is_exact", lambda *_: False)
    elif request.param is not None:
        monkeypatch.setattr(conv_module, "_PIECE_BYTES", 0)
        monkeypatch.setattr(conv_module, "_MIN_PIECE_POSITIONS", request.param)


@pytest.mark.parametrize(("name", "c"), CASES, ids=ids)
@pytest.mark.usefixtures("pieces")
def test_conv_golden(name: str, c: dict[str, Any]) -> None:
    got = quantized_conv(c["x"], _prepack(c), c["scale"], c["zero_point"], dims=int(c["dims"]),
                         relu=bool(c["relu"]))
    assert_same_q(got, c["out"], name, layout=True)


def _x(shape: tuple[int, ...], dtype: str = "quint8") -> QTensor:
    return QTensor(np.zeros(shape, np.uint8 if dtype == "quint8" else np.int8), 0.1, 0, dtype)


def test_conv_errors() -> None:
    w = QTensor(np.ones((4, 2, 3, 3), np.int8), 0.1, 0, "qint8")
    packed = conv2d_prepack(w, None, [1, 1], [0, 0], [1, 1], 1)
    with pytest.raises(ValueError, match="input must be quint8, got qint8"):
        quantized_conv2d(_x((1, 2, 5, 5), "qint8"), packed, 0.1, 0)
    with pytest.raises(ValueError, match="input must be 4-dimensional"):
        quantized_conv2d(_x((2, 5, 5)), packed, 0.1, 0)
    with pytest.raises(ValueError, match="input has 3 channels but the packed weight expects 2"):
        quantized_conv2d(_x((1, 3, 5, 5)), packed, 0.1, 0)
    with pytest.raises(ValueError, match="output size"):
        quantized_conv2d(_x((1, 2, 2, 2)), packed, 0.1, 0)
    with pytest.raises(ValueError, match="prepacked for a 2-d convolution"):
        quantized_conv(_x((1, 2, 5)), packed, 0.1, 0, dims=1)
    with pytest.raises(ValueError, match="padding must be a list of 2 ints"):
        conv2d_prepack(w, None, [1, 1], [0], [1, 1], 1)
    with pytest.raises(ValueError, match="divisible by groups"):
        conv2d_prepack(w, None, [1, 1], [0, 0], [1, 1], 3)
    with pytest.raises(ValueError, match="bias should have 4 elements"):
        conv2d_prepack(w, np.zeros(3, np.float32), [1, 1], [0, 0], [1, 1], 1)
    wpc = QTensor(np.ones((4, 2, 3, 3), np.int8), np.ones(4), np.zeros(4, np.int64), "qint8", 0)
    with pytest.raises(ValueError, match="Per Channel Quantization is currently disabled"):
        conv_transpose_prepack(wpc, None, [1, 1], [0, 0], [0, 0], [1, 1], 1, dims=2)


@pytest.mark.torch
@pytest.mark.usefixtures("pieces")
def test_live_conv_random() -> None:
    torch = torch_or_skip()
    from rt_torch import from_storage, from_storage_pc, to_q

    rng = np.random.default_rng(77)
    for trial in range(60):
        dims = 1 + trial % 3
        g = int(rng.choice([1, 2, 4]))
        cin, cout = g * int(rng.integers(1, 5)), g * int(rng.integers(1, 4))
        k = [int(v) for v in rng.integers(1, 4, dims)]
        st = [int(v) for v in rng.integers(1, 3, dims)]
        pad = [int(v) for v in rng.integers(0, 3, dims)]
        dil = [int(v) for v in rng.integers(1, 3, dims)]
        size = [int(rng.integers(max(1, kk * d - 2 * p), kk * d + 7))
                for kk, d, p in zip(k, dil, pad)]
        bits = 7 if trial % 2 else 8
        wmax = 127 if bits == 7 else 64
        a = rng.integers(0, 2**bits, [int(rng.integers(1, 3)), cin, *size]).astype(np.uint8)
        qa = from_storage(a, float(rng.uniform(0.005, 0.05)), int(rng.integers(0, 2**bits)))
        wv = rng.integers(-wmax, wmax + 1, [cout, cin // g, *k]).astype(np.int8)
        if trial % 2:
            qw = from_storage_pc(wv, np.exp(rng.uniform(-8, -3, cout)),
                                 rng.integers(-2, 3, cout), 0)
        else:
            qw = from_storage(wv, float(np.exp(rng.uniform(-8, -3))), int(rng.integers(-2, 3)))
        b = rng.standard_normal(cout).astype(np.float32) if trial % 3 else None
        s_o, z_o, relu = float(rng.uniform(0.01, 1)), int(rng.integers(0, 256)), trial % 4 == 0
        prep = getattr(torch.ops.quantized, f"conv{dims}d_prepack")
        p = prep(qw, None if b is None else torch.from_numpy(b), st, pad, dil, g)
        ref = getattr(torch.ops.quantized, f"conv{dims}d{'_relu' if relu else ''}")(
            qa, p, s_o, z_o)
        ours = conv_prepack(to_q(qw), b, st, pad, dil, g, dims=dims)
        got = quantized_conv(to_q(qa), ours, s_o, z_o, dims=dims, relu=relu)
        assert_same_q(got, to_q(ref), f"conv trial {trial}", layout=True)


@pytest.mark.usefixtures("pieces")
def test_live_conv_overflowing_requantization() -> None:
    """Outputs past 2^31 (a tiny output scale, a huge or NaN bias) take fbgemm's INT32_MIN
    path in every piece - the overflow scan must not be skipped there."""
    torch = torch_or_skip()
    from rt_torch import from_storage, to_q

    rng = np.random.default_rng(5)
    a = rng.integers(0, 128, (2, 4, 6, 5)).astype(np.uint8)
    qa = from_storage(a, 0.05, 3)
    qw = from_storage(rng.integers(-127, 128, (3, 4, 3, 3)).astype(np.int8), 0.02, 0)
    for s_o, bias in [(1e-9, [0.0, 1.0, -1.0]), (0.1, [2e9, np.nan, 0.0])]:
        b = np.array(bias, np.float32)
        p = torch.ops.quantized.conv2d_prepack(qw, torch.from_numpy(b), [1, 1], [1, 1],
                                               [1, 1], 1)
        ref = to_q(torch.ops.quantized.conv2d(qa, p, s_o, 7))
        got = quantized_conv2d(to_q(qa), conv2d_prepack(to_q(qw), b, [1, 1], [1, 1], [1, 1], 1),
                               s_o, 7)
        assert_same_q(got, ref, f"conv overflow s_o={s_o}", layout=True)
        assert 0 in ref.values  # overflowed ...
        assert len(np.unique(ref.values)) > 1  # ... and not


@pytest.mark.parametrize("groups", [1, 2])
def test_conv_empty_batch(groups: int) -> None:
    """A batch of 0 gives an empty (0, C_out, *out) output, as in PyTorch (a (0, 4, 3, 3)
    quint8 tensor for this 5x5 input and 3x3 kernel); groups=2 is the depthwise path."""
    w = QTensor(np.ones((4, 2 // groups, 3, 3), np.int8), 0.1, 0, "qint8")
    packed = conv2d_prepack(w, None, [1, 1], [0, 0], [1, 1], groups)
    x = QTensor(np.zeros((0, 2, 5, 5), np.uint8), 0.1, 3, "quint8")
    got = quantized_conv2d(x, packed, 0.2, 7)
    assert got.shape == (0, 4, 3, 3)
    assert (got.scale, got.zero_point, got.dtype) == (0.2, 7, "quint8")
    assert qconv(x.values, 3, packed).shape == (0, 4, 3, 3)


def _naive_conv(a: np.ndarray, z_a: int, w: np.ndarray, z_w: int, stride: int, pad: int,
                dil: int, groups: int) -> np.ndarray:
    """Definition of the integer convolution (loops; small shapes only)."""
    n, _, h, wd = a.shape
    oc, cg, kh, kw = w.shape
    ap = np.pad(a.astype(np.int64) - z_a, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    ho = (h + 2 * pad - dil * (kh - 1) - 1) // stride + 1
    wo = (wd + 2 * pad - dil * (kw - 1) - 1) // stride + 1
    out = np.zeros((n, oc, ho, wo), np.int64)
    ocg = oc // groups
    for o in range(oc):
        g = o // ocg
        for i in range(ho):
            for j in range(wo):
                patch = ap[:, g * cg:(g + 1) * cg, i * stride:i * stride + dil * (kh - 1) + 1:dil,
                           j * stride:j * stride + dil * (kw - 1) + 1:dil]
                out[:, o, i, j] = (patch * (w[o].astype(np.int64) - z_w)).sum(axis=(1, 2, 3))
    return out


@pytest.mark.usefixtures("pieces")
def test_qconv_primitive_against_definition() -> None:
    rng = np.random.default_rng(8)
    for stride, pad, dil, groups in [(1, 1, 1, 1), (2, 0, 1, 2), (1, 2, 2, 3), (2, 1, 2, 6)]:
        a = rng.integers(0, 256, (2, 6, 7, 8)).astype(np.uint8)
        w = rng.integers(-128, 128, (6, 6 // groups, 3, 2)).astype(np.int8)
        packed = conv2d_prepack(QTensor(w, 0.1, 3, "qint8"), None, [stride] * 2, [pad] * 2,
                                [dil] * 2, groups)
        got = qconv(a, 200, packed)
        np.testing.assert_array_equal(got, _naive_conv(a, 200, w, 3, stride, pad, dil, groups))


def test_conv_transpose_wrapper_rejects_plain_conv_params() -> None:
    w = QTensor(np.ones((4, 2, 3, 3), np.int8), 0.1, 0, "qint8")
    packed = conv2d_prepack(w, None, [1, 1], [0, 0], [1, 1], 1)
    with pytest.raises(ValueError, match="come from a conv prepack"):
        quantized_conv_transpose2d(_x((1, 2, 5, 5)), packed, 0.1, 0)
