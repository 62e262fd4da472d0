"""Golden-file encoding shared by generate_goldens.py (writer, needs torch) and the tests (reader).

A golden file is one compressed .npz holding many cases. Every value of a case is stored under
`<case>::<field>`; a quantized tensor is stored as `<case>::<field>.q.<part>` with its integer
values, qparams, dtype and memory layout, so the reader can rebuild a QTensor whose numpy
strides match the layout PyTorch had (layout changes which elements take the scalar tail).
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from xdsl_quant.runtime.qtensor import QTensor

GOLDEN_DIR = Path(__file__).parent / "goldens"
SEP = "::"


def qrecord(values: np.ndarray, scale: Any, zero_point: Any, dtype: str, axis: int | None = None,
            layout: str = "contiguous") -> dict[str, Any]:
    """The stored form of a quantized tensor (values in logical NCHW order)."""
    return {"values": np.ascontiguousarray(values), "scale": np.asarray(scale, dtype=np.float64),
            "zero_point": np.asarray(zero_point, dtype=np.int64), "dtype": dtype,
            "axis": -1 if axis is None else axis, "layout": layout}


def with_layout(values: np.ndarray, layout: str) -> np.ndarray:
    """The same logical array with the memory layout PyTorch had."""
    if layout == "contiguous":
        return np.ascontiguousarray(values)
    if layout == "channels_last":  # (N, C, *spatial) view of an (N, *spatial, C) buffer
        buf = np.ascontiguousarray(np.moveaxis(values, 1, -1))
        return np.moveaxis(buf, -1, 1)
    if layout == "transposed":  # a 2-D tensor that is the .t() of a contiguous one
        return np.ascontiguousarray(values.T).T
    raise ValueError(layout)


def to_qtensor(rec: dict[str, Any]) -> QTensor:
    axis = int(rec["axis"])
    values = with_layout(rec["values"], str(rec["layout"]))
    if axis < 0:
        return QTensor(values, float(rec["scale"]), int(rec["zero_point"]), str(rec["dtype"]))
    return QTensor(values, rec["scale"], rec["zero_point"], str(rec["dtype"]), axis)


class GoldenWriter:
    """Accumulates cases; `save` writes one compressed npz.

    Scalars (and the scalar parts of quantized tensors) of all cases go into one JSON index, so
    the file holds one zip entry per *array* only - per-entry overhead dominated otherwise.
    """

    def __init__(self, meta: dict[str, Any]) -> None:
        self.meta = meta
        self.arrays: dict[str, np.ndarray] = {}
        self.index: dict[str, dict[str, Any]] = {}

    @property
    def names(self) -> list[str]:
        return list(self.index)

    def _put(self, key: str, value: Any) -> Any:
        arr = np.asarray(value)
        if arr.ndim == 0 and arr.dtype.kind in "biufU":
            return arr.item()
        self.arrays[key] = arr
        return {"@array": key}

    def case(self, name: str, **fields: Any) -> None:
        assert SEP not in name, name
        assert name not in self.index, name
        entry: dict[str, Any] = {}
        for key, value in fields.items():
            if isinstance(value, dict):
                entry[key] = {"@q": {part: self._put(f"{name}{SEP}{key}.{part}", v)
                                     for part, v in value.items()}}
            elif value is None:
                entry[key] = None
            elif isinstance(value, (list, tuple)) and all(isinstance(v, (int, float, bool))
                                                          for v in value):
                entry[key] = {"@list": list(value)}
            else:
                entry[key] = self._put(f"{name}{SEP}{key}", value)
        self.index[name] = entry

    def save(self, path: Path) -> int:
        """Write a .npz (np.load-compatible) with fixed zip timestamps, so regenerating
        unchanged goldens gives byte-identical files."""
        doc = json.dumps({"meta": self.meta, "cases": self.index})
        index = np.frombuffer(doc.encode(), dtype=np.uint8)  # a str array would be UTF-32
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for key, arr in {"__index__": index, **self.arrays}.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, np.asarray(arr), allow_pickle=False)
                info = zipfile.ZipInfo(f"{key}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, buf.getvalue())
        return path.stat().st_size


def _decode(z: Any, v: Any) -> Any:
    if isinstance(v, dict):
        if "@array" in v:
            return z[v["@array"]]
        if "@list" in v:
            return v["@list"]
        if "@q" in v:
            return to_qtensor({part: _decode(z, pv) for part, pv in v["@q"].items()})
    return v


def load(name: str) -> tuple[dict[str, Any], list[tuple[str, dict[str, Any]]]]:
    """(meta, [(case name, {field: value})]); quantized fields come back as QTensor."""
    with np.load(GOLDEN_DIR / f"{name}.npz", allow_pickle=False) as z:
        doc = json.loads(z["__index__"].tobytes().decode())
        cases = [(case, {k: _decode(z, v) for k, v in fields.items()})
                 for case, fields in doc["cases"].items()]
    return doc["meta"], cases
