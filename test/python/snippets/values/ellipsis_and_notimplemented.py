print(...)
print(Ellipsis is ..., repr(...))
print(NotImplemented)
print(type(...).__name__)
