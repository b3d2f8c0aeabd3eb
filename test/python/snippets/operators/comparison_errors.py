for a, b in [(1, 'a'), ([], ()), (None, 0), ({}, {})]:
    try:
        a < b
    except TypeError as e:
        print(e)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(e)
