a = 2 ** 100
print(a)
print(a * a)
print(a + 1, a - 1)
print(-a // 3, -a % 7)
print(10 ** 30 // 7, 10 ** 30 % 7)
print(factorial := 1)
for i in range(1, 31):
    factorial *= i
print(factorial)
