"""Run the frozen tool once per document of one part (pool of 2): /work/frozen48/bin/fzscore docs/pNN.txt --format json
> tool/pNN.json. Usage: python3 run_tool.py tuning|held [--dry]  (--dry prints the commands only)."""
import subprocess
import sys
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOL = "/work/frozen48/bin/fzscore"


def split():
    out = {}
    for line in (HERE / "split.yaml").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            d, part = line.split(": ")
            out[d] = part.strip()
    return out


def run(d):
    cmd = [TOOL, f"docs/{d}.txt", "--format", "json"]
    r = subprocess.run(cmd, cwd=HERE, capture_output=True, text=True)
    (HERE / "tool" / f"{d}.json").write_text(r.stdout, encoding="utf-8")
    return d, r.returncode, r.stderr[-300:]


if __name__ == "__main__":
    part = sys.argv[1]
    docs = sorted(d for d, p in split().items() if p == part)
    if "--dry" in sys.argv:
        for d in docs:
            print(f"cd {HERE} && {TOOL} docs/{d}.txt --format json > tool/{d}.json")
        sys.exit(0)
    with Pool(2) as pool:
        for d, rc, err in pool.imap(run, docs):
            print(d, rc, err.strip())
