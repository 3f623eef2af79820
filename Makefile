# graphbuilder — two commands on a fresh machine: `make run`, then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NODE_DIR   := tests/cypherlint
NODE_STAMP := $(NODE_DIR)/node_modules/.installed
BROWSER_DIR   := tests/browser
BROWSER_STAMP := $(BROWSER_DIR)/node_modules/.installed
CHROMIUM      ?= /usr/bin/chromium
OUT    ?= build/example
SHARED ?= ../shared/data
CORPUS ?= $(SHARED)/corpus/bbc-politics-business.jsonl
ROUNDS ?= 3
NEO4J_DIR   := tools/neo4j
NEO4J_STAMP := $(NEO4J_DIR)/target/.built

.PHONY: setup run test bench eval lint clean serve

setup: $(STAMP) $(NODE_STAMP) $(BROWSER_STAMP) $(CHROMIUM) $(NEO4J_STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev,notebooks,dask]'
	$(BIN)/python -c "import graphbuilder.nlp as n; n.load_pipeline()" 
	touch $(STAMP)

$(NODE_STAMP): $(NODE_DIR)/package.json $(NODE_DIR)/package-lock.json
	cd $(NODE_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Browser tests: npm playwright-core (pinned in tests/browser) drives Debian's chromium headless.
$(BROWSER_STAMP): $(BROWSER_DIR)/package.json $(BROWSER_DIR)/package-lock.json
	cd $(BROWSER_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $(BROWSER_STAMP)

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

run: setup
	$(BIN)/graphbuilder demo --out $(OUT)

test: setup
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	@test -f "$(CORPUS)" || { echo "make bench: no corpus at $(CORPUS); give one: make bench CORPUS=articles.jsonl (JSON lines with a text field)"; exit 2; }
	$(BIN)/python -m graphbuilder.bench $(CORPUS) --rounds $(ROUNDS)

eval: $(STAMP)
	@test -d "$(SHARED)/eval" -a -f "$(CORPUS)" || { echo "make eval: the gold sets and corpus are read from SHARED=$(SHARED) (eval/, corpus/); give their folder: make eval SHARED=path/to/data"; exit 2; }
	$(BIN)/graphbuilder eval news eval/news --corpus $(CORPUS) --part all --misses build/eval/news-misses.jsonl
	$(BIN)/graphbuilder eval plover $(SHARED)/eval/plover-dev.jsonl --half all --misses build/eval/plover-misses.jsonl
	$(BIN)/graphbuilder eval carb $(SHARED)/eval/carb-dev-gold.tsv --misses build/eval/carb-misses.jsonl
	$(BIN)/graphbuilder eval conll04 $(SHARED)/eval/conll04-dev.jsonl --misses build/eval/conll04-misses.jsonl

serve: setup
	$(BIN)/graphbuilder serve $(OUT)

lint: setup
	$(BIN)/ruff check graphbuilder tests
	$(BIN)/mypy graphbuilder

clean:
	rm -rf build $(VENV) $(NODE_DIR)/node_modules $(BROWSER_DIR)/node_modules $(NEO4J_DIR)/target

# --- Neo4j: a local server from Maven Central (Neo4j's test harness + Neo4j Browser), Java 21+ ---
.PHONY: neo4j neo4j-setup
neo4j-setup: $(NEO4J_STAMP)

$(NEO4J_STAMP): $(NEO4J_DIR)/pom.xml $(NEO4J_DIR)/find-java.sh $(NEO4J_DIR)/jvm-options.sh $(wildcard $(NEO4J_DIR)/src/main/java/*/*/*.java)
	@command -v mvn >/dev/null || { echo "Maven is needed for the local Neo4j (apt-get install maven)"; exit 1; }
	cd $(NEO4J_DIR) && JAVA_HOME=$$(sh find-java.sh) && export JAVA_HOME && \
	  MAVEN_OPTS="$$(sh jvm-options.sh)" mvn -q -B -Dstyle.color=never compile && \
	  { sh jvm-options.sh; echo "-cp $$(pwd)/target/classes:$$(cat target/classpath.txt)"; } > target/jvm.args && \
	  echo "$$JAVA_HOME/bin/java" > target/java.txt
	touch $(NEO4J_STAMP)

# Neo4j on bolt://localhost:7687, Browser on http://localhost:7474/browser/ (other free ports when
# taken); user neo4j, password from NEO4J_PASSWORD. Ctrl-C stops it; its data goes with it.
neo4j: $(NEO4J_STAMP)
	@test -n "$$NEO4J_PASSWORD" || { echo "set NEO4J_PASSWORD first (8+ characters), e.g. export NEO4J_PASSWORD=choose-one"; exit 2; }
	@cd $(NEO4J_DIR) && "$$(cat target/java.txt)" -Xmx1g @target/jvm.args graphbuilder.neo4j.LocalServer \
	  --bolt-port $${NEO4J_BOLT_PORT:-7687} --http-port $${NEO4J_HTTP_PORT:-7474}
