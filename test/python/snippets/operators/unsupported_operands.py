pairs = [(1, 'a'), ('a', 1), ([1], (1,)), (None, 1), ({}, {}), (1.5, [1])]
for a, b in pairs:
    try:
        a + b
    except TypeError as e:
        print(e)
for a, b in [(1, 'a'), ([], 2.0)]:
    try:
        a - b
    except TypeError as e:
        print(e)
