#!/bin/sh
# usage: chk.sh STRING...  -> for each STRING: NEW, or the existing pages whose url or first 150 chars contain it
cd "$(dirname "$0")"
for s in "$@"; do n=$(grep -aFc -- "$s" existing.tsv); if [ "$n" = 0 ]; then echo "NEW  $s"; else echo "USED $s ($n): $(grep -aF -- "$s" existing.tsv | cut -f1 | tr '\n' ' ')"; fi; done
