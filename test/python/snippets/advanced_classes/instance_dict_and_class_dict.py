class C:
    shared = []
    def __init__(self):
        self.own = 1
c = C()
print(sorted(k for k in C.__dict__ if not k.startswith('__')), c.__dict__)
c.shared = 'shadow'
print(c.shared, C.shared, c.__dict__)
del c.shared
print(c.shared)
