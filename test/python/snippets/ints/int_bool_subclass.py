print(isinstance(True, int), issubclass(bool, int))
print(True + 1, sum([True, True, False]), True * 'ab')
print(int(True), str(True), repr(False))
print(True == 1, hash(True) == hash(1), {1: 'a', True: 'b'})
