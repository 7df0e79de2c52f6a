#!/usr/bin/env bash
# Frame times of `stakemap gui` under Xvfb (Mesa llvmpipe), 1280x800 window:
# the NGO Forum map, generated 5,000/25,000 and 50,000/250,000 maps, each with
# the live layout running (no saved positions) and settled (saved positions).
# usage: bench/gui_bench.sh [FRAMES]   (from the repository's top folder, after .ci/setup)
set -euo pipefail
frames=${1:-150}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export STAKEMAP_RECOVERY_DIR="$work/recovery" XDG_CONFIG_HOME="$work/config"
run() { xvfb-run -a -s "-screen 0 1600x1000x24" build/stakemap gui "$@"; }

build/stakemap generate --orgs 5000 -o "$work/g5k.json" >/dev/null
build/stakemap generate --orgs 50000 -o "$work/g50k.json" >/dev/null
# Saved positions: run the layout, save, and the window opens with the layout paused.
printf 'layout-steps 300\nsave %s\n' "$work/g5k-settled.json" > "$work/settle5k.txt"
printf 'layout-steps 60\nsave %s\n' "$work/g50k-settled.json" > "$work/settle50k.txt"
printf 'layout-steps 1500\nsave %s\n' "$work/forum-settled.json" > "$work/settleforum.txt"
run "$work/g5k.json" --script "$work/settle5k.txt"
run "$work/g50k.json" --script "$work/settle50k.txt"
run datasets/alliance87-ngo-forum-2017.json --script "$work/settleforum.txt"

for map in datasets/alliance87-ngo-forum-2017.json "$work/forum-settled.json" "$work/g5k.json" "$work/g5k-settled.json" \
           "$work/g50k.json" "$work/g50k-settled.json"; do
  echo "== $(basename "$map")"
  run "$map" --bench-frames "$frames" | grep -v '^$'
done
