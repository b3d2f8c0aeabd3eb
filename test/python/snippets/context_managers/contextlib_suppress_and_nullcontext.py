from contextlib import suppress, nullcontext
with suppress(KeyError):
    {}['x']
    print('not printed')
print('after suppress')
with nullcontext(42) as v:
    print(v)
