# The two commands (README.md): `make dev` runs the service locally, `make test` runs every test.
# Both install what they need first; run on a fresh Debian machine as root (or with sudo available).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
NPM_CI := npm ci --no-audit --no-fund --loglevel=error

.PHONY: help dev test deps browser-deps fmt lint

help:
	@echo "make dev   run the service on http://localhost:3000 with DynamoDB Local (data kept in .dynamodb/)"
	@echo "make test  run every test suite (Rust, infrastructure, browser) against its own DynamoDB Local"

dev: deps
	bash functions/dev-server/run.sh

test: deps browser-deps
	bash tests/run.sh

# What both commands need: Java for DynamoDB Local, Node for the npm packages, each npm folder installed from
# its lockfile. A folder is reinstalled only when its lockfile changes.
deps: .tools/java .tools/node templates/node_modules/.package-lock.json tests/node_modules/.package-lock.json \
      infra/node_modules/.package-lock.json

.tools/java:
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless; }
	@mkdir -p .tools && touch $@

.tools/node:
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nodejs npm; }
	@mkdir -p .tools && touch $@

%/node_modules/.package-lock.json: %/package-lock.json .tools/node
	cd $* && $(NPM_CI)

# Debian's Chromium for the browser tests (a test tool's own browser download cannot work here).
browser-deps: .tools/chromium

.tools/chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	@mkdir -p .tools && touch $@

fmt:
	cargo fmt --all

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	npm --prefix infra run build
