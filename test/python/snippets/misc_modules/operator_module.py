import operator
print(operator.add(1, 2), operator.itemgetter(1)('abc'), operator.attrgetter('real')(3 + 4j))
rows = [{'n': 2}, {'n': 1}]
print(sorted(rows, key=operator.itemgetter('n')), operator.methodcaller('upper')('x'))
print(operator.mul(3, 4), operator.neg(5), operator.not_(0), operator.contains([1], 1))
