a = b = c = 0
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = 'mn'
print(m, n)
first, *rest = [1, 2, 3, 4]
*init, last = 'abcd'
head, *middle, tail = range(5)
print(first, rest, init, last, head, middle, tail)
*_, only = [9]
print(only, _)
