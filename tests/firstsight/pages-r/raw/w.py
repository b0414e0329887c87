# helper: write fsr-NNN.txt from a Python string literal (the search tool's excerpt pasted as-is, page beginning),
# cut after at most 2000 UTF-8 bytes on a character boundary (as the shared corpus pages), no trailing newline added
import json, os
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
def w(n, url, text):
    b = text.encode('utf-8')[:2000]
    t = b.decode('utf-8', errors='ignore')
    p = D + 'fsr-%03d.txt' % n
    with open(p, 'w', encoding='utf-8') as f:
        f.write(t)
    u = D + 'raw/urls.json'
    m = json.load(open(u)) if os.path.exists(u) else {}
    m['fsr-%03d' % n] = url
    json.dump(m, open(u, 'w'), ensure_ascii=False, indent=0, sort_keys=True)
