a = 1; b = 2; print(a + b)
if a: print('inline if')
for i in range(2): print('inline for', i)
while b: b -= 1; print('inline while', b)
def f(): return 'inline def'
print(f())
class K: x = 1
print(K.x)
