def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(30) if is_prime(n)])
print(dict((k, v) for k, v in [('a', 1), ('b', 2)]))
print(list(map(str, [1, 2])), tuple(x for x in 'ab'))
