# envzoning — one-command set-up, demo and tests.
#   make demo    set up (if needed) and run the whole workflow on sample_data/ -> demo_output/
#   make test    set up (if needed) and run every test
# On Debian 12 as root, set-up installs what is missing (apt: QGIS; a venv; pip packages).
SHELL := /bin/bash
ROOT := $(abspath .)
VENV := $(ROOT)/.venv
PY := $(VENV)/bin/python
BUILD := $(ROOT)/build
APT_PACKAGES := qgis python3-qgis qgis-providers gdal-bin python3-venv python3-pip fonts-noto-cjk \
	poppler-utils libreoffice-writer-nogui pyqt5-dev-tools qttools5-dev-tools xvfb xauth python3-pyqt6
export QT_QPA_PLATFORM ?= offscreen
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
export QGIS_PLUGINPATH := $(BUILD)/pluginpath
export QGIS_CUSTOM_CONFIG_PATH := $(BUILD)/qgis_profile
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup system venv pluginpath demo test test-core test-qgis bench package translations docs lint clean

setup: system venv pluginpath

system:
	@bash tools/setup_system.sh $(APT_PACKAGES)

venv: $(VENV)/.stamp

$(VENV)/.stamp: requirements-dev.txt
	@test -x /usr/bin/python3 || { echo "Missing /usr/bin/python3 (Debian's python3)"; exit 1; }
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	@$(PY) -m pip install -q -r requirements-dev.txt 2>&1 | grep -v "is ignored" || true
	@# python-docx for QGIS's own Python (qgis_process, Desktop): the plugin looks in
	@# ext_libs/, as in the zip built by `make package`
	@$(PY) -m pip install -q --no-deps --upgrade --target $(ROOT)/ext_libs python-docx typing_extensions 2>&1 | grep -v "is ignored" || true
	@touch $@

pluginpath:
	@mkdir -p $(BUILD)/pluginpath $(BUILD)/qgis_profile/profiles/default/QGIS $(XDG_RUNTIME_DIR)
	@chmod 700 $(XDG_RUNTIME_DIR)
	@ln -sfn $(ROOT) $(BUILD)/pluginpath/envzoning
	@printf '[PythonPlugins]\nenvzoning=true\nprocessing=true\n' > $(BUILD)/qgis_profile/profiles/default/QGIS/QGIS3.ini

demo: setup
	@bash tools/demo.sh

test: setup
	@cd $(BUILD)/pluginpath/envzoning && $(PY) -m pytest -q -p no:pytest_qgis -p no:cacheprovider tests/core
	@cd $(BUILD)/pluginpath/envzoning && $(PY) -m pytest -q -p no:cacheprovider tests/qgis

test-core: setup
	@cd $(BUILD)/pluginpath/envzoning && $(PY) -m pytest -q -p no:pytest_qgis -p no:cacheprovider tests/core

bench: setup
	@for b in bench/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

package:
	@bash tools/package.sh

translations: setup
	@bash tools/translations.sh

docs: setup
	@$(PY) tools/make_docs.py

lint:
	@$(PY) -m ruff check .
	@! grep -rn --include=*.py -E '^\s*(from|import) PyQt5' --exclude-dir=.venv --exclude-dir=build . || { echo "Use qgis.PyQt, not PyQt5"; exit 1; }

clean:
	rm -rf $(BUILD) demo_output dist
