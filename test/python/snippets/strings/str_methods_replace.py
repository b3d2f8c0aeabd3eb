s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('', '-'))
print('aaa'.replace('a', 'bb'), 'abc'.replace('x', 'y'))
print('hello'.translate(str.maketrans('el', 'ip')), 'abc'.translate({ord('a'): None}))
