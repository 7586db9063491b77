#!/usr/bin/env bash
# Measures the cold start of the Payara Micro packaging as run.sh starts it: from launching
# run.sh --no-build to the login page answering 200 and readiness UP, on a new data folder
# (so the time includes unpacking MariaDB, creating its data folder and every migration).
# Usage: bench/cold-start.sh [runs]   (after mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

for run in $(seq 1 "$runs"); do
    work=$(mktemp -d)
    start=$(date +%s.%N)
    OBSERVATION_PORT="$port" OBSERVATION_DATA_DIR="$work" ./run.sh --no-build > "$work/server.log" 2>&1 &
    pid=$!
    ready=""
    for _ in $(seq 1 1200); do
        login=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/observation/login.xhtml" || true)
        health=$(curl -s "http://127.0.0.1:$port/health/ready" || true)
        if [ "$login" = "200" ] && [[ "$health" == *'"status":"UP"'*'"database"'* ]]; then
            ready=$(date +%s.%N)
            break
        fi
        sleep 0.1
    done
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    if [ -z "$ready" ]; then
        echo "run $run: not ready after 120 s; log in $work/server.log" >&2
        exit 1
    fi
    printf 'run %d: %.1f s to login page 200 and readiness UP\n' "$run" "$(echo "$ready - $start" | bc)"
    # Milestones from the server log, in seconds after run.sh was launched.
    for milestone in "smpp-adapter was successfully deployed" "Starting embedded MariaDB" "Embedded MariaDB ready" \
            "Schema at version" "observation was successfully deployed" "ready in"; do
        millis=$(grep -a "$milestone" "$work/server.log" | tail -1 | grep -o 'timeMillis: [0-9]*' | grep -o '[0-9]*' || true)
        if [ -n "$millis" ]; then
            printf '    %5.1f s  %s\n' "$(echo "$millis / 1000 - $start" | bc -l)" "$milestone"
        fi
    done
    rm -rf "$work"
done
