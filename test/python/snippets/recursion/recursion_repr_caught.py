class Node:
    def __repr__(self):
        return 'Node(%r)' % (repr(self),)
try:
    repr(Node())
except RecursionError as e:
    print('caught:', e)
class Leaf:
    def __repr__(self):
        return repr([self])
try:
    print(Leaf())
except RecursionError as e:
    print('caught:', e)
print(repr(Node) [:15], repr('x'), repr(3))
