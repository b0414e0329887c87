# helper: write fsn-NNN.txt from a Python string literal (the search tool's excerpt pasted as-is)
import json, os
D = os.path.dirname(os.path.abspath(__file__)) + '/../'
def w(n, url, text):
    p = D + 'fsn-%03d.txt' % n
    with open(p, 'w', encoding='utf-8') as f:
        f.write(text)
    u = D + 'raw/urls.json'
    m = json.load(open(u)) if os.path.exists(u) else {}
    m['fsn-%03d' % n] = url
    json.dump(m, open(u, 'w'), ensure_ascii=False, indent=0, sort_keys=True)
