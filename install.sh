#!/usr/bin/env bash
# Installs the generator into .venv/, a virtual environment of this folder: Debian's and Ubuntu's
# python3 refuse `pip install` outside one (PEP 668), and python3 -m venv needs python3-venv there.
#
#   bash install.sh           the generator:  .venv/bin/sitegen build  (or .venv/bin/python build.py)
#   bash install.sh --test    also what the tests need: Chromium, Noto fonts, Java (the Nu HTML
#                             Checker) from apt, and the test extra (pytest, ruff …) from PyPI
#
# Run it again at any time: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")"

tests=false
case "${1:-}" in
  "") ;;
  --test) tests=true ;;
  *) echo "usage: bash install.sh [--test]" >&2; exit 2 ;;
esac

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

apt_install() {
  echo "install.sh: apt-get install $*" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "$@"
}

if [ ! -x .venv/bin/python ]; then
  if ! python3 -m venv .venv >/dev/null 2>&1; then
    rm -rf .venv  # a half-made one, without pip
    apt_install python3-venv
    python3 -m venv .venv
  fi
fi

extra=""
if $tests; then
  need=()
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  if [ ${#need[@]} -gt 0 ]; then
    apt_install "${need[@]}"
  fi
  extra="[test]"
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"
