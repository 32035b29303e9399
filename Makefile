# fanwen: two commands set up everything on a fresh machine: `make serve` and `make test`.
# The newest python3.x (3.11 or later) on PATH that runs makes the venv; `make PYTHON=/path/to/python3.x`
# chooses another. `make python` says which.
PYTHON ?= $(shell IFS=:; for d in $$PATH; do ls "$$d" 2>/dev/null; done | \
  sed -n 's/^python3\.\([0-9][0-9]*\)$$/\1/p' | sort -n -r -u | awk '$$1 >= 11' | \
  while read v; do python3.$$v -c '' >/dev/null 2>&1 && { echo python3.$$v; break; }; done)
NO_PYTHON := no python3.11 or newer on PATH (looked for python3.11, python3.12, …): install one \
  (apt-get install python3) or run make PYTHON=/path/to/python3.x
CHECK_PYTHON = test -n "$(PYTHON)" || { echo "make: $(NO_PYTHON)" >&2; exit 1; }
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The front end's packages (esbuild, …), from package-lock.json exactly.
NODE_STAMP := node_modules/.installed
# Tests treat an open() without encoding= as an error (EncodingWarning, see pyproject.toml).
STRICT_ENCODING := PYTHONWARNDEFAULTENCODING=1
# Material prints a banner about MkDocs 2.0 on every build unless this is set.
export NO_MKDOCS_2_WARNING := 1

.PHONY: install python browser office serve build test lint bench bench-large clean

install: $(STAMP) $(NODE_STAMP)

python:
	@$(CHECK_PYTHON)
	@echo $(PYTHON)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(CHECK_PYTHON)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	command -v npm >/dev/null || { apt-get update && apt-get install -y --no-install-recommends nodejs npm; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Browser tests drive Debian's Chromium (Playwright cannot download browsers here), with a
# Chinese font so that screenshots and measured layouts show real characters, not boxes.
browser:
	command -v chromium >/dev/null && fc-list :lang=zh | grep -q . || { apt-get update && \
	  apt-get install -y --no-install-recommends chromium fonts-wqy-microhei; }

# .doc, .wps, .rtf and .odt reach the pipeline through LibreOffice (headless, converts to .docx);
# the desk's Word files are laid out by LibreOffice too and measured, pages rendered by pdftoppm
# (poppler-utils), with stand-ins for the 公文 faces (宋 UMing, 楷 UKai, 黑 WenQuanYi Zen Hei;
# tests/data/gongwen-fonts.conf gives them the 公文 names).
OFFICE_FONTS := /usr/share/fonts/truetype/arphic/uming.ttc /usr/share/fonts/truetype/arphic/ukai.ttc \
  /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
office:
	command -v soffice >/dev/null && command -v pdftoppm >/dev/null && ls $(OFFICE_FONTS) >/dev/null 2>&1 || \
	  { apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui \
	  poppler-utils fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei; }

serve: install
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: install
	$(BIN)/mkdocs build --strict --site-dir site

lint: install
	$(BIN)/ruff check scripts tests
	$(BIN)/ruff format --check scripts tests

test: lint browser office
	node --test tests/web/
	$(STRICT_ENCODING) $(BIN)/python -m pytest

bench: install browser office
	$(BIN)/python -m fanwen.bench.pipeline
	$(BIN)/python -m fanwen.bench.site --sizes 100 1000
	$(BIN)/python -m fanwen.bench.realset
	$(BIN)/python -m fanwen.bench.lines
	$(BIN)/python -m fanwen.bench.rolemodel
	$(BIN)/python -m fanwen.bench.titles
	$(BIN)/python -m fanwen.bench.titlefit
	$(BIN)/python -m fanwen.bench.intake

# The site at 1,000 and 10,000 synthetic exemplars (the larger one builds in several minutes).
bench-large: install browser
	$(BIN)/python -m fanwen.bench.site --sizes 1000 10000 --out bench-results/site-large.json

clean:
	rm -rf site build node_modules .pytest_cache .hypothesis tests/artifacts bench-results
