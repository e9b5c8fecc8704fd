#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into a stopped stack's data directory. Nothing is deleted: the
# PostgreSQL data that were there are moved aside to <data-dir>/postgres.before-restore-<UTC time>.
# Usage: deploy/restore.sh FILE [--data-dir DIR] [--postgres-port N] [--replay-kafka-since-backup]
# By default into deploy/.data (or DATA_DIR). --replay-kafka-since-backup makes the registry read again what the
# kept Kafka holds since the backup (see deploy/README.md, "Backup and restore").
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
jar="$repo/deploy/local-stack/target/local-stack.jar"
if [ ! -f "$jar" ]; then
  echo "restore.sh: $jar is missing; build first: ./mvnw -B package -DskipTests" >&2
  exit 1
fi
exec java -cp "$jar" asean.review.stack.backup.RestoreMain \
  --data-dir "${DATA_DIR:-$repo/deploy/.data}" "$@"
