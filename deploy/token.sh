#!/usr/bin/env bash
# Prints an access token from the local stack's Keycloak, for one of the example users of
# deploy/keycloak/asean-review-realm.json (their local passwords are in that file). Valid one hour.
# Usage: deploy/token.sh coordinator
#        deploy/token.sh submitter MOFA
# KEYCLOAK_URL names another Keycloak (default http://127.0.0.1:8180).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
exec java -cp "$repo/deploy/local-stack/target/local-stack.jar" asean.review.stack.TokenMain \
  --repository "$repo" --keycloak "${KEYCLOAK_URL:-http://127.0.0.1:8180}" "$@"
