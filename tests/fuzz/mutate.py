"""Mutations of MLIR text, each a function `(text, rng, pool) -> text`.

The mutators work on tokens (a lexer close to MLIR's, whitespace kept so the text can be put
back together) or on regular-expression sites (types, shapes, quant types, dtype codes):

* token deletion, duplication and swapping; line deletion, duplication and splicing (a line of
  another seed);
* number perturbation: boundary values (0, -1, 2^31, 2^63, 2^64, 1e309, NaN and infinity bit
  patterns, denormals...) and small changes of the value;
* type perturbation: integer widths and signedness, float types, tensor shapes (rank, dynamic
  and zero dimensions, huge dimensions), quant storage types, scales and zero points, axes,
  PyTorch dtype codes;
* op-name substitution (another op of the same dialect, so the verifiers see wrong arities);
* identifier renaming (one use, so a reference dangles, or every use, onto odd names);
* truncation at a random character, and rare invalid bytes (control characters, invalid UTF-8).

`mutant(seed_text, rng, pool)` applies one to three of them. Everything depends only on `rng`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<hex>0x[0-9a-fA-F]+)
  | (?P<number>\d+\.\d*(?:[eE][-+]?\d+)?|\d+(?:[eE][-+]?\d+)?)
  | (?P<ident>[%@#!^]?[A-Za-z_$][\w$.\-]*|%[\w$.\-]+|\^[\w$.\-]+)
  | (?P<arrow>->|\{-\#|\#-\}|::)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)

INTERESTING_INTEGERS = [
    "0", "1", "-1", "2", "3", "4", "7", "8", "15", "16", "31", "32", "33", "63", "64", "65",
    "127", "128", "-128", "-129", "255", "256", "-256", "65535", "65536", "2147483647", "2147483648",
    "-2147483648", "-2147483649", "4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
    "1000000000000000000000000000000", "99999999999999999999999999999999999999999999999999",
]
INTERESTING_FLOATS = [
    "0.0", "-0.0", "1.0", "-1.0", "0.5", "1.5", "1.0e-45", "1.4e-45", "1.0e-320", "4.9e-324", "1.0e-400",
    "1.17549435e-38", "3.40282347e+38", "3.5e+38", "1.7976931348623157e+308", "1.0e+309", "1e999",
    "65504.0", "65520.0", "6.0e-08", "1.0e-10", "0x7FF8000000000000", "0x7FF0000000000000",
    "0xFFF0000000000000", "0x0000000000000001", "0x7FC00000", "0xFFFFFFFFFFFFFFFFFF", "0x",
]
INTEGER_TYPES = ["i0", "i1", "i2", "i4", "i7", "i8", "i16", "i31", "i32", "i33", "i64", "i65", "i128",
                 "si8", "ui8", "si32", "ui32", "si64", "i16777215", "i16777216", "i99999999999"]
FLOAT_TYPES = ["f16", "bf16", "f32", "f64", "f80", "f128", "tf32", "f8E4M3FN", "f8E5M2", "index"]
STORAGE_TYPES = ["u8", "i8", "i32", "u1", "i1", "u2", "i4", "u16", "i16", "u32", "u33", "i33", "u0", "i0",
                 "u64", "si8", "ui8", "f32", "index"]
DTYPE_CODES = ["-1", "0", "1", "3", "4", "5", "6", "7", "11", "12", "13", "14", "15", "16", "17", "22", "99"]
DIMENSIONS = ["0", "1", "2", "3", "?", "16", "1000", "4294967296", "9223372036854775807"]
ODD_NAMES = ["%0", "%1", "%x", "%self", "%arg0", "%a.b.c", "%-", "%é", "@\"weird name\"", "@forward",
             "@M", "@__torch__", "@\"0\"", "@_", "%x#1", "%x#0"]
QUANT_TYPES = [
    "!quant.uniform<u8:f32, 1.000000e-01:128>",
    "!quant.uniform<i8:f32, 5.000000e-02>",
    "!quant.uniform<i32:f32, 1.000000e-03>",
    "!quant.uniform<i8<-127:127>:f32:0, {1.000000e-01, 2.000000e-01}>",
    "!quant.uniform<u8:f32:1, {1.000000e-01:1, 2.000000e-01:2, 3.000000e-01:3}>",
    "!quant.uniform<i8:f32:7, {1.000000e-01}>",
    "!quant.uniform<u8:f16, 1.000000e-01:300>",
    "!quant.uniform<u8:f32, 0.000000e+00>",
    "!quant.uniform<u8:f32, -1.000000e+00:-5>",
    "!quant.any<u8:f32>",
    "!quant.any<i8:f32>",
    "!quant.any<i32:f32>",
    "!quant.any<u16:f64>",
    "!quant.calibrated<f32<-1.000000e+00:1.000000e+00>>",
    "!quant.calibrated<f32<1.000000e+00:-1.000000e+00>>",
]

Mutator = Callable[[str, random.Random, Sequence[str]], str]


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) pairs; joining the texts gives `text` back."""
    return [(m.lastgroup or "punct", m.group()) for m in TOKEN.finditer(text)]


def _join(toks: Sequence[tuple[str, str]]) -> str:
    return "".join(t for _, t in toks)


def _significant(toks: Sequence[tuple[str, str]]) -> list[int]:
    return [i for i, (kind, _) in enumerate(toks) if kind != "ws"]


def _pick_span(rng: random.Random, n: int) -> tuple[int, int]:
    length = rng.choice((1, 1, 1, 2, 3, 5))
    start = rng.randrange(n)
    return start, min(n, start + length)


def delete_tokens(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    toks = tokens(text)
    sig = _significant(toks)
    if not sig:
        return text
    start, end = _pick_span(rng, len(sig))
    drop = set(sig[start:end])
    return _join(t for i, t in enumerate(toks) if i not in drop)


def duplicate_tokens(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    toks = tokens(text)
    sig = _significant(toks)
    if not sig:
        return text
    start, end = _pick_span(rng, len(sig))
    first, last = sig[start], sig[end - 1]
    copy = toks[first : last + 1]
    return _join([*toks[: last + 1], ("ws", " "), *copy, *toks[last + 1 :]])


def swap_tokens(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    toks = tokens(text)
    sig = _significant(toks)
    if len(sig) < 2:
        return text
    a = rng.randrange(len(sig))
    b = min(len(sig) - 1, max(0, a + rng.choice((-2, -1, 1, 2)))) if rng.random() < 0.7 else rng.randrange(len(sig))
    i, j = sig[a], sig[b]
    toks[i], toks[j] = toks[j], toks[i]
    return _join(toks)


def perturb_number(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    toks = tokens(text)
    # Not the dimensions of a shape (`4` in `tensor<4x8xf32>`): perturb_type changes those consistently.
    numbers = [i for i, (kind, _) in enumerate(toks) if kind in ("number", "hex")
               and not (i + 1 < len(toks) and toks[i + 1][1].startswith("x"))]
    if not numbers:
        return insert_random_token(text, rng, pool)
    i = rng.choice(numbers)
    old = toks[i][1]
    is_float = "." in old or ("e" in old.lower() and not old.startswith("0x"))
    roll = rng.random()
    if roll < 0.45:
        new = rng.choice(INTERESTING_FLOATS if is_float else INTERESTING_INTEGERS)
    elif roll < 0.6:
        new = rng.choice(INTERESTING_INTEGERS if is_float else INTERESTING_FLOATS)
    elif roll < 0.9 and not old.startswith("0x"):
        try:
            value = float(old) if is_float else int(old)
        except ValueError:
            value = 0
        change = rng.choice(("+1", "-1", "*2", "neg", "*1000", "/3"))
        value = {"+1": value + 1, "-1": value - 1, "*2": value * 2, "neg": -value, "*1000": value * 1000,
                 "/3": value / 3}[change]
        new = repr(value) if isinstance(value, float) else str(value)
    else:
        new = rng.choice(DTYPE_CODES)
    # A negative replacement after an explicit `-` would read as `--1`: drop one minus.
    if new.startswith("-") and i > 0 and toks[i - 1][1] == "-":
        new = new[1:]
    toks[i] = ("number", new)
    return _join(toks)


_INT_TYPE = re.compile(r"(?<![\w.])(?:s|u)?i\d+(?![\w.])")
_FLOAT_TYPE = re.compile(r"(?<![\w.])(?:f16|bf16|f32|f64|f80|f128|index)(?![\w.])")
_STORAGE = re.compile(r"(?<=quant\.uniform<)[a-z]+\d+|(?<=quant\.any<)[a-z]+\d+")
_SHAPE = re.compile(r"(?<=tensor<)(?:[0-9?]+x)+|(?<=tensor<)\*x")
_QUANT = re.compile(r"!quant\.(?:uniform|any|calibrated)<(?:[^<>]|<[^<>]*>)*>")
_AXIS = re.compile(r"(?<=:f32:)\d+|(?<=:f16:)\d+")


def _replace_match(text: str, rng: random.Random, pattern: re.Pattern[str],
                   replace: Callable[[str], str]) -> str | None:
    """Replace one match of `pattern`; half the time every identical match, so that a type written at
    each use of a value changes everywhere and the mutant reaches the verifiers and passes."""
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    m = rng.choice(matches)
    new = replace(m.group())
    if rng.random() < 0.5:
        return pattern.sub(lambda other: new if other.group() == m.group() else other.group(), text)
    return text[: m.start()] + new + text[m.end() :]


def perturb_type(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    choices: list[tuple[re.Pattern[str], Callable[[str], str]]] = [
        (_INT_TYPE, lambda _: rng.choice(INTEGER_TYPES)),
        (_FLOAT_TYPE, lambda _: rng.choice(FLOAT_TYPES + INTEGER_TYPES[:8])),
        (_STORAGE, lambda _: rng.choice(STORAGE_TYPES)),
        (_SHAPE, lambda shape: _perturb_shape(shape, rng)),
        (_QUANT, lambda _: rng.choice(QUANT_TYPES)),
        (_AXIS, lambda _: rng.choice(("0", "1", "2", "3", "4", "9", "2147483647", "4294967296"))),
    ]
    rng.shuffle(choices)
    for pattern, replace in choices:
        result = _replace_match(text, rng, pattern, replace)
        if result is not None:
            return result
    return perturb_number(text, rng, pool)


def _perturb_shape(shape: str, rng: random.Random) -> str:
    dims = shape.split("x")[:-1]
    action = rng.choice(("change", "change", "add", "drop", "unranked", "ranked"))
    if action == "unranked" or not dims:
        return "*x" if action == "unranked" else "4x"
    if dims == ["*"]:
        return "x".join(rng.choice(DIMENSIONS) for _ in range(rng.randint(0, 4))) + "x"
    if action == "change":
        dims[rng.randrange(len(dims))] = rng.choice(DIMENSIONS)
    elif action == "add":
        dims.insert(rng.randint(0, len(dims)), rng.choice(DIMENSIONS))
    elif action == "drop":
        del dims[rng.randrange(len(dims))]
    else:
        dims = [rng.choice(DIMENSIONS) for _ in dims]
    return "".join(d + "x" for d in dims)


_OP_NAME = re.compile(r"(?<![\w.%@!#\"])(aten|quantized|prim|jit|quant|func|arith)\.[A-Za-z_][\w.]*")


def substitute_op(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    matches = list(_OP_NAME.finditer(text))
    if not matches:
        return swap_tokens(text, rng, pool)
    m = rng.choice(matches)
    dialect = m.group(1)
    candidates = [c.group() for source in (text, rng.choice(pool)) for c in _OP_NAME.finditer(source)
                  if c.group(1) == dialect]
    new = rng.choice(candidates)
    return text[: m.start()] + new + text[m.end() :]


_IDENT = re.compile(r"[%@][\w$.\-]+|@\"[^\"\n]*\"")


def rename_identifier(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    matches = list(_IDENT.finditer(text))
    if not matches:
        return text
    m = rng.choice(matches)
    old = m.group()
    sigil = old[0]
    names = [n for n in ODD_NAMES if n[0] == sigil] + [x.group() for x in matches if x.group()[0] == sigil]
    new = rng.choice(names)
    if rng.random() < 0.5:  # one occurrence: a dangling or doubly defined name
        return text[: m.start()] + new + text[m.end() :]
    return re.sub(re.escape(old) + r"(?![\w$.\-])", lambda _: new, text)


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def delete_line(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    lines = _lines(text)
    if not lines:
        return text
    del lines[rng.randrange(len(lines))]
    return "".join(lines)


def duplicate_line(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    lines = _lines(text)
    if not lines:
        return text
    i = rng.randrange(len(lines))
    lines.insert(rng.randrange(len(lines) + 1), lines[i])
    return "".join(lines)


def splice_line(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    """A line of another seed, inserted or replacing one."""
    donor = _lines(rng.choice(pool)) or ["\n"]
    line = rng.choice(donor)
    if not line.endswith("\n"):
        line += "\n"
    lines = _lines(text)
    position = rng.randrange(len(lines) + 1)
    if lines and rng.random() < 0.5:
        lines[min(position, len(lines) - 1)] = line
    else:
        lines.insert(position, line)
    return "".join(lines)


def insert_random_token(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    donor = [t for k, t in tokens(rng.choice(pool)) if k != "ws"] or ["{"]
    toks = tokens(text)
    position = rng.randrange(len(toks) + 1)
    toks.insert(position, ("ws", " " + rng.choice(donor) + " "))
    return _join(toks)


def truncate(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    if not text:
        return text
    return text[: rng.randrange(len(text))]


_ODD_CHARACTERS = ["\x00", "\x01", "\x7f", "\t", "\r", "\u00e9", "\u2028", "\ufeff", "\udcff", "\udcc3", "\\", "\""]


def odd_character(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    """A control character, non-ASCII character or (as a lone surrogate) invalid UTF-8 byte."""
    position = rng.randrange(len(text) + 1)
    return text[:position] + rng.choice(_ODD_CHARACTERS) + text[position:]


#: (mutator, weight)
MUTATORS: list[tuple[Mutator, int]] = [
    (perturb_number, 20),
    (perturb_type, 20),
    (substitute_op, 8),
    (rename_identifier, 8),
    (delete_line, 7),
    (duplicate_line, 4),
    (splice_line, 5),
    (delete_tokens, 7),
    (duplicate_tokens, 4),
    (swap_tokens, 5),
    (insert_random_token, 2),
    (truncate, 3),
    (odd_character, 1),
]
_FUNCTIONS = [m for m, _ in MUTATORS]
_WEIGHTS = [w for _, w in MUTATORS]


def mutant(text: str, rng: random.Random, pool: Sequence[str]) -> tuple[str, list[str]]:
    """`text` after one to three mutations, and the mutators' names."""
    applied: list[str] = []
    for _ in range(rng.choice((1, 1, 1, 1, 1, 1, 2, 2, 2, 3))):
        mutator = rng.choices(_FUNCTIONS, _WEIGHTS)[0]
        text = mutator(text, rng, pool)
        applied.append(mutator.__name__)
    return text, applied


def encode(text: str) -> bytes:
    """The mutant as file bytes; a lone surrogate (from `odd_character`) becomes an invalid byte."""
    return text.encode("utf-8", "surrogateescape")
