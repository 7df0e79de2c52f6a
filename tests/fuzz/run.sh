#!/usr/bin/env bash
# Builds the importer fuzzers with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (into build-fuzz/) and runs each for SECONDS
# (default 600), two at a time, seeded with the project's own good and broken
# files. Crashes land in tests/fuzz/crashes/; a summary line per importer
# gives executions and coverage.
# usage: bash tests/fuzz/run.sh [SECONDS [FORMAT...]]   (needs Debian's clang and libclang-rt-14-dev)
# The memory limit is 4 GB: ASan roughly doubles the ~0.9 GB a map at the
# documented 1,000,000-organisation limit takes.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
shift || true
formats=("$@")
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DSTAKEMAP_FUZZ=ON -DSTAKEMAP_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build build-fuzz -j2 --target fuzz_csv fuzz_json fuzz_graphml fuzz_gexf fuzz_gml fuzz_dot fuzz_net > /dev/null
mkdir -p tests/fuzz/crashes
run_one() {
  local format=$1 corpus
  corpus=$(mktemp -d)
  find tests/data datasets -name "*.${format}" -exec cp {} "$corpus" \; 2>/dev/null || true
  [ "$format" = net ] && find tests/data -name "*.paj" -exec cp {} "$corpus" \; 2>/dev/null
  [ "$format" = dot ] && find tests/data -name "*.gv" -exec cp {} "$corpus" \; 2>/dev/null
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    build-fuzz/fuzz_"$format" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=4096 \
      -artifact_prefix=tests/fuzz/crashes/"$format"- -print_final_stats=1 > "build-fuzz/fuzz_$format.log" 2>&1 || true
  local execs cov
  execs=$(grep -o "stat::number_of_executed_units: *[0-9]*" "build-fuzz/fuzz_$format.log" | grep -o "[0-9]*$" || echo "?")
  cov=$(grep -o "cov: [0-9]*" "build-fuzz/fuzz_$format.log" | tail -1 | grep -o "[0-9]*" || echo "?")
  local crashed=no
  grep -q "ERROR: \|deadly signal\|runtime error" "build-fuzz/fuzz_$format.log" && crashed=yes
  echo "$format: ${seconds} s, ${execs} executions, coverage ${cov} edges, crash: ${crashed}"
  rm -rf "$corpus"
}
if ((${#formats[@]})); then
  for format in "${formats[@]}"; do run_one "$format" & done
  wait
else
  for pair in "csv json" "graphml gexf" "gml dot" "net"; do
    for format in $pair; do run_one "$format" & done
    wait
  done
fi
