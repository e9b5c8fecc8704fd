#!/bin/bash
# A base backup of the whole PostgreSQL cluster (registry, ingest, report and keycloak at one moment, as
# pg_basebackup makes it while the services write) with the WAL it needs, checked with pg_verifybackup, packed,
# and the backups (and archived WAL) older than RETAIN_DAYS deleted, the newest 7 always kept.
# Run as postgres by asean-backup.service. Settings: /etc/asean-review/backup.env (backup.env.example).
set -euo pipefail
backup_dir=${BACKUP_DIR:-/var/backups/asean-review}
retain_days=${RETAIN_DAYS:-35}
offsite=${OFFSITE:-}
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}

stamp=$(date -u +%Y%m%dT%H%M%SZ)
started=$(date +%s)
base=$backup_dir/base
name=asean-review-$stamp
mkdir -p "$base" "$backup_dir/wal"
work=$base/.$name.partial
trap 'rm -rf "$work" "$base/.$name.tar.gz.partial"' EXIT

"$pg_bin/pg_basebackup" --pgdata="$work" --format=plain --wal-method=stream --checkpoint=fast \
  --label="$name" --no-password
"$pg_bin/pg_verifybackup" --quiet "$work"
cp "$work/backup_label" "$base/$name.label"
tar -C "$work" -czf "$base/.$name.tar.gz.partial" .
sync "$base/.$name.tar.gz.partial"
mv "$base/.$name.tar.gz.partial" "$base/$name.tar.gz"
sync "$base"
echo "asean-backup: $base/$name.tar.gz, $(du -h "$base/$name.tar.gz" | cut -f1), in $(( $(date +%s) - started )) s"

# Retention: backups older than retain_days (never the newest 7), then the WAL older than the oldest kept backup.
ls -1 "$base"/asean-review-*.tar.gz | sort | head -n -7 | while read -r old; do
  if [ -n "$(find "$old" -mtime +"$retain_days")" ]; then
    echo "asean-backup: deleting $old (older than $retain_days days)"
    rm -f "$old" "${old%.tar.gz}.label"
  fi
done
oldest=$(ls -1 "$base"/asean-review-*.label | sort | head -n 1)
first_wal=$(sed -n 's/^START WAL LOCATION: .* (file \([0-9A-F]*\))$/\1/p' "$oldest")
"$pg_bin/pg_archivecleanup" "$backup_dir/wal" "$first_wal"

if [ -n "$offsite" ]; then
  rsync -a --delete "$backup_dir/" "$offsite/"
  echo "asean-backup: copied to $offsite"
fi
