samples = ['', ' ', 'a', ' a b ', 'a,b,,c,', '\tx\ny\r\n', 'Hello World', 'ÀÉÎ õü', 'snake_case_name', 'CamelCase', '1,234.50', '  --x--  ']
for s in samples:
    print(repr(s))
    print('  ', s.split(), s.split(','), s.split(' ', 1), s.rsplit(None, 1), s.splitlines())
    print('  ', repr(s.strip()), repr(s.strip(' -')), s.partition(' '), s.rpartition(','))
    print('  ', s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.find('a'), s.rfind(' '), s.count(' '))
    print('  ', s.isalpha(), s.isspace(), s.isdigit(), s.istitle(), s.isupper(), s.islower(), len(s), s[::-1])
