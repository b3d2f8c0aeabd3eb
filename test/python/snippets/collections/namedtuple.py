from collections import namedtuple
Row = namedtuple('Row', 'id name email')
r = Row(1, 'ann', 'a@x.io')
print(r, repr(r), r.name, r[0], tuple(r), r._fields)
print(r._replace(name='bob'), Row._make([2, 'cy', None]), r._asdict())
Point = namedtuple('Point', ['x', 'y'], defaults=[0])
print(Point(1), Point(1, 2), isinstance(r, tuple))
try:
    Row(1, 2)
except TypeError as e:
    print(e)
try:
    r.name = 'x'
except AttributeError as e:
    print(e)
