import copy
orig = {'list': [1, [2]], 'n': 1}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig['list'][1].append(3)
print(shallow['list'], deep['list'])
