#!/usr/bin/env bash
# Loads the example cycles and contributions (deploy/examples/<year>/) into a running stack, as the
# office (cycles) and as each ministry (its contributions), then accepts them as the office, since the
# seed articles report reviewed facts. With --pending they are left pending review.
# Safe to run twice: each contribution is posted with an Idempotency-Key derived from its file.
# Usage: deploy/load-examples.sh [--pending] [year ...]   (default: every year under deploy/examples)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ingest=${INGEST_URL:-http://127.0.0.1:8081}
registry=${REGISTRY_URL:-http://127.0.0.1:8082}
if [ -n "${TOKEN_CMD:-}" ]; then read -ra token_command <<<"$TOKEN_CMD"; else token_command=("$here/token.sh"); fi
accept=1
years=()
for arg in "$@"; do
  if [ "$arg" = --pending ]; then accept=0; else years+=("$arg"); fi
done
[ ${#years[@]} -gt 0 ] || years=($(ls "$here/examples"))

token() { # role [ministry]: sets TOKEN, made once per role and ministry
  local cached="token_$1_${2:-}"
  [ -n "${!cached:-}" ] || printf -v "$cached" '%s' "$("${token_command[@]}" "$@")"
  TOKEN=${!cached}
}

field() { # name json-text: the value of the first "name": "value" or "name": value
  { grep -o "\"$1\": *\"\{0,1\}[^\",}]*" <<<"$2" || true; } | sed -n '1s/^[^:]*: *"\{0,1\}//p'
}

request() { # method url body-file-or-empty [idempotency-key]: prints the response body, fails unless 2xx
  local out status
  out=$(mktemp)
  # The token goes in on standard input, not on the command line where other users could see it.
  status=$(printf 'Authorization: Bearer %s\n' "$TOKEN" | curl -sS -o "$out" -w '%{http_code}' -X "$1" "$2" \
    -H @- -H 'Content-Type: application/json' ${4:+-H "Idempotency-Key: $4"} ${3:+--data-binary @"$3"})
  if [ "${status:0:1}" != 2 ]; then
    echo "FAILED $1 $2 ${3#$here/}: HTTP $status" >&2; cat "$out" >&2; echo >&2; rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}

submitted=()
for year in "${years[@]}"; do
  token coordinator
  request PUT "$registry/api/v1/cycles/$year" "$here/examples/$year/cycle.json" >/dev/null
  echo "ok  cycle $year"
  for file in "$here"/examples/"$year"/contributions/*.json; do
    json=$(cat "$file")
    ministry=$(field ministry "$json")
    token submitter "$ministry"
    answer=$(request POST "$ingest/api/v1/contributions" "$file" "example-$year-$(basename "$file" .json)")
    submitted+=("$year $ministry $(field area "$json") $(field submissionId "$answer")")
    echo "ok  $ministry <- ${file#$here/}"
  done
done

if [ "$accept" = 1 ] && [ ${#submitted[@]} -gt 0 ]; then
  for entry in "${submitted[@]}"; do
    read -r year ministry area id <<<"$entry"
    token submitter "$ministry"
    for _ in $(seq 300); do
      status=$(request GET "$registry/api/v1/submissions/$id" "")
      [ "$(field status "$status")" = PENDING ] || break
      sleep 0.2
    done
    [ "$(field status "$status")" = REGISTERED ] || { echo "FAILED: $id is not registered: $status" >&2; exit 1; }
    [ "$(field state "$status")" = PENDING_REVIEW ] || continue
    token coordinator
    review=$(mktemp); echo '{"decision": "ACCEPT"}' >"$review"
    request POST "$registry/api/v1/contributions/$year/$ministry/$area/versions/$(field version "$status")/review" \
      "$review" >/dev/null
    rm -f "$review"
    echo "ok  accepted $year $ministry $area"
  done
fi
echo "Loaded. The brief: curl -H \"Authorization: Bearer \$(deploy/token.sh coordinator)\" ${REPORT_URL:-http://127.0.0.1:8083}/api/v1/briefs/${years[${#years[@]}-1]}"
