#!/bin/sh
# usage: chk.sh STRING...  -> existing pages whose url or first 150 chars contain STRING
for s in "$@"; do echo "== $s"; grep -F -- "$s" existing.tsv | cut -c1-160; done
