z = 3 + 4j
print(z, abs(z), z.real, z.imag)
print(z * 2, z.conjugate(), 1j * 1j)
print(complex(1, -2), complex('2+3j'))
