#!/usr/bin/env bash
# The app as Playwright tests it: a production build on a fresh embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf "$PGLITE_DIR"
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npx next build; fi
npx tsx --conditions=react-server scripts/prepare-dev.ts
exec npx next start -p "$PORT"
