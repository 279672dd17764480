# newsbrief: two commands do all set-up on a fresh machine.
#   make site   -> installs everything, builds docs/ from seeds/, builds site/
#   make test   -> installs everything, runs the whole test suite
#   make quality -> the quality table of the stories with gold (needs ../shared/corpus for all but the seeds)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SEEDS  ?= seeds
DOCS   ?= docs
SITE   ?= site
TEMPLATES ?= templates
PYTEST_ARGS ?=
QUALITY_ARGS ?=

.PHONY: site test quality serve install bench clean

$(STAMP): requirements.txt constraints.txt pyproject.toml package.json package-lock.json
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	$(PY) -m pip install --quiet --no-deps -e .
	npm ci --silent --no-audit --no-fund
	touch $(STAMP)

install: $(STAMP)

# Generate docs/ from seeds/ and build site/ with `mkdocs build --strict`; both are swapped in
# only when the whole build succeeded, so a failed run leaves the previous ones in place.
site: $(STAMP)
	$(PY) -m generator build --seeds $(SEEDS) --docs $(DOCS) --templates $(TEMPLATES) --site $(SITE)

test: $(STAMP)
	$(VENV)/bin/ruff check generator hooks tests bench
	$(VENV)/bin/mypy
	$(PY) -m pytest $(PYTEST_ARGS)

# The quality table: every story with a gold file (tests/gold/), tune and check means, against the floors.
quality: $(STAMP)
	$(PY) tests/quality_table.py $(QUALITY_ARGS)

# Live preview; regenerates docs/ whenever seeds/ or templates/ change (see hooks/newsbrief.py).
serve: $(STAMP)
	NEWSBRIEF_SEEDS=$(SEEDS) NEWSBRIEF_TEMPLATES=$(TEMPLATES) $(PY) -m mkdocs serve

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(SITE) .cache .pytest_cache
