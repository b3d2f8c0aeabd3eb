matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
print([list(col) for col in zip(*matrix)])
print([[row[i] for row in matrix] for i in range(3)])
