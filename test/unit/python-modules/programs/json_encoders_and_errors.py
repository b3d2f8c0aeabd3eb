import json
from decimal import Decimal
from datetime import date

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)

data = {'price': Decimal('1.50'), 'when': date(2024, 1, 2), 'tags': ('a', 'b'), 'ok': True, 'none': None, 'n': 2 ** 70}
print(json.dumps(data, cls=Encoder))
print(json.dumps(data, cls=Encoder, indent=2, sort_keys=True))
print(json.dumps({'é': '\u2603', 'k': [1.0, 1e20, -0.0]}), json.dumps({'é': '\u2603'}, ensure_ascii=False))
print(json.dumps([1, [2, [3]]], separators=(',', ':')), json.dumps({'a': 1}, indent='--'), json.dumps({2: 1, 1.5: 2, True: 3}))
for bad in [{'s': {1, 2}}, {(1, 2): 3}, float('nan')]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loaded = json.loads('{"a": [1, 2.5, "x", null, true], "b": {"c": 1e2}, "big": 123456789012345678901234567890}')
print(loaded, type(loaded['b']['c']).__name__, loaded['big'] + 1)
print(json.loads('[1, 2]', parse_int=str), json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1}', object_pairs_hook=list))
for text in ['{"a": }', '[1, 2', '{"a" 1}', 'tru', '"\\x"']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(e.msg, e.pos, e.lineno, e.colno, '|', e)
