#!/usr/bin/env bash
# Runs the election-day simulator against a running platform; see README.md, "Simulate an
# election day". Every argument goes to the simulator (--help lists the options).
# Set SIMULATOR_NO_BUILD=1 to skip the Maven build of the simulator module.
set -euo pipefail
cd "$(dirname "$0")"

if [ "${SIMULATOR_NO_BUILD:-}" != "1" ]; then
    mvn -B -q -Dstyle.color=never -DskipTests -pl simulator -am package
fi

exec java -Xmx1g -cp "simulator/target/observation-simulator-0.1.0-SNAPSHOT.jar:simulator/target/lib/*" \
    ml.modele.observation.simulator.SimulatorMain "$@"
