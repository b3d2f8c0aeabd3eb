data = {'users': [{'name': 'ann', 'tags': ('a', 'b')}, {'name': 'bob', 'tags': ()}], 'count': 2}
print(data)
print(data['users'][0]['tags'][1])
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
print(str(matrix) == repr(matrix))
