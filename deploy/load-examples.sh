#!/usr/bin/env bash
# Loads the example cycles and contributions (deploy/examples/<year>/) into a running stack.
# Safe to run twice: each contribution is posted with an Idempotency-Key derived from its file.
# Usage: deploy/load-examples.sh [year ...]   (default: every year under deploy/examples)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ingest=${INGEST_URL:-http://127.0.0.1:8081}
registry=${REGISTRY_URL:-http://127.0.0.1:8082}
years=("$@")
[ ${#years[@]} -gt 0 ] || years=($(ls "$here/examples"))

post() { # method url file [idempotency-key]
  local out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -X "$1" "$2" -H 'Content-Type: application/json' \
    ${4:+-H "Idempotency-Key: $4"} --data-binary @"$3")
  if [ "${status:0:1}" != 2 ]; then
    echo "FAILED $1 $2 ($3): HTTP $status" >&2; cat "$out" >&2; echo >&2; rm -f "$out"; return 1
  fi
  rm -f "$out"
  echo "ok  $status $1 ${2#*/api/v1/} <- ${3#$here/}"
}

for year in "${years[@]}"; do
  post PUT "$registry/api/v1/cycles/$year" "$here/examples/$year/cycle.json"
  for file in "$here"/examples/"$year"/contributions/*.json; do
    post POST "$ingest/api/v1/contributions" "$file" "example-$year-$(basename "$file" .json)"
  done
done
echo "Loaded. The brief: curl ${REPORT_URL:-http://127.0.0.1:8083}/api/v1/briefs/${years[-1]}"
