#!/bin/sh
# Renders the Ale kommun 2020 report (Examples/ale-2020) to HTML with kompass-score, then
# takes a screenshot of its first screen with headless Chromium: docs/ale-report.png.
#
#   scripts/render-report.sh [OUTPUT.png] [sv|en]
#
# Needs Swift and Chromium (Debian: apt-get install chromium). The tests never run it.
# The page is loaded with every host name unresolvable, so the picture also shows that
# the report needs nothing from the network. SCRATCH_PATH picks the build folder
# (default .build); CHROMIUM the browser (default: chromium, else chromium-browser).
set -eu

cd "$(dirname "$0")/.."
output=${1:-docs/ale-report.png}
lang=${2:-sv}
scratch=${SCRATCH_PATH:-.build}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$browser" ]; then
    echo "error: chromium not found; install it (apt-get install chromium) or set CHROMIUM" >&2
    exit 69
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

swift build --scratch-path "$scratch" --product kompass-score >&2
"$scratch/debug/kompass-score" score Examples/ale-2020/evidence.kompass \
    --format html --lang "$lang" --output "$work/ale-report.html"

"$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$work/profile" --no-first-run --disable-extensions \
    --host-resolver-rules="MAP * ~NOTFOUND" \
    --force-device-scale-factor=1 --window-size=1000,1414 \
    --screenshot="$work/ale-report.png" "file://$work/ale-report.html" >&2

mkdir -p "$(dirname "$output")"
cp "$work/ale-report.png" "$output"
echo "wrote $output ($(wc -c < "$output" | tr -d ' ') bytes)" >&2
