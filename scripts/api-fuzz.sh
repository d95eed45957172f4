#!/usr/bin/env bash
# API fuzz run: schemathesis generates requests from /api/v1/openapi.json of a running `yusuan serve --demo` and
# checks that no response is a server error (5xx) and that responses conform to the documented schemas.
#
#   scripts/api-fuzz.sh [--binary PATH] [--max-examples N]
#
# Needs schemathesis (python3 -m pip install schemathesis); exits 0 with a message when it is missing, so CI can
# call it unconditionally. Builds the debug binary unless --binary is given (SCRATCH selects the scratch path).
set -euo pipefail
cd "$(dirname "$0")/.."

BINARY=""
MAX_EXAMPLES=40
SCRATCH="${SCRATCH:-.build}"
while [ $# -gt 0 ]; do
    case "$1" in
        --binary) BINARY="$2"; shift 2 ;;
        --max-examples) MAX_EXAMPLES="$2"; shift 2 ;;
        *) echo "usage: $0 [--binary PATH] [--max-examples N]" >&2; exit 64 ;;
    esac
done

if command -v schemathesis >/dev/null; then
    ST=(schemathesis)
elif python3 -c 'import schemathesis' 2>/dev/null; then
    ST=(python3 -m schemathesis.cli)
else
    echo "api-fuzz: schemathesis is not installed (python3 -m pip install schemathesis): skipped"
    exit 0
fi
if [ -z "$BINARY" ]; then
    swift build --scratch-path "$SCRATCH" --product yusuan 2>&1 | tail -n 3
    BINARY="$SCRATCH/debug/yusuan"
fi

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
LOG=$(mktemp /tmp/yusuan-fuzz.XXXXXX)
LOG_LEVEL=warning "$BINARY" serve --demo --port "$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null

echo "== schemathesis $("${ST[@]}" --version 2>/dev/null | tail -n 1) against http://127.0.0.1:$PORT/api/v1/openapi.json"
"${ST[@]}" run "http://127.0.0.1:$PORT/api/v1/openapi.json" \
    --url "http://127.0.0.1:$PORT" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "$MAX_EXAMPLES" \
    --phases examples,fuzzing \
    --no-color
status=$?
if grep -q ' error ' "$LOG"; then
    echo "== server log errors:"; grep ' error ' "$LOG" | head -n 20
fi
exit $status
