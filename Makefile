# graphbuilder — two commands on a fresh machine: `make run`, then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NODE_DIR   := tests/cypherlint
NODE_STAMP := $(NODE_DIR)/node_modules/.installed
OUT    ?= build/example
SHARED ?= ../shared/data
CORPUS ?= $(SHARED)/corpus/bbc-politics-business.jsonl

.PHONY: setup run test bench eval lint clean serve

setup: $(STAMP) $(NODE_STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	$(BIN)/python -c "import graphbuilder.nlp as n; n.load_pipeline()" 
	touch $(STAMP)

$(NODE_STAMP): $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	cd $(NODE_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

run: setup
	$(BIN)/graphbuilder demo --out $(OUT)

test: setup
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m graphbuilder.bench $(CORPUS)

eval: $(STAMP)
	$(BIN)/graphbuilder eval plover $(SHARED)/eval/plover-dev.jsonl --misses build/eval/plover-misses.jsonl
	$(BIN)/graphbuilder eval carb $(SHARED)/eval/carb-dev-gold.tsv --misses build/eval/carb-misses.jsonl
	$(BIN)/graphbuilder eval conll04 $(SHARED)/eval/conll04-dev.jsonl --misses build/eval/conll04-misses.jsonl

serve: setup
	$(BIN)/graphbuilder serve $(OUT)

lint: setup
	$(BIN)/ruff check graphbuilder tests
	$(BIN)/mypy graphbuilder

clean:
	rm -rf build $(VENV) $(NODE_DIR)/node_modules
