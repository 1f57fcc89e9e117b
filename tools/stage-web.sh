#!/usr/bin/env bash
# stage-web.sh WEB NPM OUT - lays out the dashboard dyad serve installs:
# our own files from WEB (web/ of the repository) and, under vendor/, the
# files it uses from the pinned npm packages in NPM (tools/fetch-npm.sh),
# each with its licence. Nothing here is committed to the repository.
set -euo pipefail
web=${1:?usage: stage-web.sh WEB NPM OUT}
npm=${2:?usage: stage-web.sh WEB NPM OUT}
out=${3:?usage: stage-web.sh WEB NPM OUT}
rm -rf "$out.tmp"
mkdir -p "$out.tmp/vendor"
cp "$web"/*.html "$web"/*.css "$web"/*.js "$out.tmp/"
# package  file in the package  -> name under vendor/
files=(
  "leaflet dist/leaflet.js leaflet.js"
  "leaflet dist/leaflet.css leaflet.css"
  "leaflet LICENSE leaflet-LICENSE.txt"
  "leaflet.markercluster dist/leaflet.markercluster.js leaflet.markercluster.js"
  "leaflet.markercluster dist/MarkerCluster.css MarkerCluster.css"
  "leaflet.markercluster MIT-LICENCE.txt leaflet.markercluster-LICENSE.txt"
  "world-atlas countries-50m.json countries-50m.json"
  "world-atlas LICENSE world-atlas-LICENSE.txt"
  "topojson-client dist/topojson-client.min.js topojson-client.min.js"
  "topojson-client LICENSE topojson-client-LICENSE.txt"
  "uplot dist/uPlot.iife.min.js uPlot.iife.min.js"
  "uplot dist/uPlot.min.css uPlot.min.css"
  "uplot LICENSE uplot-LICENSE.txt"
)
for f in "${files[@]}"; do
  read -r pkg path name <<<"$f"
  cp "$npm/$pkg/package/$path" "$out.tmp/vendor/$name"
done
rm -rf "$out"
mv "$out.tmp" "$out"
