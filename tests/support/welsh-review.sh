#!/usr/bin/env bash
# `make welsh-review`: writes target/welsh-review.csv, every English text of the applicant's pages beside its Welsh,
# with where the Welsh was published (or that it was written here, for review) and the pages it is on
# (docs/welsh.md). The pages are drawn by the real router against an in-memory DynamoDB Local of its own.
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
ddb=
stop() {
    [[ -n $ddb ]] && { kill -TERM -- "-$ddb" 2>/dev/null || kill -TERM "$ddb" 2>/dev/null || true; wait "$ddb" 2>/dev/null || true; }
    rm -rf "$work"
}
trap stop EXIT

setsid bash tests/support/dynamodb-local.sh --in-memory --port-file "$work/dynamodb.port" &
ddb=$!
for ((i = 0; i < 1200; i++)); do [[ -s $work/dynamodb.port ]] && break; sleep 0.1; done
[[ -s $work/dynamodb.port ]] || { echo "DynamoDB Local did not start within 120 s" >&2; exit 1; }
DYNAMODB_ENDPOINT="http://127.0.0.1:$(cat "$work/dynamodb.port")" \
    cargo run --quiet -p end-to-end --bin welsh-review -- target/welsh-review.csv
