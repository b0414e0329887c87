# Builds existing.tsv: path, source_url (when labelled), first 150 chars (whitespace squashed) of every page
# already used: the shared corpus (every folder), every tests/firstsight/** text (incl. pages-n, pages-n-held) and
# every /work/firstsight/** text (the earlier sets' originals).
import glob, os, re, yaml
R = os.path.dirname(os.path.abspath(__file__))
T = os.path.normpath(R + '/../../../')  # tests/
pats = [T + '/shared/corpus/**/*.txt', '/work/shared/corpus/**/*.txt', T + '/firstsight/**/*.txt', '/work/firstsight/**/*.txt']
rows = []
for pat in pats:
    for p in sorted(glob.glob(pat, recursive=True)):
        if '/pages-x/' in p or '/pages-x-held/' in p:
            continue
        lab = p[:-4] + '.labels.yaml'
        url = ''
        if os.path.exists(lab):
            try:
                url = yaml.safe_load(open(lab, encoding='utf-8')).get('source_url') or ''
            except Exception:
                pass
        head = re.sub(r'\s+', ' ', open(p, encoding='utf-8', errors='replace').read())[:150]
        rows.append('%s\t%s\t%s' % (os.path.relpath(p, T + '/..') if p.startswith(T) else p, url, head))
open(R + '/existing.tsv', 'w', encoding='utf-8').write('\n'.join(rows) + '\n')
print(len(rows))
