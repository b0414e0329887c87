# Seeded split, stratified by kind: 40% (rounded) of the reports and of the distractors go to
# pages-x-held. random.Random(23351175).shuffle over the sorted ids of each kind; the first 40% is held.
# Seed 23351175 drawn once with random.SystemRandom().randint(1, 10**9) (2026-12-07, session 18).
import glob, os, random, shutil, yaml
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
H = D + '../pages-x-held/'
os.makedirs(H, exist_ok=True)
kinds = {}
for p in sorted(glob.glob(D + 'fsx-*.labels.yaml')):
    d = yaml.safe_load(open(p, encoding='utf-8'))
    kinds.setdefault(d['kind'], []).append(d['id'])
held = []
for kind in sorted(kinds):
    ids = sorted(kinds[kind])
    random.Random(23351175).shuffle(ids)
    held += sorted(ids[:round(len(ids) * 0.4)])
for i in sorted(held):
    for ext in ('.txt', '.labels.yaml'):
        if os.path.exists(D + i + ext):
            shutil.move(D + i + ext, H + i + ext)
open(D + 'raw/held_ids.txt', 'w').write('\n'.join(sorted(held)) + '\n')
print('held:', ' '.join(sorted(held)))
