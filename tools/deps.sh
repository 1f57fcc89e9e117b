#!/usr/bin/env bash
# deps.sh - installs what dyad needs on Debian 12 when it is missing:
# compilers and libraries from apt. Idempotent and quiet when all is there.
set -euo pipefail
pkgs=(build-essential cmake pkg-config libjansson-dev libsqlite3-dev
      libutf8proc-dev nettle-dev libcairo2-dev libcurl4-openssl-dev libxml2-dev
      zlib1g-dev wordnet-base libcmocka-dev sqlite3 npm
      ca-certificates python3   # python3: test-corpus generators and checks
      gdal-bin                  # ogrinfo reads the GeoJSON export in the tests
      libmicrohttpd-dev         # dyad serve; the feed tests' loopback server
      chromium                  # the dashboard's browser tests (make test)
      apache2-utils             # ab: bench/serve-load.sh
      libpq-dev                 # the PostgreSQL store (src/store/pg/)
      postgresql-15             # its tests: a throwaway server (tests/cli/pg.sh)
      slurm-wlm munge)          # the Slurm array test: a one-node cluster (tests/cli/slurm.sh)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# npm may come with Node.js from elsewhere: a working npm is enough
if command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/npm}")
fi
want=()
for p in "${missing[@]}"; do [ -n "$p" ] && want+=("$p"); done
if [ ${#want[@]} -gt 0 ]; then
  echo "deps: installing ${want[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "deps: run as root, or install: apt-get install ${want[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
fi
