#!/bin/sh
# Measures each part once with the frozen CLI (tuning first), as brief session 18 asks; DRY=1 only prints the commands
# and checks that every text has its labels. Run from anywhere: sh raw/measure.sh
T="$(cd "$(dirname "$0")/.." && pwd)"; H="$T/../pages-x-held"
CMD='python3 /work/shared/tools/eval_corpus.py'
FZ="$T/raw/fz_tee.sh --format json"
for d in "$T" "$H"; do for f in "$d"/fsx-*.txt; do [ -f "${f%.txt}.labels.yaml" ] || echo "NO LABELS $f"; done; echo "$(basename "$d"): $(ls "$d"/fsx-*.txt | wc -l) texts"; done
if [ -n "$DRY" ]; then
  echo "$CMD $T --cmd \"$FZ\" -v > $T/eval-x.log"
  echo "$CMD $H --cmd \"$FZ\" -v > $H/eval-x-held.log"
  exit 0
fi
$CMD "$T" --cmd "$FZ" -v > "$T/eval-x.log" 2>&1
$CMD "$H" --cmd "$FZ" -v > "$H/eval-x-held.log" 2>&1
