# rasd — set-up and common tasks. `make demo` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench dev-score sysdeps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)  ## extract the bundled demo corpus, print a summary, write out/demo/events.{jsonl,csv}
	$(BIN)/rasd demo --out out/demo

sysdeps:  ## Debian packages for the server/browser tests (PostgreSQL 15, Chromium, Noto Arabic fonts)
	./scripts/system_deps.sh

test: $(STAMP) sysdeps  ## run the test-suite (SQLite + PostgreSQL + headless Chromium)
	$(BIN)/python -m pytest

lint: $(STAMP)  ## lint the lexicons
	$(BIN)/rasd lexicon lint

bench: $(STAMP)  ## throughput and memory of `rasd extract`
	$(BIN)/python bench/extract_throughput.py

dev-score: $(STAMP)  ## score on the development gold (needs ../shared)
	../shared/tools/dev_score.sh

clean:
	rm -rf $(VENV) out .pytest_cache
