#!/usr/bin/env bash
# Load test of the portal on loopback: wrk at 64 connections against a release build of `yusuan serve --demo`,
# for a disclosure's JSON (/api/v1/disclosures/ID) and its HTML page (/disclosures/ID).
#
#   scripts/loadtest.sh [--duration 20s] [--connections 64] [--threads 2] [--binary PATH]
#
# Needs wrk (Debian: apt-get install -y wrk). Builds with `swift build -c release` unless --binary is given
# (SCRATCH selects the scratch path, default .build). Prints wrk's report (requests/s and the latency
# distribution, p99 included) for each URL.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=20s
CONNECTIONS=64
THREADS=2
BINARY=""
SCRATCH="${SCRATCH:-.build}"
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --threads) THREADS="$2"; shift 2 ;;
        --binary) BINARY="$2"; shift 2 ;;
        *) echo "usage: $0 [--duration 20s] [--connections 64] [--threads 2] [--binary PATH]" >&2; exit 64 ;;
    esac
done

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 69; }
if [ -z "$BINARY" ]; then
    swift build -c release --scratch-path "$SCRATCH" --product yusuan 2>&1 | tail -n 3
    BINARY="$SCRATCH/release/yusuan"
fi

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
LOG=$(mktemp /tmp/yusuan-loadtest.XXXXXX)
LOG_LEVEL=warning "$BINARY" serve --demo --port "$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null

ID='%E9%87%8D%E5%BA%86%E5%B8%82%E5%8D%97%E5%B2%B8%E5%8C%BA-202-2025-budget'  # 重庆市南岸区-202-2025-budget
echo "== machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "/api/v1/disclosures/$ID" "/disclosures/$ID"; do
    URL="http://127.0.0.1:$PORT$path"
    BYTES=$(curl -fsS "$URL" | wc -c)
    curl -fsS "$URL" >/dev/null  # warm the cache
    echo "== $path ($BYTES bytes), $CONNECTIONS connections, $THREADS threads, $DURATION"
    wrk --latency -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" "$URL"
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
