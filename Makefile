# Two front-door commands: `make demo` and `make test`. Each creates .venv when it is missing and
# installs what it needs, so a fresh clone needs nothing but Python >= 3.10 and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The goldens are generated with this exact build; pip takes the CPU wheel from the local disk.
TORCH  ?= torch==2.13.0
STAMP  := $(VENV)/.xdsl-quant-installed

.PHONY: test demo lint pytest lit venv clean fuzz fuzz-torch

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]' '$(TORCH)'
	touch $(STAMP)

venv: $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check .

pytest: $(STAMP)
	$(BIN)/pytest

lit: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/lit -sv tests/filecheck

test: lint pytest lit

demo: $(STAMP)
	$(BIN)/python examples/demo.py

# Longer runs than `make test`'s budgets: `make fuzz N=20000 SEED=1`, `make fuzz-torch N=500 SEED=1000`.
N    ?= 10000
SEED ?= 1

fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz.fuzz --inputs $(N) --seed $(SEED) --out build/fuzz-failures

fuzz-torch: $(STAMP)
	$(BIN)/python -m tests.differential.run --models $(N) --seed $(SEED)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
