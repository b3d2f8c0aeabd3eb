print(callable(len), callable(print), callable(1), callable(lambda: 0), callable(int), callable('x'))
print(repr(1), repr('a'), repr([1, 'a']), repr(None), repr(1.0), repr({'a': (1,)}))
print(repr(len), repr(print), repr(int), repr(ValueError))
