import json
data = {'name': 'ann', 'roles': ['admin', 'dev'], 'meta': {'age': 30, 'active': False}, 'empty': {}, 'none': []}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps([1, [2, 3]], separators=(',', ':')))
