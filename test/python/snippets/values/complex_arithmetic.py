z = 3 + 4j
print(z, -z, +z, z == 3+4j, z != 1, 1j == 1j, (1+0j) == 1, hash(1+0j), hash(3+4j), hash(1.5-2j))
print({1+0j: 'a'}, {1: 'b'}[1+0j], complex(1, -0.0), complex(-0.0, 1), 2**0.5j, (-8)**0.5)
print((1+2j)**0.5, (1+1j)/(2-3j), complex(' (1+2j) '), complex('-j'), complex('1e3J'), 1e400j)
print(bool(0j), bool(1j), abs(-3j), type(1j), isinstance(1j, complex), complex(), complex(2), complex(1j, 1j))
print((2+3j) ** 2, (1+2j) - 1, 1 - (1+2j), 2.5 * 1j, 1j / 2, (1+1j) ** -1, z.conjugate())
print(repr(complex(float('inf'), float('nan'))), format(1+2j, '.2f'), f'{z}', str(z), z.real, z.imag)
for bad in ['abc', '1+', '', 'j1']:
    try:
        complex(bad)
    except ValueError as e:
        print(e)
for f in [lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex(None), lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: int(1j), lambda: float(1j), lambda: 1j / 0, lambda: 0j ** -1, lambda: complex(1, None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class C(complex):
    pass
c = C(1, 2)
print(c, c + 1, type(c).__name__, c.real, C('3j'))
