#!/bin/bash
# Restores a backup (the newest by default) into a scratch directory, replays the archived WAL to its end on a
# PostgreSQL of its own (port 5499, nothing else touched), prints what each database holds, and removes it.
# Run as postgres: runuser -u postgres -- restore-drill.sh [backup.tar.gz]. Compare its figures with the live ones.
set -euo pipefail
backup_dir=${BACKUP_DIR:-/var/backups/asean-review}
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}
archive=${1:-$(ls -1 "$backup_dir"/base/asean-review-*.tar.gz | sort | tail -n 1)}
port=5499
scratch=$(mktemp -d /tmp/asean-restore-drill.XXXXXX)
trap '"$pg_bin/pg_ctl" -D "$scratch/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT

mkdir -m 0700 "$scratch/data"
tar -C "$scratch/data" -xzf "$archive"
touch "$scratch/data/recovery.signal"
# Debian keeps the configuration in /etc/postgresql, outside the data directory: the drill brings its own.
cat > "$scratch/postgresql.conf" <<CONF
port = $port
listen_addresses = ''
unix_socket_directories = '$scratch'
hba_file = '$scratch/pg_hba.conf'
archive_mode = off
restore_command = 'cp $backup_dir/wal/%f %p'
recovery_target_action = 'promote'
CONF
echo "local all all peer" > "$scratch/pg_hba.conf"
started=$(date +%s)
"$pg_bin/pg_ctl" -D "$scratch/data" -l "$scratch/postgres.log" -o "-c config_file=$scratch/postgresql.conf" \
  -w -t 600 start
until [ "$("$pg_bin/psql" -h "$scratch" -p $port -Atc 'SELECT pg_is_in_recovery()' postgres)" = f ]; do sleep 1; done
echo "restore-drill: $archive restored and recovered to the end of the archive in $(( $(date +%s) - started )) s"
q() { "$pg_bin/psql" -h "$scratch" -p $port -Atc "$2" "$1" 2>/dev/null || echo "(none)"; }
echo "  registry: $(q registry 'SELECT count(*) FROM contribution_version') versions, $(q registry 'SELECT count(*) FROM submission') submissions, last $(q registry 'SELECT max(processed_at) FROM submission')"
echo "  report:   $(q report 'SELECT count(*) FROM edition') editions"
echo "  ingest:   $(q ingest 'SELECT count(*) FROM idempotency_key') idempotency keys"
echo "  keycloak: $(q keycloak "SELECT count(*) FROM user_entity WHERE realm_id = (SELECT id FROM realm WHERE name = 'asean-review')") users"
