"""The one torch build our PyTorch references come from, and the skip for tests that need it.

Goldens and live comparisons are bit-exact only against torch==2.13.0 (a CPU build, fbgemm):
another version may legitimately round differently, so its tests skip with the reason instead of
failing.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from typing import Any

import pytest

TORCH_VERSION = "2.13.0"


def torch_skip_reason() -> str | None:
    """Why torch-marked tests cannot run here, or None when torch==2.13.0 is installed."""
    if importlib.util.find_spec("torch") is None:
        return f"needs torch=={TORCH_VERSION} (pip install 'xdsl-quant[torch]'), which is not installed"
    version = importlib.metadata.version("torch").split("+")[0]
    if version != TORCH_VERSION:
        return f"the PyTorch references are from torch=={TORCH_VERSION}, found {version}"
    return None


SKIP_REASON = torch_skip_reason()


def needs_torch(test: Any) -> Any:
    """`@pytest.mark.torch`, skipped with the reason when torch==2.13.0 is not installed."""
    return pytest.mark.torch(pytest.mark.skipif(SKIP_REASON is not None, reason=SKIP_REASON or "")(test))
