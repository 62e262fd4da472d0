"""Weights as dense_resource blobs (resources.py): make_resource / read_elements round trips."""

from __future__ import annotations

from io import StringIO

import numpy as np
import pytest
from xdsl.context import Context
from xdsl.dialects.builtin import (
    Builtin,
    DenseIntOrFPElementsAttr,
    DenseResourceAttr,
    IntegerAttr,
    IntegerType,
    ModuleOp,
    Signedness,
    TensorType,
    f32,
    i1,
    i8,
    i64,
)
from xdsl.printer import Printer

from xdsl_quant.dialects.jit import AttrOp, Jit, JitModuleOp
from xdsl_quant.dialects.resources import make_resource, read_elements
from xdsl_quant.parsing import QuantParser


def parse(text: str) -> ModuleOp:
    ctx = Context()
    for dialect in (Builtin, Jit):
        ctx.load_dialect(dialect)
    module = QuantParser(ctx, text).parse_module()
    module.verify()
    return module


def tensor(*shape: int, element=f32) -> TensorType:
    return TensorType(element, shape)


U8 = IntegerType(8, Signedness.UNSIGNED)
ARRAYS = [
    (np.array([[1.5, -2.0, 3.25]], dtype=np.float32), f32),
    (np.array([-128, -1, 0, 127], dtype=np.int8), i8),
    (np.array([[-(2**62), 1], [2**40, -7]], dtype=np.int64), i64),
    (np.array([True, False, True]), i1),
    (np.array([255, 0, 7], dtype=np.uint8), U8),
    (np.array([1.0, 2.5], dtype=">f4"), f32),  # big-endian input is stored little-endian
    (np.array(0.5, dtype=np.float32), f32),  # rank 0
]


@pytest.mark.parametrize(("array", "element"), ARRAYS, ids=lambda x: str(getattr(x, "dtype", x)))
def test_resource_round_trip(array: np.ndarray, element):
    attr = make_resource("test_blob", array, element)
    assert isinstance(attr, DenseResourceAttr)
    assert attr.type == TensorType(element, array.shape)
    values = read_elements(attr)
    assert values.shape == array.shape
    assert values.dtype == array.dtype.newbyteorder("=")
    np.testing.assert_array_equal(values, array)


def test_resource_keys_are_made_unique():
    first = make_resource("same_key", np.zeros(2, np.float32), f32)
    second = make_resource("same_key", np.ones(2, np.float32), f32)
    assert first.resource_handle != second.resource_handle
    np.testing.assert_array_equal(read_elements(first), [0, 0])
    np.testing.assert_array_equal(read_elements(second), [1, 1])


def test_resource_survives_printing_and_parsing():
    weight = np.arange(-6, 6, dtype=np.int8).reshape(3, 4)
    attr = make_resource("printed_weight", weight, i8)
    module = ModuleOp([JitModuleOp("M", ops=[AttrOp("weight", attr)])])
    stream = StringIO()
    printer = Printer(stream=stream)
    printer.print_op(module)
    printer.print_metadata([Builtin])  # the file's resource section, as quant-opt prints it
    key = attr.resource_handle.data
    text = stream.getvalue()
    assert f'{key}: "0x01000000FAFBFCFDFEFF000102030405"' in text  # MLIR's blob: alignment 1, then data
    # Blobs live in a process-global table: parse under a key this process has not seen (as a new
    # process would), see test_parsing_a_known_resource_key_keeps_its_blob.
    top = parse(text.replace(key, "reparsed_weight")).body.block.first_op
    assert isinstance(top, JitModuleOp)
    parsed = top.lookup("weight")
    assert isinstance(parsed, AttrOp)
    np.testing.assert_array_equal(read_elements(parsed.value), weight)


def test_read_elements_of_dense_attributes():
    floats = DenseIntOrFPElementsAttr.from_list(tensor(2, 2), [1.0, 2.0, 3.0, 4.5])
    np.testing.assert_array_equal(read_elements(floats), np.array([[1, 2], [3, 4.5]], np.float32))
    storage = DenseIntOrFPElementsAttr.from_list(tensor(3, element=i8), [-128, 0, 127])
    assert read_elements(storage).dtype == np.int8
    np.testing.assert_array_equal(read_elements(storage), [-128, 0, 127])
    flags = DenseIntOrFPElementsAttr.from_list(tensor(2, element=i1), [1, 0])
    np.testing.assert_array_equal(read_elements(flags), [True, False])


def test_read_elements_errors():
    missing = DenseResourceAttr.from_params("never_declared_blob", tensor(2))
    with pytest.raises(ValueError, match="has no blob in this file"):
        read_elements(missing)
    short = make_resource("short_blob", np.zeros(3, np.float32), f32)
    wrong_shape = DenseResourceAttr.from_params(short.resource_handle.data, tensor(4))
    with pytest.raises(ValueError, match="holds 3 values, its type tensor<4xf32> needs 4"):
        read_elements(wrong_shape)
    with pytest.raises(TypeError, match="not a tensor literal"):
        read_elements(IntegerAttr(1, i64))


def test_parsing_a_known_resource_key_keeps_its_blob():
    """xDSL 0.74 alone loses the blob (it renames the key at each mention); QuantParser does not."""
    text = """
    jit.module @M {
      jit.attr "w" = dense_resource<collision_blob> : tensor<1xf32>
    }
    {-#
      dialect_resources: {
        builtin: {
          collision_blob: "0x040000000000803F"
        }
      }
    #-}
    """
    for _ in range(2):  # e.g. two chunks of --split-input-file, or two models in one process
        top = parse(text).body.block.first_op
        assert isinstance(top, JitModuleOp)
        w = top.lookup("w")
        assert isinstance(w, AttrOp)
        np.testing.assert_array_equal(read_elements(w.value), [1.0])
