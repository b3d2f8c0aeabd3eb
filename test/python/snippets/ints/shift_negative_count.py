for a, b in [(1, -1), (2**70, -3)]:
    for op in ("<<", ">>"):
        try:
            print(eval(f"{a} {op} {b}"))
        except ValueError as e:
            print(op, type(e).__name__, e)
print(5 >> 1, -5 >> 1, 1 << 70, 2**70 >> 3)
