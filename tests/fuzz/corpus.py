"""The fuzzer's seed inputs: the lit tests' inputs and the zoo models.

* Each lit test under tests/filecheck is split on `// -----` (as `--split-input-file` does) and
  its comment lines (RUN, CHECK, ...) dropped, so a seed is one case exactly as quant-opt reads it.
* Each zoo model (tests/models/*/model.mlir) and bundled example gives three seeds: as committed,
  without its resource section (every `dense_resource` blob is then missing) and with the
  resource section cut at a deterministic point inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIT_DIR = ROOT / "tests" / "filecheck"
MODELS_DIR = ROOT / "tests" / "models"
EXAMPLES_DIR = ROOT / "examples"

_SPLIT = re.compile(r"^// -----.*$", re.MULTILINE)
_COMMENT_LINE = re.compile(r"^\s*//.*(\n|$)", re.MULTILINE)
_RESOURCES = "{-#"
_BLOB = re.compile(r'(:\s*"0x)([0-9A-Fa-f]*)"')


@dataclass(frozen=True)
class Seed:
    name: str
    """Where the seed comes from: `path` or `path#case` for a lit case, `path[variant]` for a model."""
    text: str
    kind: str
    """`lit` or `model`."""

    @property
    def negative(self) -> bool:
        """A seed meant to be rejected: a case of an `invalid` lit test, or a model cut short."""
        return "invalid" in self.name or "[cut-resources]" in self.name


def lit_seeds() -> list[Seed]:
    seeds: list[Seed] = []
    for path in sorted(LIT_DIR.rglob("*.mlir")):
        if "Output" in path.parts:
            continue
        relative = path.relative_to(ROOT).as_posix()
        for index, chunk in enumerate(_SPLIT.split(path.read_text(encoding="utf-8"))):
            text = _COMMENT_LINE.sub("", chunk).strip("\n")
            if text.strip():
                seeds.append(Seed(f"{relative}#{index}", text + "\n", "lit"))
    return seeds


def model_seeds() -> list[Seed]:
    seeds: list[Seed] = []
    paths = sorted(MODELS_DIR.glob("*/model.mlir")) + sorted(EXAMPLES_DIR.glob("*.mlir"))
    for path in paths:
        relative = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        seeds.append(Seed(f"{relative}[full]", text, "model"))
        cut = text.find(_RESOURCES)
        if cut < 0:
            continue
        seeds.append(Seed(f"{relative}[no-resources]", text[:cut], "model"))
        # Every blob cut to a third (still well-formed text: the sizes no longer match the types).
        short = _BLOB.sub(lambda m: m.group(1) + m.group(2)[: len(m.group(2)) // 3 // 2 * 2] + '"', text)
        seeds.append(Seed(f"{relative}[short-blobs]", short, "model"))
        # The file cut inside the resource section, at a point derived from the text.
        section = len(text) - cut
        seeds.append(Seed(f"{relative}[cut-resources]", text[: cut + section * 3 // 5], "model"))
    return seeds


@cache
def all_seeds() -> tuple[list[Seed], list[Seed]]:
    """(lit seeds, model seeds)."""
    return lit_seeds(), model_seeds()
