"""The README and docs/ run as written.

Every ```console block is executed, in document order, from the repository root with the virtual
environment's tools first on PATH: each `$ command` line (a trailing backslash continues it) must
exit 0, and the lines shown under it must occur in its output, in order and adjacent; a `...`
line skips any number of lines, and `{{...}}` inside a line matches any text (timings).

Blocks after a `<!-- doctest: torch -->` comment need PyTorch and skip without it. `make test`
is not run from here (it is what runs this test).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCUMENTS = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
NOT_RUN = ("make test",)
FENCE = re.compile(r"^```(\w*)\s*$")


@dataclass
class Command:
    text: str
    expected: list[str] = field(default_factory=list[str])


@dataclass
class Block:
    document: Path
    line: int
    language: str
    lines: list[str]
    needs_torch: bool

    @property
    def where(self) -> str:
        return f"{self.document.relative_to(REPO)}:{self.line}"


def blocks(document: Path) -> list[Block]:
    found: list[Block] = []
    lines = document.read_text().splitlines()
    needs_torch = False
    i = 0
    while i < len(lines):
        if lines[i].strip() == "<!-- doctest: torch -->":
            needs_torch = True
        fence = FENCE.match(lines[i])
        if fence is None:
            i += 1
            continue
        end = next(j for j in range(i + 1, len(lines)) if lines[j].startswith("```"))
        found.append(Block(document, i + 1, fence.group(1), lines[i + 1 : end], needs_torch))
        needs_torch = False
        i = end + 1
    return found


def commands(block: Block) -> list[Command]:
    result: list[Command] = []
    pending = ""
    for line in block.lines:
        if pending:
            pending += "\n" + line
        elif line.startswith("$ "):
            pending = line[2:]
        elif result:
            result[-1].expected.append(line.rstrip())
            continue
        if pending and not pending.endswith("\\"):
            result.append(Command(pending))
            pending = ""
    return result


def pattern(line: str) -> re.Pattern[str]:
    parts = line.split("{{...}}")
    return re.compile(".*".join(re.escape(p) for p in parts) + r"\Z")


def matches(expected: list[str], actual: list[str]) -> bool:
    """Groups of expected lines (split at `...`) occur in order, each as adjacent actual lines."""
    groups: list[list[re.Pattern[str]]] = [[]]
    for line in expected:
        if line.strip() == "...":
            groups.append([])
        elif line.strip():
            groups[-1].append(pattern(line))
    position = 0
    for group in (g for g in groups if g):
        for start in range(position, len(actual) - len(group) + 1):
            if all(p.match(actual[start + k]) for k, p in enumerate(group)):
                position = start + len(group)
                break
        else:
            return False
    return True


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["COLUMNS"] = "100"
    return env


def run(command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], cwd=REPO, env=environment(), capture_output=True, text=True, timeout=900
    )


def torch_available() -> bool:
    try:
        import torch  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda d: str(d.relative_to(REPO)))
def test_document_runs_as_written(document: Path) -> None:
    console = [b for b in blocks(document) if b.language == "console"]
    if not console:
        pytest.skip(f"{document.name} has no console block")
    for block in console:
        if block.needs_torch and not torch_available():
            continue
        for command in commands(block):
            if command.text.startswith(NOT_RUN):
                continue
            result = run(command.text)
            output = [line.rstrip() for line in (result.stdout + result.stderr).splitlines()]
            listing = "\n".join(output)
            assert result.returncode == 0, f"{block.where}: `{command.text}` exited {result.returncode}:\n{listing}"
            assert matches(command.expected, output), (
                f"{block.where}: `{command.text}` printed\n{listing}\n\nexpected\n" + "\n".join(command.expected)
            )


def test_harness_matching() -> None:
    """The matcher itself: order, adjacency, `...` gaps and `{{...}}` wildcards."""
    actual = ["a", "b 12 ms", "c", "d"]
    assert matches(["a", "b {{...}} ms"], actual)
    assert matches(["...", "c", "d"], actual)
    assert matches(["a", "...", "d"], actual)
    assert not matches(["a", "c"], actual)  # not adjacent
    assert not matches(["d", "...", "a"], actual)  # out of order
    assert not matches(["b 13 ms"], actual)
