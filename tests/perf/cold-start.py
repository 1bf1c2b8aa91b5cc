#!/usr/bin/env python3
"""Cold start of each release function binary, measured against a Lambda Runtime API served on loopback.

The Runtime API is a small public HTTP interface
(https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html): a function polls
`GET /2018-06-01/runtime/invocation/next` for an event and posts its response to
`/2018-06-01/runtime/invocation/<id>/response`. This harness serves it, starts the binary, and measures:

- init: from exec to the first `next` poll (what Lambda reports as Init Duration, less its own sandbox set-up);
- first response: from exec to the first response posted (init plus handling one event).

Each function is started `--runs` times (default 20) and the medians are printed as a Markdown table. Run it after
`cargo build --release -p apply -p casework -p monitor` (x86_64: the machine's own; Lambda runs the arm64 build of
the same code, see `make package`). It starts its own DynamoDB Local for `monitor`, whose event queries the queues.

    python3 tests/perf/cold-start.py [--runs 20] [--target-dir target/release]
"""

import argparse
import http.server
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def rest_api_event(path):
    """An API Gateway REST (v1) proxy event for GET `path`, as CloudFront and the stage in infra/ send it."""
    return {
        "resource": "/{proxy+}",
        "path": path,
        "httpMethod": "GET",
        "headers": {"Host": "apply.example.gov.uk", "Accept": "text/html"},
        "multiValueHeaders": {"Host": ["apply.example.gov.uk"], "Accept": ["text/html"]},
        "queryStringParameters": None,
        "multiValueQueryStringParameters": None,
        "pathParameters": {"proxy": path.lstrip("/")},
        "stageVariables": None,
        "requestContext": {
            "resourcePath": "/{proxy+}",
            "httpMethod": "GET",
            "path": "/live" + path,
            "stage": "live",
            "requestId": "cold-start",
            "accountId": "123456789012",
            "apiId": "coldstart",
            "identity": {"sourceIp": "127.0.0.1", "userAgent": "cold-start"},
            "protocol": "HTTP/1.1",
            "requestTimeEpoch": 0,
        },
        "body": None,
        "isBase64Encoded": False,
    }


SCHEDULED_EVENT = {"version": "0", "id": "cold-start", "detail-type": "Scheduled Event", "source": "aws.events",
                   "account": "123456789012", "time": "2026-11-22T00:00:00Z", "region": "eu-west-2",
                   "resources": [], "detail": {}}

FUNCTIONS = {
    "apply": rest_api_event("/"),
    "casework": rest_api_event("/casework"),
    "monitor": SCHEDULED_EVENT,
}


class RuntimeApi(http.server.BaseHTTPRequestHandler):
    """One invocation per run: the first `next` gets the event, later ones wait until the run ends."""

    run = None  # each run's subclass sets it: the event, the times, `done` (a threading.Event)

    def log_message(self, *args):
        pass

    def do_GET(self):
        run = self.run
        if self.path == "/2018-06-01/runtime/invocation/next":
            if "next" not in run:
                run["next"] = time.perf_counter()
                body = json.dumps(run["event"]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Lambda-Runtime-Aws-Request-Id", "cold-start-1")
                self.send_header("Lambda-Runtime-Deadline-Ms", str(int(time.time() * 1000) + 30_000))
                self.send_header("Lambda-Runtime-Invoked-Function-Arn",
                                 "arn:aws:lambda:eu-west-2:123456789012:function:cold-start")
                self.send_header("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                run["done"].wait(30)
                self.send_response(410)
                self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()

    def do_POST(self):
        run = self.run
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path.endswith("/response"):
            run["response"] = time.perf_counter()
            run["body"] = body
        else:
            run["error"] = body or self.path.encode()
        self.send_response(202)
        self.end_headers()
        run["done"].set()


def start_dynamodb_local(work):
    port_file = Path(work) / "dynamodb.port"
    process = subprocess.Popen(
        ["bash", str(ROOT / "tests/support/dynamodb-local.sh"), "--in-memory", "--port-file", str(port_file)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    for _ in range(1200):
        if port_file.exists() and port_file.read_text().strip():
            return process, f"http://127.0.0.1:{port_file.read_text().strip()}"
        time.sleep(0.1)
    raise SystemExit("DynamoDB Local did not start")


def create_table(endpoint, table):
    """The table, created by the store's own code: the dev server creates it before it listens, then is stopped."""
    env = dict(os.environ, TABLE_NAME=table, DYNAMODB_ENDPOINT=endpoint, PORT="0", OIDC_ISSUER="http://127.0.0.1:9",
               OIDC_CLIENT_ID="x", CASEWORK_BASE_URL="http://localhost", RUST_LOG="info")
    server = subprocess.Popen([str(ROOT / "target/debug/dev-server")], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        for line in server.stdout:
            if '"listening"' in line:
                return
        raise SystemExit("the dev server stopped before the table was created (build it: cargo build -p dev-server)")
    finally:
        server.terminate()
        server.wait()


def measure(binary, event, env):
    # A Runtime API of its own for each run, so that a poll from the run before can never be taken for this one's.
    run = {"event": event, "done": threading.Event()}
    handler = type("RunRuntimeApi", (RuntimeApi,), {"run": run})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    started = time.perf_counter()
    process = subprocess.Popen([str(binary)], env=dict(env, AWS_LAMBDA_RUNTIME_API=f"127.0.0.1:{server.server_address[1]}"),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    finished = run["done"].wait(30)
    process.kill()
    _, stderr = process.communicate()
    server.shutdown()
    if not finished or "error" in run or "next" not in run:
        raise SystemExit(f"{binary.name}: no response ({run.get('error')!r}): {stderr.decode(errors='ignore')[-400:]}")
    return (run["next"] - started) * 1000, (run["response"] - started) * 1000, run["body"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--target-dir", default=str(ROOT / "target/release"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        dynamodb, endpoint = start_dynamodb_local(work)
        try:
            create_table(endpoint, "cold-start")
            env = {
                "PATH": os.environ.get("PATH", ""),
                "AWS_LAMBDA_FUNCTION_NAME": "cold-start",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128",
                "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
                "AWS_LAMBDA_LOG_STREAM_NAME": "cold-start",
                "AWS_LAMBDA_LOG_GROUP_NAME": "cold-start",
                "AWS_LAMBDA_HTTP_IGNORE_STAGE_IN_PATH": "true",
                "AWS_REGION": "eu-west-2",
                "AWS_ACCESS_KEY_ID": "local",
                "AWS_SECRET_ACCESS_KEY": "local",
                "TABLE_NAME": "cold-start",
                "STAGE": "cold-start",
                "OIDC_ISSUER": "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_example",
                "OIDC_CLIENT_ID": "example",
                "CASEWORK_BASE_URL": "https://apply.example.gov.uk",
                # The handover feed's destinations (casework will not start without them).
                "HANDOVER_CLIENT_ID_GENERAL": "handover-general",
                "HANDOVER_CLIENT_ID_DOMESTIC_ABUSE": "handover-domestic-abuse",
            }
            rows = []
            for name, event in FUNCTIONS.items():
                binary = Path(args.target_dir) / name
                # apply and casework answer GET pages without DynamoDB, as in AWS (credentials from the
                # environment); monitor queries the queues, here in DynamoDB Local.
                run_env = dict(env, DYNAMODB_ENDPOINT=endpoint) if name == "monitor" else env
                inits, responses = [], []
                for _ in range(args.runs):
                    init, response, body = measure(binary, event, run_env)
                    inits.append(init)
                    responses.append(response)
                status = json.loads(body).get("statusCode", "-") if body.startswith(b"{") else "-"
                size = binary.stat().st_size / 1e6
                rows.append((name, statistics.median(inits), max(inits), statistics.median(responses),
                             max(responses), status, size))
        finally:
            os.killpg(dynamodb.pid, 15)
    print(f"| function | init, median | init, max | first response, median | first response, max | "
          f"status | binary |")
    print("|---|---|---|---|---|---|---|")
    for name, init, init_max, response, response_max, status, size in rows:
        print(f"| {name} | {init:.1f} ms | {init_max:.1f} ms | {response:.1f} ms | {response_max:.1f} ms | "
              f"{status} | {size:.1f} MB |")
    print(f"\n{args.runs} runs each, x86_64 release binaries, {os.cpu_count()} cores.", file=sys.stderr)


if __name__ == "__main__":
    main()
