"""The emitted module validates what a caller passes (issue 7, item 4; hypothesis, derandomized).

For random graphs (`test_properties_graphs`, whose `forward` takes one ranked `tensor<...xf32>`
named `%x`), unfinalized and finalized: a call with the wrong number of arguments, a non-array or
the wrong dtype raises `ValueError` before any kernel runs, naming the method and the argument
(`x`, or its position), and a correct call still works after a rejected one. The unfinalized
module also rejects a wrong rank or dimension: its signature is ranked. Finalize, like PyTorch's,
clears the profiled shapes (`tensor<*xf32>`), so a finalized module can check count and dtype
only; a wrong shape then fails in the first kernel that cannot take it, as in PyTorch.
For the on-device PTQ zoo models: calling the methods out of order explains which one to call first.
"""

from __future__ import annotations

import re
import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests import zoo_cases as zoo
from tests.test_properties_graphs import Graph, budget, graphs
from xdsl_quant.runtime.compile import apply_pipeline, instantiate
from xdsl_quant.runtime.compile import compile as compile_model

EXAMPLES = 20


def _names_argument(message: str) -> bool:
    return bool(re.search(r"\bx\b|argument 1|#1", message))


def _bad_calls(x: np.ndarray, choice: int, shapes: bool) -> tuple[str, tuple[object, ...]]:
    shape = list(x.shape)
    wrong_dim = list(shape)
    wrong_dim[choice % len(shape)] += 1
    calls: list[tuple[str, tuple[object, ...]]] = [
        ("no argument", ()),
        ("two arguments", (x, x)),
        ("a list", (x.tolist(),)),
        ("float64", (x.astype(np.float64),)),
        ("int32", (x.astype(np.int32),)),
    ]
    if shapes:
        calls += [("one more dimension", (x[None],)),
                  ("one dimension less", (x[0],)),
                  ("a wrong dimension", (np.zeros(wrong_dim, np.float32),))]
    return calls[choice % len(calls)]


@budget(EXAMPLES, shrink=False)
@given(graphs(), st.booleans(), st.integers(0, 2**16))
def test_forward_validates_its_inputs(graph: Graph, finalized: bool, choice: int) -> None:
    model = compile_model(graph.text, pipeline="quant-finalize" if finalized else None)
    x = graph.input(choice)
    what, args = _bad_calls(x, choice, shapes=not finalized)
    with pytest.raises(ValueError, match="forward") as info:
        model.forward(*args)
    message = str(info.value)
    if what not in ("no argument", "two arguments"):
        assert _names_argument(message), f"{what}: the message does not name the argument: {message}"
    assert "\n" not in message.strip(), f"{what}: the message is not one line: {message}"
    model.forward(x)  # the instance is still usable


def _ondevice(name: str):
    module = zoo.load(name)
    apply_pipeline(module, zoo.PIPELINES["ondevice"])
    return instantiate(module), zoo.inputs(name)


ONDEVICE = [name for name in zoo.MODELS if zoo.facts(name)["mode"] == "ondevice"]


@pytest.mark.parametrize("name", ONDEVICE)
def test_quantized_forward_before_quantize_forward_says_what_to_call(name: str) -> None:
    model, inputs = _ondevice(name)
    with pytest.raises(ValueError, match="quantize_forward") as info:
        model.quantized_forward(*inputs)
    assert "first" in str(info.value)


@pytest.mark.parametrize("name", ONDEVICE)
def test_quantize_forward_before_observe_forward_says_what_to_call(name: str) -> None:
    model, inputs = _ondevice(name)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            model.quantize_forward(*inputs)
        except ValueError as error:
            message = str(error)
        else:
            message = " ".join(str(w.message) for w in caught)
    assert "observe_forward" in message, "no error or warning about observe_forward"
