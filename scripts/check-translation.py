#!/usr/bin/env python3
"""Quick structural check of a translation against English (the Rust tests are the real gate).
Usage: scripts/check-translation.py fi"""
import json, re, sys
lang = sys.argv[1]
root = __file__.rsplit('/scripts/', 1)[0]
en = json.load(open(f'{root}/content/assessment.en.json'))
tr = json.load(open(f'{root}/content/assessment.{lang}.json'))
problems = []
def walk(a, b, path):
    if isinstance(a, dict):
        if not isinstance(b, dict) or set(a) != set(b):
            problems.append(f'{path}: keys differ'); return
        for k in a:
            if k in ('id', 'facet', 'band', 'kind', 'reverse', 'score', 'value', 'min', 'max', 'format', 'version'):
                if a[k] != b[k]: problems.append(f'{path}.{k}: must stay {a[k]!r}, is {b[k]!r}')
            elif k == 'language':
                if b[k] != lang: problems.append(f'{path}.language must be {lang!r}')
            else:
                walk(a[k], b[k], f'{path}.{k}')
    elif isinstance(a, list):
        if not isinstance(b, list) or len(a) != len(b):
            problems.append(f'{path}: list length differs'); return
        for i, (x, y) in enumerate(zip(a, b)): walk(x, y, f'{path}[{i}]')
    elif isinstance(a, str):
        if not isinstance(b, str) or not b.strip(): problems.append(f'{path}: empty')
        elif a == b and len(a) > 3: problems.append(f'{path}: identical to English: {a!r}')
walk(en, tr, '$')
uen = json.load(open(f'{root}/content/ui/en.json'))
utr = json.load(open(f'{root}/content/ui/{lang}.json'))
same = set(utr.get('same_as_english', []))
if utr.get('language') != lang: problems.append('ui language field')
for k, v in uen['strings'].items():
    t = utr['strings'].get(k)
    if t is None:
        if k not in same: problems.append(f'ui {k}: missing')
        continue
    if not t.strip(): problems.append(f'ui {k}: empty')
    if sorted(set(re.findall(r'\{(\w+)\}', v))) != sorted(set(re.findall(r'\{(\w+)\}', t))):
        problems.append(f'ui {k}: placeholders differ')
    if t == v and k not in same: problems.append(f'ui {k}: identical to English but not listed in same_as_english')
for k in utr['strings']:
    if k not in uen['strings']: problems.append(f'ui {k}: unknown key')
print('\n'.join(problems) if problems else 'OK')
sys.exit(1 if problems else 0)
