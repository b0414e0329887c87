import sys
for n in sys.argv[1:]:
    print('===', n)
    for i, l in enumerate(open('fsq-%03d.txt' % int(n), encoding='utf-8').read().split('\n'), 1):
        if l.strip(): print('%d: %s' % (i, l[:50]))
