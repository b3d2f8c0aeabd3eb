data = [1, 2, 'three']
print([d + 1 for d in data])
