# Two commands set up a fresh machine: `make demo` and `make test`.
# Both install what is missing: Debian packages (with sudo when not root) and a .venv.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd qpdf poppler-utils fonts-croscore chromium chromium-driver softhsm2 openssl libnss3-tools zbar-tools
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYTEST_ARGS ?=

.PHONY: demo test system-deps venv bench clean docs

demo: system-deps venv
	$(BIN)/tthc demo

# --dist loadfile: a module's tests run on one worker, so a module-scoped fixture (a set rendered, a PKI, a
# server) is built once, not once per worker: 641 s against 770 s for the whole suite on this 2-core machine
test: system-deps venv
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -n 2 --dist loadfile $(PYTEST_ARGS)

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

docs: venv
	$(BIN)/python docs/gen_cli.py

bench: system-deps venv
	$(BIN)/python benchmarks/ocr_vs_ocrmypdf.py

clean:
	rm -rf demo-output .pytest_cache
