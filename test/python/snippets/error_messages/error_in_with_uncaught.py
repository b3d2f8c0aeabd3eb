class Resource:
    def __enter__(self):
        print('open')
        return self
    def __exit__(self, *exc):
        print('close')
with Resource() as r:
    r.missing_method()
