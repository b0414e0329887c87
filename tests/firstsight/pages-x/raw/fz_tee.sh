#!/bin/sh
# --cmd wrapper for eval_corpus.py: runs the frozen CLI once on the document ($3 after "--format json") and keeps
# its JSON scorecard in results-x/ (tuning) or results-x-held/ (held) beside the texts, then prints it unchanged.
out="$(/work/frozen44/bin/fzscore "$@")"; rc=$?
for a in "$@"; do doc="$a"; done
dir="$(dirname "$doc")"; case "$dir" in *-held) r="$dir/results-x-held";; *) r="$dir/results-x";; esac
mkdir -p "$r"; printf '%s\n' "$out" > "$r/$(basename "${doc%.txt}").json"
printf '%s\n' "$out"; exit $rc
