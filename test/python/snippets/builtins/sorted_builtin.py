print(sorted([3, 1, 2]), sorted('cba'), sorted([3, 1, 2], reverse=True))
people = [('ann', 30), ('bob', 25), ('cy', 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(sorted(['B', 'a', 'C'], key=str.lower))
