d = {'name': 'ann'}
try:
    d['Name']
except KeyError as e:
    print(repr(e), e.args[0])
try:
    d[('a', 1)]
except KeyError as e:
    print(repr(e))
