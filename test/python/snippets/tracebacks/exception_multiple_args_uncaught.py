raise ValueError('bad', 42, None)
