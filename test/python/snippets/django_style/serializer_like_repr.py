import datetime
from decimal import Decimal
def serialize(value):
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, (int, float, Decimal)):
        return repr(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, datetime.datetime):
        return repr(value)
    if isinstance(value, (list, tuple)):
        items = ', '.join(serialize(v) for v in value)
        return f'[{items}]' if isinstance(value, list) else f'({items}{"," if len(value) == 1 else ""})'
    if isinstance(value, dict):
        return '{' + ', '.join(f'{serialize(k)}: {serialize(v)}' for k, v in sorted(value.items())) + '}'
    raise ValueError(f'Cannot serialize: {value!r}')
print(serialize([1, 'a', None, (True,), {'b': Decimal('1.5'), 'a': 2.0}]))
print(serialize(datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)))
try:
    serialize(object)
except ValueError as e:
    print(str(e).split(' ')[0:2])
