# The two commands (README.md): `make dev` runs the service locally, `make test` runs every test.
# Both install what they need first; run on a fresh Debian machine as root (or with sudo available).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
NPM_CI := npm ci --no-audit --no-fund --loglevel=error

.PHONY: help dev test deps browser-deps fmt lint package deploy diff build-deps fuzz perf welsh-review

help:
	@echo "make dev      run the service on http://localhost:3000 with DynamoDB Local (data kept in .dynamodb/)"
	@echo "make test     run every test suite (Rust, infrastructure, browser) against its own DynamoDB Local"
	@echo "make package  build the three arm64 Lambda zips (release) with cargo-lambda and print their sizes"
	@echo "make diff STAGE=dev DOMAIN_NAME=... CERTIFICATE_ARN=...    what a deployment would change (infra/README.md)"
	@echo "make deploy STAGE=dev DOMAIN_NAME=... CERTIFICATE_ARN=...  deploy to London, then the edge logs (infra/README.md)"
	@echo "make fuzz     fuzz form parsing and validation for FUZZ_SECONDS (600) with cargo-fuzz (docs/reliability.md)"
	@echo "make perf     the load test, nginx comparison, memory and page weight from release builds (docs/performance.md)"
	@echo "make welsh-review  every English text of the pages beside its Welsh, as CSV for the Welsh Language Unit"

dev: deps
	bash functions/dev-server/run.sh

test: deps browser-deps
	bash tests/run.sh

# What both commands need: Java for DynamoDB Local, Node for the npm packages, each npm folder installed from
# its lockfile, the service's compiled stylesheet and script, and the Python tools the infrastructure tests run
# (cfn-lint, checkov). A folder is reinstalled only when its lockfile or requirements file changes.
deps: .tools/java .tools/node templates/node_modules/.package-lock.json tests/node_modules/.package-lock.json \
      infra/node_modules/.package-lock.json .tools/venv/requirements.txt \
      templates/assets/application.css templates/assets/application.min.js

.tools/java:
	@command -v java >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq default-jre-headless; }
	@mkdir -p .tools && touch $@

.tools/node:
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nodejs npm; }
	@mkdir -p .tools && touch $@

%/node_modules/.package-lock.json: %/package-lock.json .tools/node
	cd $* && $(NPM_CI)

# The service's stylesheet and script, from govuk-frontend with only the components our pages use: Sass's
# application.scss to application.css, and esbuild's bundle of application.js to application.min.js (ES module,
# as govuk-frontend.min.js is). Generated (templates/assets/.gitignore); rebuilt when a source or the templates'
# lockfile (so govuk-frontend, sass or esbuild) changes.
templates/assets/application.css: templates/assets/application.scss templates/node_modules/.package-lock.json
	cd templates && node_modules/.bin/sass --style=compressed --no-source-map --load-path=node_modules \
	  assets/application.scss assets/application.css

templates/assets/application.min.js: templates/assets/application.js templates/node_modules/.package-lock.json
	cd templates && node_modules/.bin/esbuild assets/application.js --bundle --minify --format=esm --target=es2015 \
	  --legal-comments=none --log-level=warning --outfile=assets/application.min.js

# A Python virtualenv for the tools pinned in infra/requirements*.txt; the copy of each requirements file in the
# venv records what is installed.
VENV := .tools/venv

$(VENV)/bin/pip:
	@command -v python3 >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3; }
	python3 -m venv $(VENV) || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv && \
	  rm -rf $(VENV) && python3 -m venv $(VENV); }

$(VENV)/requirements.txt: infra/requirements.txt $(VENV)/bin/pip
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r $<
	cp $< $@

$(VENV)/requirements-build.txt: infra/requirements-build.txt $(VENV)/bin/pip
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r $<
	cp $< $@

# What building the Lambda binaries needs: cargo-lambda (from PyPI, with zig to cross-compile) and Rust's arm64
# target. Kept out of `make test` (docs/design.md: toolchain downloads are not guaranteed).
build-deps: $(VENV)/requirements-build.txt
	@rustup target list --installed | grep -qx aarch64-unknown-linux-gnu || rustup target add aarch64-unknown-linux-gnu

# The three functions as arm64 release zips (target/lambda/<name>/bootstrap.zip), as Lambda runs them.
LAMBDAS := apply casework monitor

package: build-deps
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" cargo lambda build --release --arm64 --output-format zip \
	  $(addprefix -p ,$(LAMBDAS))
	@for name in $(LAMBDAS); do \
	  zip=target/lambda/$$name/bootstrap.zip; \
	  printf '%-9s %8s bytes  %s\n' "$$name" "$$(stat -c %s "$$zip")" "$$zip"; \
	done

# Deploys one stage with the pinned CDK CLI (infra/package.json): its stack in London, then its edge-logs stack in
# us-east-1 (infra/lib/edge-logs.ts: CloudFront's logs without personal data, which can only be set up from there;
# the stack fixes its own region), given the distribution's id from the first stack's outputs. CDK builds the functions itself: cargo-lambda-cdk
# runs `cargo lambda build --release --arm64` for each (hence build-deps). Needs AWS credentials for the stage's
# account, a bootstrapped environment and an ACM certificate in us-east-1 (infra/README.md). The region is London,
# whatever the credentials' profile says: the templates refuse any other (infra/lib/region.ts), so it is set here.
# REQUIRE_APPROVAL=never is for the pipeline, whose approval is the prod environment's reviewers
# (.github/workflows/pipeline.yml); at a terminal CDK asks before widening IAM.
STAGE ?= dev
REGION := eu-west-2
REQUIRE_APPROVAL ?= broadening
EDGE_LOGS_STACK = CmsIntakeEdgeLogs-$(STAGE)
CDK_STAGE_CONTEXT = -c stage=$(STAGE) -c domainName=$(DOMAIN_NAME) -c certificateArn=$(CERTIFICATE_ARN) \
  $(if $(ALARM_EMAIL),-c alarmEmail=$(ALARM_EMAIL)) \
  $(if $(ORIGIN_VERIFY_GENERATION),-c originVerifyGeneration=$(ORIGIN_VERIFY_GENERATION)) \
  $(if $(ORIGIN_VERIFY_PREVIOUS),-c originVerifyPrevious=$(ORIGIN_VERIFY_PREVIOUS))
CDK_DEPS := .tools/node templates/node_modules/.package-lock.json infra/node_modules/.package-lock.json build-deps \
  templates/assets/application.css templates/assets/application.min.js

# Checked before anything is installed or built.
.PHONY: site-args
site-args:
	@test -n "$(DOMAIN_NAME)" || { echo "DOMAIN_NAME is required, e.g. DOMAIN_NAME=apply.example.gov.uk" >&2; exit 2; }
	@test -n "$(CERTIFICATE_ARN)" || { echo "CERTIFICATE_ARN is required: an ACM certificate in us-east-1" >&2; exit 2; }

deploy: site-args $(CDK_DEPS)
	cd infra && AWS_REGION=$(REGION) AWS_DEFAULT_REGION=$(REGION) PATH="$(CURDIR)/$(VENV)/bin:$$PATH" \
	  npx --no-install cdk deploy "CmsIntake-$(STAGE)" $(CDK_STAGE_CONTEXT) \
	  --require-approval $(REQUIRE_APPROVAL) --outputs-file cdk.out/outputs-$(STAGE).json
	cd infra && DISTRIBUTION_ID=$$(node -p "require('./cdk.out/outputs-$(STAGE).json')['CmsIntake-$(STAGE)'].DistributionId") && \
	  AWS_REGION=$(REGION) AWS_DEFAULT_REGION=$(REGION) PATH="$(CURDIR)/$(VENV)/bin:$$PATH" \
	  npx --no-install cdk deploy "$(EDGE_LOGS_STACK)" $(CDK_STAGE_CONTEXT) -c distributionId="$$DISTRIBUTION_ID" \
	  --require-approval $(REQUIRE_APPROVAL) --outputs-file cdk.out/outputs-$(STAGE)-edge-logs.json

# What `make deploy` would change, against the deployed stacks: run it before every deployment (infra/README.md). The
# edge-logs stack needs the distribution's id, read from the deployed London stack (aws CLI; the pipeline's diff role
# may read it); before the first deployment there is none, and only the London stack is compared.
# DIFF_METHOD=template compares templates only (the pipeline's read-only diff role); the default, auto, also makes a
# change set to show replacements, which needs the deploy role.
DIFF_METHOD ?= auto
diff: site-args $(CDK_DEPS)
	cd infra && AWS_REGION=$(REGION) AWS_DEFAULT_REGION=$(REGION) PATH="$(CURDIR)/$(VENV)/bin:$$PATH" \
	  npx --no-install cdk diff "CmsIntake-$(STAGE)" $(CDK_STAGE_CONTEXT) --method $(DIFF_METHOD)
	@DISTRIBUTION_ID=$$(aws cloudformation describe-stacks --region $(REGION) --stack-name "CmsIntake-$(STAGE)" \
	  --query "Stacks[0].Outputs[?OutputKey=='DistributionId'].OutputValue" --output text 2>/dev/null || true); \
	if [[ ! "$$DISTRIBUTION_ID" =~ ^[A-Z0-9]+$$ ]]; then \
	  echo "$(EDGE_LOGS_STACK): CmsIntake-$(STAGE) has no deployed DistributionId to read (not deployed yet, or no" \
	    "aws CLI): make deploy creates the edge logs after it."; \
	else \
	  cd infra && AWS_REGION=$(REGION) AWS_DEFAULT_REGION=$(REGION) PATH="$(CURDIR)/$(VENV)/bin:$$PATH" \
	    npx --no-install cdk diff "$(EDGE_LOGS_STACK)" $(CDK_STAGE_CONTEXT) -c distributionId="$$DISTRIBUTION_ID" \
	    --method $(DIFF_METHOD); \
	fi

# Debian's Chromium for the browser tests (a test tool's own browser download cannot work here).
browser-deps: .tools/chromium

.tools/chromium:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	@mkdir -p .tools && touch $@

# Fuzzes form parsing and validation (apply::fuzzing, docs/reliability.md) for FUZZ_SECONDS of libFuzzer time, after
# the build: nightly Rust and cargo-fuzz are installed if missing. Not part of `make test`, whose unit tests replay the
# seeds. New inputs go to tests/fuzz/corpus-run (git-ignored, kept between runs); the committed seeds are only read.
FUZZ_SECONDS ?= 600

# Measurements on the local stack from release builds (tests/perf/load.sh; nginx is installed if missing).
perf: deps browser-deps
	bash tests/perf/load.sh

# Every English text of the applicant's pages beside its Welsh, for the Welsh Language Unit: target/welsh-review.csv.
welsh-review: deps
	bash tests/support/welsh-review.sh

fuzz:
	@rustup run nightly rustc -V >/dev/null 2>&1 || rustup toolchain install nightly --profile minimal
	@cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked
	mkdir -p tests/fuzz/corpus-run
	cd tests/fuzz && cargo +nightly fuzz run form_handling corpus-run corpus/form_handling -- \
	  -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1

fmt:
	cargo fmt --all

lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	npm --prefix infra run build
