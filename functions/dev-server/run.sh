#!/usr/bin/env bash
# `make dev`: DynamoDB Local with data kept in .dynamodb/ (git-ignored), then the dev server on
# http://localhost:3000. Ctrl-C stops both.
#
# Also the loopback OIDC provider for caseworkers' sign-in, with its seeded development users
# (tests/support/oidc-users.json), whose usernames and passwords it prints.
#
# Environment: PORT (3000), DYNAMODB_PORT (8000), OIDC_PORT (9400), TABLE_NAME (cms-intake-dev).
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-3000}
dynamodb_port=${DYNAMODB_PORT:-8000}
oidc_port=${OIDC_PORT:-9400}
mkdir -p .dynamodb

dynamodb_pid=""
oidc_pid=""
stop() {
    [[ -n $dynamodb_pid ]] && kill -TERM -- "-$dynamodb_pid" 2>/dev/null
    [[ -n $oidc_pid ]] && kill -TERM -- "-$oidc_pid" 2>/dev/null
    wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM

ready=$(mktemp)
rm -f "$ready"
setsid bash tests/support/dynamodb-local.sh --db-path .dynamodb --port "$dynamodb_port" --port-file "$ready" &
dynamodb_pid=$!
for _ in $(seq 1200); do
    [[ -s $ready ]] && break
    kill -0 "$dynamodb_pid" 2>/dev/null || { echo "DynamoDB Local stopped (is port $dynamodb_port free?)" >&2; exit 1; }
    sleep 0.1
done
[[ -s $ready ]] || { echo "DynamoDB Local did not start" >&2; exit 1; }
rm -f "$ready" "$ready.log"
echo "DynamoDB Local on 127.0.0.1:$dynamodb_port, data in .dynamodb/"

oidc_ready=$(mktemp)
rm -f "$oidc_ready"
setsid node tests/support/oidc-provider.mjs --port "$oidc_port" --port-file "$oidc_ready" \
    --redirect-uri "http://localhost:$port/casework/callback" \
    --post-logout-redirect-uri "http://localhost:$port/casework/signed-out" &
oidc_pid=$!
for _ in $(seq 300); do
    [[ -s $oidc_ready ]] && break
    kill -0 "$oidc_pid" 2>/dev/null || { echo "The OIDC provider stopped (is port $oidc_port free?)" >&2; exit 1; }
    sleep 0.1
done
[[ -s $oidc_ready ]] || { echo "The OIDC provider did not start" >&2; exit 1; }
rm -f "$oidc_ready"

cargo build -p dev-server
echo
echo "  Apply for child maintenance:  http://localhost:$port/"
echo "  Casework:                     http://localhost:$port/casework"
echo "  Caseworkers (development only, on the local OIDC provider):"
node -e 'for (const u of require("./tests/support/oidc-users.json"))
    console.log(`    ${u.username.padEnd(22)} ${u.password.padEnd(30)} ${u.groups.join(", ") || "no team"}`)'
echo "  Case management's handover feed: http://localhost:$port/casework/handover/records, with a token from"
echo "    curl -u handover-general-local:handover-general-local-secret -d grant_type=client_credentials \\"
echo "      -d 'scope=cms-intake/handover.read cms-intake/handover.acknowledge' http://127.0.0.1:$oidc_port/token"
echo "    (or handover-domestic-abuse-local:handover-domestic-abuse-local-secret; docs/handover.md)"
echo "  Ctrl-C stops the service, DynamoDB Local and the OIDC provider."
echo
TABLE_NAME=${TABLE_NAME:-cms-intake-dev} DYNAMODB_ENDPOINT="http://127.0.0.1:$dynamodb_port" PORT=$port \
    OIDC_ISSUER="http://127.0.0.1:$oidc_port" OIDC_CLIENT_ID=casework-local OIDC_CLIENT_SECRET=casework-local-secret \
    HANDOVER_CLIENT_ID_GENERAL=handover-general-local HANDOVER_CLIENT_ID_DOMESTIC_ABUSE=handover-domestic-abuse-local \
    CASEWORK_BASE_URL="http://localhost:$port" target/debug/dev-server
