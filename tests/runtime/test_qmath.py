"""The float32 emulations of SLEEF (vector bodies) and glibc (scalar tails) in `mathf32`,
bit for bit against torch's float kernels that call SLEEF and against glibc via ctypes (stored
in goldens/qmath.npz; glibc 2.36, i.e. the fdlibm tanhf/expm1f)."""

from __future__ import annotations

import numpy as np
import pytest
from rt_check import assert_same_array
from rt_goldens import load

from xdsl_quant.runtime import mathf32 as M

META, CASES = load("qmath")
CASE = dict(CASES)["math"]
X = CASE["x"]


def test_sleef_expm1f_matches_torch_expm1() -> None:
    assert_same_array(M.sleef_expm1f(X), CASE["torch_expm1"], "Sleef_expm1f8_u10")


def test_sleef_expf_matches_torch_sigmoid_vector_body() -> None:
    sig = (np.float32(1) / (np.float32(1) + M.sleef_expf(np.float32(0) - X))).astype(np.float32)
    assert_same_array(sig, CASE["torch_sigmoid"], "1 / (1 + Sleef_expf8_u10(-x))")


@pytest.mark.parametrize("fn", ["expf", "expm1f", "tanhf"])
def test_glibc(fn: str) -> None:
    ours = {"expf": M.libm_expf, "expm1f": M.fdlibm_expm1f, "tanhf": M.fdlibm_tanhf}[fn](X)
    assert_same_array(ours, CASE[f"libm_{fn}"], f"glibc {CASE['glibc']} {fn}")


def test_special_values() -> None:
    x = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 100.0, -200.0], np.float32)
    th = M.sleef_tanhf(x)
    assert np.isnan(th[4])
    assert (th[2], th[3]) == (1, -1)
    assert (M.sleef_expf(x)[5], M.sleef_expf(x)[6]) == (np.inf, 0)
    assert M.fdlibm_expm1f(x)[3] == -1
    assert np.signbit(M.fdlibm_expm1f(x)[1])
    assert (M.libm_expf(x)[0], M.fdlibm_tanhf(x)[0]) == (1, 0)
