try:
    try:
        int('x')
    except ValueError:
        [][0]
except IndexError:
    {}['k']
