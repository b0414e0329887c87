# Text check of every saved page against all pages already used: 25-character probes every 100 characters
# (whitespace removed) looked up in every earlier page; prints the two earlier pages sharing most probes.
# Boilerplate (习近平新时代…) gives single hits; a repeat shares most probes.
import glob, os, re
T = os.path.normpath(os.path.dirname(os.path.abspath(__file__)) + '/../../../')
used = []
for pat in [T + '/shared/corpus/**/*.txt', '/work/shared/corpus/**/*.txt', T + '/firstsight/**/*.txt', '/work/firstsight/**/*.txt']:
    for p in glob.glob(pat, recursive=True):
        if '/pages-x/' in p or '/pages-x-held/' in p:
            continue
        used.append((p, re.sub(r'\s', '', open(p, encoding='utf-8', errors='replace').read())))
for f in sorted(glob.glob(T + '/firstsight/pages-x*/fsx-*.txt')):
    t = re.sub(r'\s', '', open(f, encoding='utf-8').read())
    probes = [t[i:i + 25] for i in range(60, len(t) - 25, 100)]
    cnt = {p: n for p, u in used if (n := sum(pr in u for pr in probes))}
    print(os.path.basename(f), len(probes), sorted(cnt.items(), key=lambda x: -x[1])[:2])
