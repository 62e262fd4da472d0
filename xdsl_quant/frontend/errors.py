"""The importer's errors: one line each, naming what failed and where in the TorchScript source.

Both are `DiagnosticException`s, so the command-line tools report them as one diagnostic with
exit code 1 instead of a traceback.
"""

from __future__ import annotations

from xdsl.utils.exceptions import DiagnosticException

INSTALL_HINT = (
    "the TorchScript importer needs PyTorch: pip install 'xdsl-quant[torch]' "
    "(the CPU build: add --extra-index-url https://download.pytorch.org/whl/cpu)"
)


class TorchNotInstalledError(DiagnosticException, ImportError):
    """torch is an optional dependency; without it the importer cannot run."""

    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


class TorchScriptImportError(DiagnosticException):
    """A TorchScript construct the importer does not support, or a file that is not TorchScript.

    The message reads `LOCATION: MESSAGE (in method PATH.NAME)`, LOCATION being the Python
    source position TorchScript recorded for the node (`torch/nn/modules/conv.py:560:15`).
    """

    def __init__(self, message: str, *, location: str | None = None, method: str | None = None):
        self.location = location
        self.method = method
        text = f"{location}: {message}" if location else message
        if method:
            text += f" (in method {method})"
        super().__init__(text)
