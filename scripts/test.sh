#!/usr/bin/env bash
# The whole test suite, with what it needs: the README's test command.
#
# - The end-to-end tests drive Debian's headless Chromium through the dashboard. If chromium or
#   chromedriver is missing and we may install packages (root on Debian/Ubuntu), they are installed;
#   otherwise the browser test fails and says how to install them.
# - The store tests run on SQLite always, and on PostgreSQL when KZCOMPLY_TEST_POSTGRES_URL is set.
#   If it is not set and a PostgreSQL answers on 127.0.0.1:5432 (user postgres), it is used.
#   CI sets the variable itself and fails when the server does not answer (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test.sh: installing chromium and chromium-driver for the browser tests" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver poppler-utils >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver poppler-utils >/dev/null; }
  fi
fi

if [ -z "${KZCOMPLY_TEST_POSTGRES_URL:-}" ]; then
  if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432 -U postgres; then
    export KZCOMPLY_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres
    echo "test.sh: store tests also run on PostgreSQL at 127.0.0.1:5432" >&2
  else
    echo "test.sh: no PostgreSQL on 127.0.0.1:5432; store tests run on SQLite only" >&2
  fi
fi

exec cargo test --workspace "$@"
