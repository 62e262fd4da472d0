"""lit configuration: the FileCheck tests under tests/filecheck.

`lit` executes this file with `config` and `lit_config` defined. The tools must come from the
project's virtual environment (`make lit` puts .venv/bin first on PATH).
"""

import os
import shutil

import lit.formats

config.name = "xdsl-quant"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
# Run as `lit tests/filecheck`; never descend into the environment or lit's own output.
config.excludes = [".venv", "build", "Inputs", "Output"]
# lit scrubs the environment: forward PATH so quant-opt, xdsl-opt and filecheck resolve to .venv.
config.environment["PATH"] = os.environ["PATH"]
for variable in ("VIRTUAL_ENV", "HOME"):
    if variable in os.environ:
        config.environment[variable] = os.environ[variable]

for tool in ("quant-opt", "xdsl-opt", "filecheck"):
    if shutil.which(tool) is None:
        lit_config.fatal(f"{tool} not found on PATH; run the tests with `make lit`")

# Print in custom form, re-parse the generic form, and check the result: both forms round-trip.
config.substitutions.append(
    (
        "QUANT_ROUNDTRIP",
        "quant-opt %s --split-input-file --print-op-generic"
        " | quant-opt --split-input-file | filecheck %s",
    )
)
config.substitutions.append(
    (
        "QUANT_GENERIC_ROUNDTRIP",
        "quant-opt %s --split-input-file --print-op-generic"
        " | quant-opt --split-input-file --print-op-generic | filecheck %s --check-prefix=GENERIC",
    )
)
