"""Front ends: the TorchScript importer (needs the optional `torch` extra).

Importing this package never imports torch; `import_module` / `import_file` do, and without torch
they raise `TorchNotInstalledError`, one line saying how to install it.
"""

from xdsl_quant.frontend.errors import TorchNotInstalledError, TorchScriptImportError
from xdsl_quant.frontend.torchscript import import_file, import_module

__all__ = ["TorchNotInstalledError", "TorchScriptImportError", "import_file", "import_module"]
