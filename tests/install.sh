#!/usr/bin/env bash
# Installs what the test suite needs on a fresh Debian machine: the package with its test extras,
# Debian's Chromium for the browser tests, and Java for the Nu HTML Checker. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
dpkg -s fonts-noto-core >/dev/null 2>&1 || need="$need fonts-noto-core"
command -v java >/dev/null 2>&1 || need="$need default-jre-headless"
if [ -n "$need" ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $need
fi
python3 -m pip install -q --disable-pip-version-check -e '.[test]'
