s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.index('fox'))
print(s.count('o'), s.count('the'), s.count(''), 'aaaa'.count('aa'))
print(s.startswith('the'), s.endswith('dog'), s.startswith(('a', 'the')), s.endswith('o', 0, 14))
print('fox' in s, 'cat' not in s, s.rindex('o'))
try:
    s.index('cat')
except ValueError as e:
    print(e)
