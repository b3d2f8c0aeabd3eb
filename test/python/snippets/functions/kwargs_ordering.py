def show(**kwargs):
    for k, v in kwargs.items():
        print(k, v)
show(z=1, a=2, m=3)
def merge(a, **rest):
    return {'a': a, **rest}
print(merge(b=2, a=1, c=3))
