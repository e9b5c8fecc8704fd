#!/usr/bin/env bash
# Backs up the running local stack's PostgreSQL: every database (registry, report, ingest) in one consistent
# online snapshot, into a tar.gz that deploy/restore.sh puts back.
# Usage: deploy/backup.sh [--data-dir DIR] [--postgres-port N] [--to FILE]
# By default the stack of deploy/.data (or DATA_DIR) on 127.0.0.1:15432, into
# deploy/backups/asean-review-<UTC time>.tar.gz.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
jar="$repo/deploy/local-stack/target/local-stack.jar"
if [ ! -f "$jar" ]; then
  echo "backup.sh: $jar is missing; build first: ./mvnw -B package -DskipTests" >&2
  exit 1
fi
exec java -cp "$jar" asean.review.stack.backup.BackupMain \
  --data-dir "${DATA_DIR:-$repo/deploy/.data}" --backups-dir "$repo/deploy/backups" "$@"
