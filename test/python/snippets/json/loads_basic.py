import json
obj = json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}')
print(obj, type(obj['b']['c']).__name__)
print(json.loads('"\\u00e9\\n"'), json.loads('123'), json.loads(' [ ] '), json.loads('1.0'))
print(json.loads('{"dup": 1, "dup": 2}'))
