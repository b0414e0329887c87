# helper: write fsx-NNN.txt from a Python string literal (the search tool's excerpt pasted as-is, page beginning),
# cut after at most 2000 UTF-8 bytes on a character boundary (as the shared corpus pages); when the excerpt is
# longer, the cut goes back to the last line end or 。 inside those bytes (a line end itself is not kept).
# No trailing newline is added.
import json, os
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
def w(n, url, text):
    b = text.encode('utf-8')
    t = b[:2000].decode('utf-8', errors='ignore')
    if len(b) > 2000:
        i, j = t.rfind('\n'), t.rfind('。')
        t = t[:i] if i > j else t[:j + 1]
    t = t.rstrip('\n')
    p = D + 'fsx-%03d.txt' % n
    with open(p, 'w', encoding='utf-8') as f:
        f.write(t)
    u = D + 'raw/urls.json'
    m = json.load(open(u)) if os.path.exists(u) else {}
    m['fsx-%03d' % n] = url
    json.dump(m, open(u, 'w'), ensure_ascii=False, indent=0, sort_keys=True)
