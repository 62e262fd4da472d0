"""The pattern table against PyTorch's catalogue (spec §2.2-2.4), written here from the spec.

The lit tests (tests/filecheck/transforms) check what each pattern does to IR; this checks the
table itself: 7 + 80 + 3 patterns, unique names, PyTorch's order (the order matters: the
add_scalar/mul_scalar relu patterns match the output of the earlier scalar patterns), the
filters the spec lists, and that every op a pattern names is a registered op.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from xdsl.context import Context
from xdsl.dialects.builtin import Builtin, FloatAttr, IntegerAttr

from xdsl_quant.transforms.patterns.engine import CompiledPattern
from xdsl_quant.transforms.patterns.library import dynamic_patterns, prepack_patterns, static_patterns
from xdsl_quant.universe import ALL_DIALECTS

# Ops that only carry values into or out of a pattern (de/quantization, input qparams, unpacking,
# the clamp bounds' conversion, constants); what is left is the op(s) the pattern is about.
PLUMBING = frozenset({
    "aten.dequantize", "aten.dequantize.list", "aten.quantize_per_tensor", "aten.q_scale",
    "aten.q_zero_point", "prim.dtype", "prim.Constant", "aten.scalar_tensor", "aten.item",
    "aten._choose_qparams_per_tensor",
})


def _conv(kind: str) -> list[tuple[tuple[str, ...], str]]:
    return [
        ((f"aten.{kind}",), f"quantized.{kind}"),
        ((f"aten.{kind}", "aten.relu"), f"quantized.{kind}_relu"),
        ((f"aten.{kind}", "aten.relu_"), f"quantized.{kind}_relu"),
    ]


def _with_relus(ops: Sequence[str], fused: str) -> list[tuple[tuple[str, ...], str]]:
    return [((op, relu), fused) for op in ops for relu in ("aten.relu", "aten.relu_")]


def _same(*ops: str) -> list[tuple[tuple[str, ...], str]]:
    return [((op,), op) for op in ops]


# Spec §2.3, rows 1-80: (matched ops other than plumbing, in pattern order; replacement op).
STATIC_SPEC: list[tuple[tuple[str, ...], str]] = [
    *_conv("conv1d"),                                                                  # 1-3
    *_conv("conv2d"),                                                                  # 4-6
    *_conv("conv3d"),                                                                  # 7-9
    (("aten.conv_transpose1d",), "quantized.conv_transpose1d"),                        # 10
    (("aten.conv_transpose2d",), "quantized.conv_transpose2d"),                        # 11
    (("aten.linear",), "quantized.linear"),                                            # 12
    (("aten.linear", "aten.relu"), "quantized.linear_relu"),                           # 13
    (("aten.linear", "aten.relu_"), "quantized.linear_relu"),                          # 14
    *_with_relus(("aten.add", "aten.add_"), "quantized.add_relu"),                     # 15-18
    (("aten.add",), "quantized.add_scalar"),                                           # 19
    (("aten.add_",), "quantized.add_scalar_out"),                                      # 20
    *_with_relus(("quantized.add_scalar",), "quantized.add_scalar_relu"),              # 21-22
    *_with_relus(("quantized.add_scalar_out",), "quantized.add_scalar_relu_out"),      # 23-24
    (("aten.add",), "quantized.add"),                                                  # 25
    (("aten.add_",), "quantized.add"),                                                 # 26
    (("aten.cat",), "quantized.cat"),                                                  # 27
    (("aten.batch_norm",), "quantized.batch_norm"),                                    # 28
    *_with_relus(("aten.batch_norm",), "quantized.batch_norm_relu"),                   # 29-30
    (("aten.mul",), "quantized.mul_scalar"),                                           # 31
    (("aten.mul_",), "quantized.mul_scalar_out"),                                      # 32
    *_with_relus(("quantized.mul_scalar",), "quantized.mul_scalar_relu"),              # 33-34
    *_with_relus(("quantized.mul_scalar_out",), "quantized.mul_scalar_relu_out"),      # 35-36
    *_with_relus(("aten.mul", "aten.mul_"), "quantized.mul_relu"),                     # 37-40
    (("aten.mul",), "quantized.mul"),                                                  # 41
    (("aten.mul_",), "quantized.mul"),                                                 # 42
    (("aten.hardswish",), "quantized.hardswish"),                                      # 43
    (("aten.hardswish_",), "quantized.hardswish"),                                     # 44
    (("aten.layer_norm",), "quantized.layer_norm"),                                    # 45
    (("aten.group_norm",), "quantized.group_norm"),                                    # 46
    (("aten.instance_norm",), "quantized.instance_norm"),                              # 47
    (("aten.elu",), "quantized.elu"),                                                  # 48
    (("aten.elu_",), "quantized.elu"),                                                 # 49
    *_same("aten.avg_pool1d", "aten.avg_pool2d", "aten.avg_pool3d"),                   # 50-52
    *_same("aten.adaptive_avg_pool1d", "aten.adaptive_avg_pool2d",
           "aten.adaptive_avg_pool3d"),                                                # 53-55
    *_same("aten.mean", "aten.mean.dim"),                                              # 56-57
    *_same("aten.upsample_nearest1d", "aten.upsample_nearest2d",
           "aten.upsample_nearest3d"),                                                 # 58-60
    *_same("aten.upsample_linear1d", "aten.upsample_bilinear2d",
           "aten.upsample_trilinear3d"),                                               # 61-63
    *_same("aten.upsample_nearest1d.vec", "aten.upsample_nearest2d.vec",
           "aten.upsample_nearest3d.vec"),                                             # 64-66
    *_same("aten.upsample_linear1d.vec", "aten.upsample_bilinear2d.vec",
           "aten.upsample_trilinear3d.vec"),                                           # 67-69
    *_same("aten.clamp", "aten.hardtanh", "aten.hardtanh_"),                           # 70-72
    *_same("aten.leaky_relu", "aten.leaky_relu_"),                                     # 73-74
    *_same("aten.hardsigmoid", "aten.hardsigmoid_", "aten.sigmoid", "aten.sigmoid_",
           "aten.tanh", "aten.tanh_"),                                                 # 75-80
]

# Spec §2.2: L1, L2, C1..C5 (matched layer op, prepack op of the replacement).
PREPACK_SPEC = [
    ("aten.linear", "quantized.linear_prepack"),
    ("aten.linear", "quantized.linear_prepack_fp16"),
    ("aten.conv1d", "quantized.conv1d_prepack"),
    ("aten.conv2d", "quantized.conv2d_prepack"),
    ("aten.conv3d", "quantized.conv3d_prepack"),
    ("aten.conv_transpose1d", "quantized.conv_transpose1d_prepack"),
    ("aten.conv_transpose2d", "quantized.conv_transpose2d_prepack"),
]

# Spec §2.4: D1..D3 (the unpack op matched, the replacement op).
DYNAMIC_SPEC = [
    ("quantized.linear_unpack", "quantized.linear_dynamic"),
    ("quantized.linear_unpack_fp16", "quantized.linear_dynamic_fp16"),
    ("quantized.linear_unpack", "quantized.linear_dynamic"),
]

ALPHA_IS_ONE = {15, 16, 17, 18, 19, 20, 25, 26}   # aten_add_alpha_is_one
B_IS_SCALAR = {19, 20, 31, 32}                      # input_b_is_scalar
FIXED_QPARAMS = {75: (0.00390625, 0), 76: (0.00390625, 0), 77: (0.00390625, 0), 78: (0.00390625, 0),
                 79: (0.0078125, 128), 80: (0.0078125, 128)}


def _core(pattern: CompiledPattern) -> tuple[str, ...]:
    return tuple(op.op_name for op in pattern.pattern.ops
                 if op.op_name not in PLUMBING and not op.op_name.endswith(("_unpack", "_unpack_fp16")))


def _replacement_op(pattern: CompiledPattern) -> str:
    return pattern.pattern.replacement[-1].op_name


def _numbered_static() -> list[tuple[int, CompiledPattern]]:
    return list(enumerate(static_patterns(), start=1))


def test_counts() -> None:
    assert len(prepack_patterns()) == 7
    assert len(static_patterns()) == 80
    assert len(dynamic_patterns()) == 3
    assert len(STATIC_SPEC) == 80


def test_names_unique() -> None:
    names = [p.name for p in (*prepack_patterns(), *static_patterns(), *dynamic_patterns())]
    assert len(names) == 90
    assert len(set(names)) == 90, sorted(n for n in names if names.count(n) > 1)


@pytest.mark.parametrize("number", range(1, 81))
def test_static_order(number: int) -> None:
    pattern = static_patterns()[number - 1]
    core, replacement = STATIC_SPEC[number - 1]
    assert (_core(pattern), _replacement_op(pattern)) == (core, replacement), f"pattern {number}: {pattern.name}"


def test_static_sequence() -> None:
    """The whole sequence at once (a swap of two rows shows as one diff)."""
    assert [(_core(p), _replacement_op(p)) for p in static_patterns()] == STATIC_SPEC


def test_scalar_relu_patterns_follow_the_scalar_patterns() -> None:
    """21-24 and 33-36 match the op that 19/20 and 31/32 produce: those must come first."""
    order = {_replacement_op(p): i for i, p in reversed(_numbered_static())}
    for number, pattern in _numbered_static():
        for op in pattern.pattern.ops:
            if op.op_name.startswith("quantized.") and not op.op_name.endswith("_unpack"):
                assert order[op.op_name] < number, f"pattern {number} matches {op.op_name} before it is produced"


def test_prepack_order() -> None:
    got = [(p.pattern.ops[-1].op_name, p.pattern.replacement[0].op_name) for p in prepack_patterns()]
    assert got == PREPACK_SPEC


def test_prepack_weight_goes_through_dequantize() -> None:
    """L1, C1..C5 match `dequantize(%w_quant)`; L2 `_saturate_weight_to_fp16(%w)`; the activation is free."""
    for pattern in prepack_patterns():
        ops = [o.op_name for o in pattern.pattern.ops]
        weight_op = "aten._saturate_weight_to_fp16" if "fp16" in pattern.name else "aten.dequantize"
        assert ops[0] == weight_op, pattern.name
        assert len(ops) == 2, pattern.name
        layer = pattern.pattern.ops[1]
        assert layer.operands[0] in pattern.pattern.inputs, f"{pattern.name}: the activation must be a free input"


def test_dynamic_order() -> None:
    got = [(next(o.op_name for o in p.pattern.ops if o.op_name.endswith(("_unpack", "_unpack_fp16"))),
            _replacement_op(p)) for p in dynamic_patterns()]
    assert got == DYNAMIC_SPEC
    d1, d2, d3 = dynamic_patterns()
    assert "aten._choose_qparams_per_tensor" in [o.op_name for o in d1.pattern.ops]
    assert "aten.dequantize" not in [o.op_name for o in d2.pattern.ops]
    reduce_range = d3.pattern.replacement[0]
    assert reduce_range.op_name == "prim.Constant"
    assert reduce_range.literal is not None
    assert reduce_range.literal[0] == IntegerAttr(1, 1), "D3 hard-codes reduce_range = True"


def test_no_static_pattern_in_the_dynamic_list_and_reverse() -> None:
    static = {_replacement_op(p) for p in static_patterns()}
    dynamic = {_replacement_op(p) for p in dynamic_patterns()}
    assert not static & dynamic


def test_alpha_filter() -> None:
    """aten_add_alpha_is_one: alpha is the int 1 (a float 1.0 fails), on exactly the add patterns."""
    for number, pattern in _numbered_static():
        adds = [o for o in pattern.pattern.ops if o.op_name in ("aten.add", "aten.add_")]
        if number in ALPHA_IS_ONE:
            assert len(adds) == 1, pattern.name
            assert adds[0].properties.get("alpha") == IntegerAttr(1, 64), pattern.name
        else:
            assert not adds, pattern.name


def test_b_is_scalar_filter() -> None:
    for number, pattern in _numbered_static():
        assert ("input_b_is_scalar" in pattern.pattern.filters) == (number in B_IS_SCALAR), pattern.name
    for pattern in dynamic_patterns():
        assert not pattern.pattern.filters, pattern.name
    # PyTorch's prepack patterns have no filter; ours may only add weight_is_not_unpacked (a
    # documented deliberate difference that keeps the pass idempotent, see prepack.py).
    for pattern in prepack_patterns():
        assert set(pattern.pattern.filters) <= {"weight_is_not_unpacked"}, pattern.name


def test_fixed_qparams() -> None:
    """75-80 compare (scale, zero point, dtype) with constants; no other pattern has a constant."""
    for number, pattern in _numbered_static():
        constants = [o.literal for o in pattern.pattern.ops if o.literal is not None]
        if number not in FIXED_QPARAMS:
            assert not constants, pattern.name
            continue
        scale, zero_point = FIXED_QPARAMS[number]
        assert [c[0] for c in constants] == [FloatAttr(scale, 64), IntegerAttr(zero_point, 64), IntegerAttr(13, 64)]


def test_observed_output_qparams_are_free() -> None:
    """Outside the fixed-qparam and InputTensorQParam patterns, the output scale and zero point of
    the quantize are pattern inputs (fusion never needs constant qparams, spec §6.4)."""
    inherit = set(range(19, 21)) | set(range(31, 33)) | set(range(50, 70)) | set(range(73, 75))
    for number, pattern in _numbered_static():
        quantizes = [o for o in pattern.pattern.ops if o.op_name == "aten.quantize_per_tensor"]
        if number in FIXED_QPARAMS or number in inherit or not quantizes:
            continue
        output = quantizes[-1]
        assert all(name in pattern.pattern.inputs for name in output.operands[1:]), pattern.name


def _context() -> Context:
    ctx = Context()
    ctx.load_dialect(Builtin)
    for name, factory in ALL_DIALECTS.items():
        ctx.register_dialect(name, factory)
    return ctx


def test_every_op_is_registered() -> None:
    ctx = _context()
    names = {op.op_name for p in (*prepack_patterns(), *static_patterns(), *dynamic_patterns())
             for op in (*p.pattern.ops, *p.pattern.replacement)}
    missing = sorted(n for n in names if ctx.get_optional_op(n) is None)
    assert not missing
    assert set(STATIC_SPEC[i][1] for i in range(80)) <= names
