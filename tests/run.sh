#!/usr/bin/env bash
# Runs every test suite in the repo: `make test` calls this after installing what it needs.
#
# Starts its own in-memory DynamoDB Local and the loopback OIDC provider (caseworkers' sign-in) on free loopback
# ports, then runs each suite in turn (all of them, even after a failure, so one run shows every problem), and
# stops everything it started on any exit.
#   1. Rust: `cargo test --workspace` (unit tests, the store and the HTTP journeys against DynamoDB Local and the
#      OIDC provider)
#   2. The OIDC provider's own smoke test (node --test)
#   3. Infrastructure: `npm test` in infra/ (TypeScript checks, CDK assertions, cdk-nag's AwsSolutions and
#      Serverless packs, cfn-lint with its serverless rules and checkov on the synthesised templates, and actionlint
#      on the pipeline, from the .tools/venv that `make deps` installs; no Rust build)
#   4. Browser: the dev server on a free port and Chromium driven by playwright-core (tests/browser/)
#   5. Load: the load tool (tests/load) sends 200 simulated applicants, 50 at a time, through the whole journey on
#      the same dev server, and fails on any 5xx, any journey gone wrong, or applications stored that differ from
#      the confirmations shown. A check, not a benchmark: the figures come from `make perf` (release builds).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
started=()
stop_all() {
    local pid
    for pid in "${started[@]}"; do
        # Each was started in a session of its own: stop its whole process group (java, cargo's children …).
        kill -TERM -- "-$pid" 2>/dev/null || true
    done
    for pid in "${started[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

wait_for_file() { # FILE SECONDS WHAT
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        [[ -s $1 ]] && return 0
        sleep 0.1
    done
    echo "$3 did not start within $2 s" >&2
    return 1
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

setsid bash tests/support/dynamodb-local.sh --in-memory --port-file "$work/dynamodb.port" &
started+=($!)
wait_for_file "$work/dynamodb.port" 120 "DynamoDB Local"
export DYNAMODB_ENDPOINT="http://127.0.0.1:$(cat "$work/dynamodb.port")"
echo "DynamoDB Local: $DYNAMODB_ENDPOINT"

# The browser tests' dev server port is chosen now: the provider must know its callback before it starts.
browser_port=$(free_port)
# The Rust HTTP tests run the casework router in-process, as http://localhost (no port).
setsid node tests/support/oidc-provider.mjs --port-file "$work/oidc.port" \
    --redirect-uri "http://localhost/casework/callback" \
    --redirect-uri "http://localhost:$browser_port/casework/callback" \
    --post-logout-redirect-uri "http://localhost/casework/signed-out" \
    --post-logout-redirect-uri "http://localhost:$browser_port/casework/signed-out" >"$work/oidc.log" 2>&1 &
started+=($!)
wait_for_file "$work/oidc.port" 60 "The OIDC provider" || { cat "$work/oidc.log" >&2; exit 1; }
export OIDC_ISSUER="http://127.0.0.1:$(cat "$work/oidc.port")"
# The local provider's development client (tests/support/oidc-provider.mjs); never a deployed one. Its seeded
# handover feed clients are built in (the Rust tests name them themselves); the dev server is told which is which
# destination, as the stack tells the casework function.
export OIDC_CLIENT_ID=casework-local OIDC_CLIENT_SECRET=casework-local-secret
export HANDOVER_CLIENT_ID_GENERAL=handover-general-local HANDOVER_CLIENT_ID_DOMESTIC_ABUSE=handover-domestic-abuse-local
echo "OIDC provider: $OIDC_ISSUER"

failed=()
suite() { # NAME COMMAND...
    local name=$1
    shift
    echo
    echo "=== $name"
    if "$@"; then
        echo "=== $name: passed"
    else
        echo "=== $name: FAILED"
        failed+=("$name")
    fi
}

# The dev server on the browser tests' port, started once for the suites that need it.
dev_server_log="$work/dev-server.log"
dev_server() {
    [[ -n ${dev_server_started:-} ]] && return 0
    cargo build --quiet -p dev-server
    local port=$browser_port
    TABLE_NAME=browser-tests PORT=$port CASEWORK_BASE_URL="http://localhost:$port" RUST_LOG=warn \
        setsid target/debug/dev-server >"$dev_server_log" 2>&1 &
    started+=($!)
    local i
    for ((i = 0; i < 300; i++)); do
        curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
        sleep 0.1
    done
    dev_server_started=1
}

browser_tests() {
    dev_server
    # The example applications the browser tests answer with (tests/browser/support.mjs runs it in each file).
    cargo build --quiet -p end-to-end --bin example-applications
    BASE_URL="http://localhost:$browser_port" node --test --test-reporter=spec tests/browser/ || {
        echo "--- dev server log"
        cat "$dev_server_log"
        return 1
    }
}

load_check() {
    dev_server
    cargo build --quiet -p end-to-end --bin load
    target/debug/load journeys --base-url "http://127.0.0.1:$browser_port" --journeys 200 --concurrency 50 \
        --table browser-tests || {
        echo "--- dev server log"
        cat "$dev_server_log"
        return 1
    }
}

suite "Rust: cargo test --workspace" env CASEWORK_BASE_URL=http://localhost cargo test --workspace
# Each benchmark once, in criterion's test mode (no timing): the benchmarks are made from the registry and the
# examples, and a step they cannot reach must fail here rather than on the next measurement.
suite "Benchmarks: each once, in test mode" cargo test --quiet -p apply --bench pages --features offline
suite "OIDC provider: node --test" node --test tests/support/oidc-provider.test.mjs
suite "Infrastructure: npm test in infra/" npm --prefix infra test
if compgen -G "tests/browser/*.test.mjs" >/dev/null; then
    suite "Browser: Chromium" browser_tests
fi
suite "Load: 200 journeys, 50 at a time" load_check

echo
if ((${#failed[@]})); then
    printf 'FAILED: %s\n' "${failed[@]}"
    exit 1
fi
echo "All suites passed."
