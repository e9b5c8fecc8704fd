#!/usr/bin/env bash
# Builds the project and runs the whole system on this machine: PostgreSQL, Kafka and the three
# services on 127.0.0.1, data kept in deploy/.data. Ctrl-C stops everything.
# SKIP_BUILD=1 deploy/run.sh starts from what was built last.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building (./mvnw package -DskipTests)..."
  ./mvnw -B -q package -DskipTests
fi
exec java -jar deploy/local-stack/target/local-stack.jar --repository . --data-dir deploy/.data "$@"
