import json
from datetime import date
from decimal import Decimal
try:
    json.dumps({'d': date(2024, 1, 1)})
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 'x'})
except TypeError as e:
    print(e)
def default(o):
    if isinstance(o, (date, Decimal)):
        return str(o)
    raise TypeError(f'cannot serialise {type(o).__name__}')
print(json.dumps({'d': date(2024, 1, 1), 'p': Decimal('1.10')}, default=default))
