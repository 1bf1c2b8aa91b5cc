#!/usr/bin/env bash
# `make perf`: the figures of docs/performance.md that need the whole local stack, from release builds.
#
#   1. Load: 200 simulated applicants, 50 at a time, through the whole journey (tests/load, `load journeys`) against
#      the dev server and an in-memory DynamoDB Local: journeys per second, p50/p99 per request, zero 5xx, the
#      applications stored equal to the confirmations shown; and the dev server's peak resident memory (VmHWM).
#   2. Against the physical limit: the start page from the dev server versus the same bytes from nginx as a static
#      file, driven by the same load tool in one run (`load compare`), and the ratio.
#   3. Weight: the bytes of a first visit to a question page in Chromium, compressed, before fonts, in English and
#      in Welsh (tests/perf/first-visit.mjs).
#
# Environment: JOURNEYS (200), CONCURRENCY (50), REQUESTS (20000 per round of the comparison), ROUNDS (3).
# Needs what `make test` installs, plus nginx (installed here from Debian if missing, never started as a service).
set -euo pipefail
cd "$(dirname "$0")/../.."

journeys=${JOURNEYS:-200}
concurrency=${CONCURRENCY:-50}
requests=${REQUESTS:-20000}
rounds=${ROUNDS:-3}

if ! command -v nginx >/dev/null; then
    sudo=$([[ $(id -u) == 0 ]] || echo sudo)
    # RUNLEVEL=1: Debian's package would otherwise start nginx as a service on port 80.
    $sudo env RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
fi

echo "Building the dev server and the load tool (release, as shipped: fat LTO) ..."
cargo build --quiet --release -p dev-server -p end-to-end --bin dev-server --bin load

work=$(mktemp -d)
pids=()
stop_all() {
    local pid
    for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
wait_for_url() { # URL WHAT
    local i
    for ((i = 0; i < 600; i++)); do
        curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "$2 did not answer at $1" >&2
    return 1
}

setsid bash tests/support/dynamodb-local.sh --in-memory --port-file "$work/dynamodb.port" &
pids+=($!)
for ((i = 0; i < 1200; i++)); do [[ -s $work/dynamodb.port ]] && break; sleep 0.1; done
export DYNAMODB_ENDPOINT="http://127.0.0.1:$(cat "$work/dynamodb.port")"

# The dev server as `make dev` runs it, but from the release build; casework's sign-in settings are only read,
# never used here (no caseworker signs in), so the local provider's need not run.
port=$(free_port)
TABLE_NAME=perf PORT=$port CASEWORK_BASE_URL="http://localhost:$port" RUST_LOG=warn \
    OIDC_ISSUER=http://127.0.0.1:9 OIDC_CLIENT_ID=casework-local OIDC_CLIENT_SECRET=casework-local-secret \
    setsid target/release/dev-server >"$work/dev-server.log" 2>&1 &
server_pid=$!
pids+=("$server_pid")
wait_for_url "http://127.0.0.1:$port/" "The dev server"

echo
echo "=== Load: $journeys journeys, $concurrency at a time ($(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'))"
target/release/load journeys --base-url "http://127.0.0.1:$port" --journeys "$journeys" --concurrency "$concurrency" \
    --table perf --server-pid "$server_pid" --per-route

# nginx serving the start page's bytes as a file: a minimal configuration, one worker per core, no logging.
mkdir -p "$work/www" "$work/nginx"
curl -fsS "http://127.0.0.1:$port/" -o "$work/www/start.html"
# Started as root, nginx's workers run as an unprivileged user: they must be able to reach the file.
chmod a+rx "$work" "$work/www" && chmod a+r "$work/www/start.html"
nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location / { default_type text/html; }
    }
}
EOF
setsid nginx -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
pids+=($!)
wait_for_url "http://127.0.0.1:$nginx_port/start.html" "nginx"

echo
echo "=== Against the physical limit: the start page, dev server versus nginx ($(nginx -v 2>&1 | sed 's/.*: //'))"
target/release/load compare --url "http://127.0.0.1:$port/" --url "http://127.0.0.1:$nginx_port/start.html" \
    --requests "$requests" --concurrency "$concurrency" --rounds "$rounds"
echo "dev server after both: $(grep -E 'VmHWM|VmRSS' "/proc/$server_pid/status" | tr -s ' \n' ' ')"

echo
echo "=== Weight: a first visit to a question page"
(cd tests && BASE_URL="http://localhost:$port" node perf/first-visit.mjs)
echo "The same, in Welsh:"
(cd tests && BASE_URL="http://localhost:$port" PAGES_LANG=cy node perf/first-visit.mjs)
