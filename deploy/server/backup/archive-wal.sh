#!/bin/sh
# PostgreSQL's archive_command (/usr/local/lib/asean-review/archive-wal.sh %p %f): copies one WAL segment into the
# archive and makes it durable there before answering 0, after which PostgreSQL may recycle the segment.
# A segment already archived with the same content is fine (a retry after a crash); a different one is an error.
set -eu
source=$1
name=$2
archive=${WAL_ARCHIVE:-/var/backups/asean-review/wal}
if [ -f "$archive/$name" ]; then
  cmp -s "$source" "$archive/$name" && exit 0
  echo "archive-wal.sh: $archive/$name exists with other content" >&2
  exit 1
fi
cp "$source" "$archive/.$name.partial"
sync "$archive/.$name.partial"
mv "$archive/.$name.partial" "$archive/$name"
sync "$archive"
