#!/usr/bin/env bash
# Prints a bearer token the local stack trusts, signed with the key pair it made on first start.
# Usage: deploy/token.sh coordinator
#        deploy/token.sh submitter MOFA
#        deploy/token.sh [--name NAME] [--hours H] ...   (default name: officer@<ministry>, 12 hours)
# DATA_DIR names the stack's data directory (default deploy/.data).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
exec java -cp "$repo/deploy/local-stack/target/local-stack.jar" asean.review.stack.TokenMain \
  --data-dir "${DATA_DIR:-$repo/deploy/.data}" "$@"
