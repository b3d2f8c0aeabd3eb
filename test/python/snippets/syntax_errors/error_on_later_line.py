def ok():
    return 1

def also_ok():
    return 2

value = [1, 2,, 3]
