for ch in 'héllo':
    print(ch, end='|')
print()
for i, ch in enumerate('abc'):
    print(i, ch)
print(list(reversed('abc')), 'abc'[::-1])
