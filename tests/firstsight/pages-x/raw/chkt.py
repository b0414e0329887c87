# usage: chkt.py SNIPPET... -> earlier pages (shared corpus, tests/firstsight/**) whose text (whitespace removed) contains SNIPPET
import glob, os, re, sys
T = os.path.normpath(os.path.dirname(os.path.abspath(__file__)) + '/../../../')
used = []
for pat in [T + '/shared/corpus/**/*.txt', '/work/shared/corpus/**/*.txt', T + '/firstsight/**/*.txt']:
    for p in glob.glob(pat, recursive=True):
        if '/pages-x/' in p or '/pages-x-held/' in p:
            continue
        used.append((os.path.relpath(p, T), re.sub(r'\s', '', open(p, encoding='utf-8', errors='replace').read())))
for s in sys.argv[1:]:
    s2 = re.sub(r'\s', '', s)
    hits = [p for p, u in used if s2 in u]
    print(('USED ' if hits else 'NEW  ') + s, ' '.join(hits[:4]))
