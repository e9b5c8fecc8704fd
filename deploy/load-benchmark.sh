#!/usr/bin/env bash
# Runs the load benchmark (deploy/local-stack's LoadBenchmark) on a stack of its own, on free ports: 10 minutes on a quiet 2-core machine (20 when busy),
# then a table of figures, ceilings and targets. Builds the services first.
# Usage: deploy/load-benchmark.sh [-Dload.drain.records=20000 ...]   (the properties: deploy/local-stack/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
exec ./mvnw -B -pl deploy/local-stack verify -Pbenchmark -Dtest=LoadBenchmark -Dstack.ready-timeout.seconds=300 "$@"
