#!/usr/bin/env bash
# `make dev`: DynamoDB Local with data kept in .dynamodb/ (git-ignored), then the dev server on
# http://localhost:3000. Ctrl-C stops both.
#
# Environment: PORT (3000), DYNAMODB_PORT (8000), TABLE_NAME (cms-intake-dev).
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PORT:-3000}
dynamodb_port=${DYNAMODB_PORT:-8000}
mkdir -p .dynamodb

dynamodb_pid=""
stop() {
    [[ -n $dynamodb_pid ]] && kill -TERM -- "-$dynamodb_pid" 2>/dev/null
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

cargo build -p dev-server
echo
echo "  Apply for child maintenance:  http://localhost:$port/"
echo "  Casework:                     http://localhost:$port/casework"
echo "  Ctrl-C stops the service and DynamoDB Local."
echo
TABLE_NAME=${TABLE_NAME:-cms-intake-dev} DYNAMODB_ENDPOINT="http://127.0.0.1:$dynamodb_port" PORT=$port \
    target/debug/dev-server
