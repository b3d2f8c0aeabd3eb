s = '  xx hello xx  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(' x')))
print('www.example.com'.strip('cmowz.'), '00042'.lstrip('0'))
print(repr('ab'.center(7)), repr('ab'.center(7, '*')), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print('a\tb\tc'.expandtabs(4), 'prefix_name'.removeprefix('prefix_'), 'file.py'.removesuffix('.py'))
