#!/bin/sh
# Renders the Ale kommun 2020 report (Examples/ale-2020) to HTML with kompass-score, then
# takes a screenshot of its first screen with headless Chromium: docs/ale-report.png.
# Then it prints the Swedish report to an A4 PDF and checks its page breaks: it fails if
# a page that starts with an area's heading holds no more than two lines (the heading and
# its score bar) or no subarea heading: the area's heading stays with its first subarea.
#
#   scripts/render-report.sh [OUTPUT.png] [sv|en]
#
# Needs Swift, Chromium and poppler's pdftotext/pdfinfo (Debian: apt-get install chromium
# poppler-utils). The tests never run it. PDF_OUTPUT=file.pdf keeps the printed report;
# PAGES_DIR=folder also writes every page as a PNG (pdftoppm) to look at.
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

# The printed Swedish report: no page may hold only an area heading and its score bar.
for tool in pdftotext pdfinfo; do
    if ! command -v "$tool" > /dev/null; then
        echo "error: $tool not found; install poppler-utils" >&2
        exit 69
    fi
done
if [ "$lang" = sv ]; then
    cp "$work/ale-report.html" "$work/ale-report-sv.html"
else
    "$scratch/debug/kompass-score" score Examples/ale-2020/evidence.kompass \
        --format html --lang sv --output "$work/ale-report-sv.html"
fi
"$browser" --headless=new --no-sandbox --disable-gpu \
    --user-data-dir="$work/profile" --no-first-run --disable-extensions \
    --host-resolver-rules="MAP * ~NOTFOUND" \
    --no-pdf-header-footer --print-to-pdf="$work/ale-report-sv.pdf" \
    "file://$work/ale-report-sv.html" >&2 2> "$work/chromium.log" || {
    cat "$work/chromium.log" >&2
    exit 1
}
pages=$(pdfinfo "$work/ale-report-sv.pdf" | sed -n 's/^Pages: *//p')
echo "printed the Swedish report to A4: $pages pages" >&2
if [ -n "${PDF_OUTPUT:-}" ]; then
    cp "$work/ale-report-sv.pdf" "$PDF_OUTPUT"
    echo "wrote $PDF_OUTPUT" >&2
fi
if [ -n "${PAGES_DIR:-}" ]; then
    mkdir -p "$PAGES_DIR"
    pdftoppm -r 70 -png "$work/ale-report-sv.pdf" "$PAGES_DIR/page"
    echo "wrote $PAGES_DIR/page-*.png" >&2
fi
stranded=0
areas=0
page=1
while [ "$page" -le "$pages" ]; do
    pdftotext -layout -f "$page" -l "$page" "$work/ale-report-sv.pdf" "$work/page.txt"
    # The page's non-empty lines, without their leading blanks.
    sed -e 's/^[[:space:]]*//' -e '/^$/d' "$work/page.txt" > "$work/lines.txt"
    count=$(wc -l < "$work/lines.txt" | tr -d ' ')
    first=$(head -n 1 "$work/lines.txt")
    # An area heading: "Område 3 Titel" (or an area number and its title).
    if printf '%s\n' "$first" | grep -Eq '^(Område [0-9]+|[0-9]+ [[:upper:]])'; then
        areas=$((areas + 1))
        # ... must share its page with the heading of a subarea ("1.1 Titel").
        subarea=$(grep -Em 1 '^[0-9]+[.][0-9]+ ' "$work/lines.txt" || true)
        if [ "$count" -le 2 ] || [ -z "$subarea" ]; then
            echo "FAIL page $page: the area heading has no subarea after it on the page:" >&2
            sed 's/^/    /' "$work/lines.txt" | head -n 5 >&2
            stranded=$((stranded + 1))
        else
            echo "ok   page $page: \"$first\" ... \"$subarea\" ($count lines)" >&2
        fi
    fi
    page=$((page + 1))
done
echo "checked $pages pages: $areas begin with an area heading, $stranded without its first subarea" >&2
if [ "$stranded" -gt 0 ]; then
    exit 1
fi
