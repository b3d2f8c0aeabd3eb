import json
print(json.dumps({'a': 1, 'b': [1, 2, None], 'c': True, 'd': 'text', 'e': 1.5}))
print(json.dumps([]), json.dumps('é'), json.dumps('é', ensure_ascii=False), json.dumps(None), json.dumps(1e20))
print(json.dumps({'z': 1, 'a': 2}, sort_keys=True), json.dumps((1, 2)), json.dumps({1: 'int key'}))
print(json.dumps('quote " and \\ and \n'), json.dumps(float('inf')))
