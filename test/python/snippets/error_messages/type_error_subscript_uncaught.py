def first(value):
    return value[0]
first(None)
