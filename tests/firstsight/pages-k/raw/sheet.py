# Per page: the frozen CLI's verdict on report vs look-alike (refused = is_report false; flagged = is_report
# true with needs_review; passed = is_report true without it) and its metadata against the labels.
# Runs the CLI once per page, sequentially. Usage: python sheet.py DIR > DIR/sheet.tsv
import json, subprocess, sys, glob, os, yaml
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '../../../shared/tools'))
from eval_corpus import same_issuer, norm
CMD = ['/work/frozen11/bin/fzscore', '--format', 'json']
d = sys.argv[1]
print('\t'.join(['id', 'kind', 'verdict', 'p', 'issuer', 'year', 'level', 'title', 'publish_date']))
for lab in sorted(glob.glob(os.path.join(d, 'fsk-*.labels.yaml'))):
    L = yaml.safe_load(open(lab, encoding='utf-8'))
    out = subprocess.run(CMD + [lab.replace('.labels.yaml', '.txt')], capture_output=True, text=True, timeout=120)
    if not out.stdout.strip():  # a one-line error, no scorecard (e.g. a page in neither Chinese nor English)
        print('\t'.join([L['id'], L['kind'], 'error(exit %d)' % out.returncode, '', out.stderr.strip().splitlines()[-1] if out.stderr.strip() else '']), flush=True)
        continue
    c = json.loads(out.stdout); doc = c['document']
    verdict = 'refused' if not doc['is_report'] else ('flagged' if c.get('needs_review') else 'passed')
    row = [L['id'], L['kind'], verdict, str(doc.get('report_probability'))]
    if L['kind'] == 'report':
        def mark(ok, got): return ('=' if ok else 'X ') + str(got)
        want_t = L['title'] if isinstance(L['title'], list) else ([L['title']] if L['title'] else [])
        t_ok = (not want_t and not doc['title']) or (bool(doc['title']) and any(norm(t) == norm(doc['title']) for t in want_t))
        pd = str(L['publish_date']) if L['publish_date'] else None
        row += [mark(same_issuer(L['issuer'], doc['issuer']), doc['issuer']),
                mark(L['report_year'] == doc['report_year'], doc['report_year']),
                mark(L['level'] == doc['level'], doc['level']),
                mark(t_ok, doc['title']), mark(pd == doc['publish_date'], doc['publish_date'])]
    else:
        row += [str(doc['issuer']), str(doc['report_year']), str(doc['level']), str(doc['title']), str(doc['publish_date'])]
    print('\t'.join(row), flush=True)
