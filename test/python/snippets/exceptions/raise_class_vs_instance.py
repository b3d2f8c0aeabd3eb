try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise TypeError('msg')
except TypeError as e:
    print(repr(e))
try:
    raise 'not an exception'
except TypeError as e:
    print(e)
