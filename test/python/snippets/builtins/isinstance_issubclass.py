print(isinstance(1, int), isinstance(1, float), isinstance('s', (int, str)), isinstance([], list))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(KeyError, LookupError))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
