items = {'a': 1.23456, 'b': 22.5}
width = 8
print(f"{', '.join(f'{k}={v:.2f}' for k, v in items.items())}")
print(f"{f'{width}':>{width}}|")
print(f"{'x' if width > 5 else 'y'}{width!r:>4}")
print(f"{ {'k': 1}['k'] }", f"{[1, 2][-1]}", f"{(lambda: 'lam')()}")
print(f"{'{'}{'}'}", f"{{{width}}}")
