def gen():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
g = gen()
next(g)
print(g.throw(ValueError('boom')))
