#!/usr/bin/env bash
# Fuzzes kompass-score with libFuzzer for SECONDS seconds (default 60): lexer, parser,
# checkers, the compiled, plain and incremental evaluators, explanation and convert,
# with the properties described in Tests/RulesTests/FuzzRegressionTests.swift.
#
#   scripts/fuzz.sh [SECONDS] [extra libFuzzer flags…]
#
# FUZZ_BUILD_ONLY=1 builds the fuzzer and the seeds without fuzzing; FUZZ_SKIP_BUILD=1
# fuzzes with the fuzzer built before, as it is (for a long run while the sources are
# being edited; the seeds are still made afresh). To see how far one
# input gets: KOMPASS_FUZZ_VERBOSE=1 KOMPASS_ROOT=$PWD ASAN_OPTIONS=detect_leaks=0 \
#   .build-fuzz/kompass-fuzz FILE
#
# The fuzzer is not a SwiftPM product: this script compiles Support, Statistics, Engine,
# Rules, Analysis and Reports module by module with `swiftc -sanitize=fuzzer,address`
# into $FUZZ_BUILD (default .build-fuzz; rebuilt only when a module's sources or the
# flags change), then Fuzz/FuzzMain.swift with the shared pipeline. One process, one
# worker. Seeds: every *.kompass and *.json file of Rules/, Examples/ and Tests/ (under
# every mode that fits them, instrument folders bundled), their JSON conversions, and
# Tests/RulesTests/Fixtures/fuzz/*.fuzz. New inputs go to $FUZZ_CORPUS (default
# .fuzz-corpus, kept between runs, not in git); crashes to $FUZZ_BUILD/artifacts/.
#
# A hang is an input that takes more than 2 s of CPU time (KOMPASS_FUZZ_CPU_LIMIT; the
# harness checks it, see Fuzz/FuzzMain.swift). libFuzzer's -timeout counts wall time, which
# on a busy shared machine says little, so it is only a backstop for an input that never
# ends: $FUZZ_TIMEOUT seconds (default 120).
#
# FUZZ_WORKERS=N (default 1) runs N fuzzing processes at once (libFuzzer's -fork=N, which
# stops at the first crash, hang or property violation like a single worker does); the
# CPU time reported at the end is all the workers' together.
#
# Exit status: 0 when the time ran out with nothing found, or when the toolchain cannot
# build a fuzzer ("skipping fuzzing: …", so CI can always call it); non-zero when the
# fuzzer found a crash, a hang or a property violation, or the build failed.
#
# To turn a finding into a regression fixture: minimise it (before fixing the bug)
#   KOMPASS_ROOT=$PWD ASAN_OPTIONS=detect_leaks=0 .build-fuzz/kompass-fuzz -minimize_crash=1 \
#     -max_total_time=300 -max_len=65536 -timeout=120 -exact_artifact_path=MIN CRASH
# and copy MIN to Tests/RulesTests/Fixtures/fuzz/NAME.fuzz (FuzzRegressionTests runs
# every *.fuzz file there through the same pipeline).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-60}
shift || true
case $seconds in
    '' | 0 | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [libFuzzer flags…]" >&2; exit 64 ;;
esac
build=${FUZZ_BUILD:-$root/.build-fuzz}
timeout=${FUZZ_TIMEOUT:-120}
workers=${FUZZ_WORKERS:-1}
case $timeout$workers in
    *[!0-9]*) echo "fuzz: FUZZ_TIMEOUT and FUZZ_WORKERS must be whole numbers" >&2; exit 64 ;;
esac
corpus=${FUZZ_CORPUS:-$root/.fuzz-corpus}
swiftc=${SWIFTC:-$(command -v swiftc || true)}
if [ -z "$swiftc" ] && [ -x /opt/swift/usr/bin/swiftc ]; then swiftc=/opt/swift/usr/bin/swiftc; fi

# Swift keeps pointers in enum payloads with spare bits set, which LeakSanitizer reads
# as leaks at exit; leaks are not what this fuzzer looks for.
export ASAN_OPTIONS=detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}
# Swift's own backtracer fights ASan's handler over a crash; ASan's report suffices.
export SWIFT_BACKTRACE=enable=no
export KOMPASS_ROOT=$root

skip() {
    echo "skipping fuzzing: $*"
    exit 0
}

[ -n "$swiftc" ] || skip "no swiftc found (set SWIFTC)"
mkdir -p "$build"
if [ -n "${FUZZ_SKIP_BUILD:-}" ]; then
    [ -x "$build/kompass-fuzz" ] || { echo "fuzz: FUZZ_SKIP_BUILD is set but there is no $build/kompass-fuzz" >&2; exit 66; }
    echo "fuzz: FUZZ_SKIP_BUILD set: using $build/kompass-fuzz as built $(date -r "$build/kompass-fuzz" -u '+%Y-%m-%d %H:%M:%S UTC')" >&2
else

# --- 1. Does the toolchain build and run a libFuzzer target? -------------------------
probe=$build/probe
mkdir -p "$probe"
cat > "$probe/probe.swift" <<'EOF'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    if size > 1, let data, data[0] == 7 { return 0 }
    return 0
}
EOF
if ! "$swiftc" -parse-as-library -sanitize=fuzzer,address "$probe/probe.swift" -o "$probe/probe" > "$probe/log" 2>&1; then
    skip "$swiftc cannot build with -sanitize=fuzzer,address (libFuzzer ships only with the open-source Linux/Windows toolchains): $(grep -m1 -i error "$probe/log" || tail -1 "$probe/log")"
fi
if ! "$probe/probe" -runs=10 > "$probe/run.log" 2>&1; then
    skip "a -sanitize=fuzzer binary does not run here: $(tail -1 "$probe/run.log")"
fi

# --- 2. Build the modules and the harness --------------------------------------------
flags=(-O -g -sanitize=fuzzer,address -swift-version 6 -parse-as-library)
# ld.gold warns once per ASan symbol; lld is quiet and faster when the toolchain has it.
link_flags=()
if "$swiftc" -use-ld=lld -parse-as-library -sanitize=fuzzer,address "$probe/probe.swift" -o "$probe/probe-lld" > /dev/null 2>&1; then
    link_flags=(-use-ld=lld)
fi
version=$("$swiftc" --version 2>&1 | head -1)
modules=(Support Statistics Engine Rules Analysis Reports)
changed=0
for module in "${modules[@]}"; do
    sources=$(find "Sources/$module" -name '*.swift' | LC_ALL=C sort)
    # The stamp: toolchain, flags, every source's name and bytes; a dependency rebuilt
    # rebuilds everything after it (the modules are listed in dependency order).
    stamp=$({ echo "$version ${flags[*]}"; for f in $sources; do echo "$f"; cat "$f"; done; } | cksum)
    if [ "$changed" = 0 ] && [ -f "$build/$module.o" ] && [ "$(cat "$build/$module.stamp" 2>/dev/null)" = "$stamp" ]; then
        continue
    fi
    changed=1
    echo "fuzz: compiling $module" >&2
    # shellcheck disable=SC2086
    "$swiftc" "${flags[@]}" -wmo -module-name "$module" -I "$build" \
        -emit-module -emit-module-path "$build/$module.swiftmodule" -c -o "$build/$module.o" $sources
    echo "$stamp" > "$build/$module.stamp"
done
echo "fuzz: linking the harness" >&2
objects=()
for module in "${modules[@]}"; do objects+=("$build/$module.o"); done
"$swiftc" "${flags[@]}" "${link_flags[@]}" -module-name KompassFuzz -D KOMPASS_FUZZ_HARNESS -I "$build" \
    "$root/Fuzz/FuzzMain.swift" "$root/Tests/RulesTests/FuzzRegressionTests.swift" "${objects[@]}" -o "$build/kompass-fuzz.new"
mv "$build/kompass-fuzz.new" "$build/kompass-fuzz"
fi

# --- 3. Seeds ---------------------------------------------------------------------
seeds=$build/seeds
rm -rf "$seeds" "$build/fuzz.cpu"
mkdir -p "$seeds" "$corpus" "$build/artifacts"
limit=65536
n=0
seed() { # seed NAME MODE FILE… : the mode digit, then the files joined by NUL bytes
    local name=$1 mode=$2
    shift 2
    local out=$seeds/$name
    printf '%s' "$mode" > "$out"
    local first=1
    for f in "$@"; do
        if [ "$first" = 0 ]; then printf '\0' >> "$out"; fi
        first=0
        cat "$f" >> "$out"
    done
    if [ "$(wc -c < "$out")" -gt "$limit" ]; then rm -f "$out"; else n=$((n + 1)); fi
}
is_document() { # the first line that is not blank or a comment starts with evidence or plan
    awk '/^[ \t]*(#|$)/ { next } { exit !($1 == "evidence" || $1 == "plan") } END { if (NR == 0) exit 1 }' "$1"
}
slug() { echo "$1" | tr '/.' '__'; }
while IFS= read -r file; do
    case $file in
        *.json) for mode in 1 2 3; do seed "$mode-$(slug "$file")" "$mode" "$file"; done ;;
        *)
            if is_document "$file"; then
                for mode in 1 2 3; do seed "$mode-$(slug "$file")" "$mode" "$file"; done
                seed "0-$(slug "$file")" 0 "$file"
            else
                seed "0-$(slug "$file")" 0 "$file"
            fi
            ;;
    esac
done < <(find Rules Examples Tests \( -name '*.kompass' -o -name '*.json' \) -type f | LC_ALL=C sort)
# Whole instruments with documents (mode 0), each under the size limit.
design=Tests/RulesTests/Fixtures/design
seed 0-design-bundle 0 "$design"/instrument/*.kompass "$design/evidence.kompass" "$design/plan.kompass"
calibration=(Examples/calibration/round/*.kompass)
seed 0-calibration-bundle 0 Examples/calibration/rules/instrument.kompass "${calibration[@]:0:3}"
# One area of the shipped instrument with its header (without the reference profile,
# which names all eight areas).
grep -v '^reference' Rules/kommunkompassen-2019/00-instrument.kompass > "$build/shipped-header.kompass"
for area in Rules/kommunkompassen-2019/area-*.kompass; do
    seed "0-shipped-$(basename "$area" .kompass)" 0 "$build/shipped-header.kompass" "$area"
done
for fixture in Tests/RulesTests/Fixtures/fuzz/*.fuzz; do
    [ -f "$fixture" ] && cp "$fixture" "$seeds/fixture-$(basename "$fixture")" && n=$((n + 1))
done
"$build/kompass-fuzz" --write-json-seeds="$seeds" >&2
echo "fuzz: $n seeds from the repository, plus their JSON conversions, in $seeds" >&2

if [ -n "${FUZZ_BUILD_ONLY:-}" ]; then
    echo "fuzz: built $build/kompass-fuzz (FUZZ_BUILD_ONLY set, not fuzzing)" >&2
    exit 0
fi

# --- 4. Fuzz ----------------------------------------------------------------------
log=$build/fuzz.log
parallel=()
if [ "$workers" -gt 1 ]; then
    # Fork mode ignores timeouts and running out of memory unless told otherwise.
    parallel=(-fork="$workers" -ignore_crashes=0 -ignore_timeouts=0 -ignore_ooms=0)
fi
echo "fuzz: running for $seconds s with $workers worker(s), log in $log" >&2
echo "fuzz: $build/kompass-fuzz -max_total_time=$seconds -max_len=65536 -timeout=$timeout -dict=Fuzz/kompass.dict -detect_leaks=0 -print_final_stats=1 -artifact_prefix=$build/artifacts/ ${parallel[*]} $* $corpus $seeds" >&2
status=0
# In a subshell, so `times` reports the fuzzer's CPU time alone (user, then system),
# its workers' included.
(
    "$build/kompass-fuzz" -max_total_time="$seconds" -max_len=65536 -timeout="$timeout" -dict=Fuzz/kompass.dict \
        -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$build/artifacts/" "${parallel[@]}" "$@" \
        "$corpus" "$seeds" > "$log" 2>&1 || exit $?
    # Not `times | tail -1`: in a pipeline `times` runs in a new process, with no children.
    times > "$build/fuzz.times"
    tail -1 "$build/fuzz.times" > "$build/fuzz.cpu"
) || status=$?

echo "fuzz: final stats"
grep -aE '^#[0-9]+[[:space:]]+(DONE|INITED)' "$log" | tail -2 || true
grep -aE '^stat::' "$log" || true
# Fork mode: the last progress line (executions, coverage, corpus, exec/s, findings).
grep -aE '^#[0-9]+: cov:' "$log" | tail -1 || true
if [ -s "$build/fuzz.cpu" ] && [ "$status" = 0 ]; then echo "fuzz: CPU time of the fuzzer (user system): $(cat "$build/fuzz.cpu")"; fi
if [ "$status" != 0 ]; then
    echo "fuzz: FAILED (exit $status); the end of $log:" >&2
    grep -avE '^#[0-9]+[[:space:]]' "$log" | tail -60 >&2
    echo "fuzz: the input is in $build/artifacts/ (minimise it and add it to Tests/RulesTests/Fixtures/fuzz, see the top of this script)" >&2
    exit "$status"
fi
echo "fuzz: no crash, no hang, no property violation in $seconds s"
