import builtins
wanted = ['print', 'len', 'range', 'str', 'int', 'float', 'bool', 'list', 'tuple', 'dict', 'set', 'frozenset', 'sorted', 'reversed', 'enumerate', 'zip', 'map', 'filter', 'min', 'max', 'sum', 'any', 'all', 'abs', 'round', 'divmod', 'pow', 'isinstance', 'issubclass', 'type', 'getattr', 'setattr', 'hasattr', 'callable', 'repr', 'iter', 'next', 'hash', 'id', 'vars', 'dir']
print(all(hasattr(builtins, n) for n in wanted), len(wanted))
print([n for n in wanted if not callable(getattr(builtins, n))])
