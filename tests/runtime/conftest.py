"""Shared test setup for the numpy runtime: helper modules on sys.path, golden loading."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
if str(HERE) not in sys.path:  # rt_goldens / rt_torch / gen_* live next to the tests
    sys.path.insert(0, str(HERE))
