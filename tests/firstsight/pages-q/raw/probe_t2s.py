# As probe.py, but both sides converted to simplified script (OpenCC t2s) before probing, so a traditional
# mirror of a page already used (or the reverse) is caught. Run with the project venv (OpenCC installed).
import glob, os, re
from opencc import OpenCC
cc = OpenCC('t2s')
T = os.path.normpath(os.path.dirname(os.path.abspath(__file__)) + '/../../../')
def norm(s): return cc.convert(re.sub(r'\s', '', s))
used = []
for pat in [T + '/shared/corpus/**/*.txt', T + '/firstsight/**/*.txt', '/work/firstsight/**/*.txt']:
    for p in glob.glob(pat, recursive=True):
        if '/pages-q/' in p or '/pages-q-held/' in p:
            continue
        used.append((p, norm(open(p, encoding='utf-8', errors='replace').read())))
for f in sorted(glob.glob(T + '/firstsight/pages-q*/fsq-*.txt')):
    t = norm(open(f, encoding='utf-8').read())
    probes = [t[i:i + 25] for i in range(60, len(t) - 25, 100)]
    cnt = {p: n for p, u in used if (n := sum(pr in u for pr in probes))}
    print(os.path.basename(f), len(probes), sorted(cnt.items(), key=lambda x: -x[1])[:2])
