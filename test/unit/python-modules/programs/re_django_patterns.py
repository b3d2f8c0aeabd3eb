import re
slug = re.compile(r'^[-a-zA-Z0-9_]+\Z')
print(bool(slug.match('hello-world_1')), bool(slug.match('bad slug')), bool(slug.match('trailing\n')))
identifier = re.compile(r'^(?P<app>\w+)\.(?P<model>\w+)$')
m = identifier.match('library.Book')
print(m.groupdict(), m.group('app', 'model'), m.span('model'), m.lastgroup, m.lastindex, m[0], repr(m))
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseName').lower(), re.sub(r'\s+', ' ', '  a \n\t b  ').strip())
print(re.findall(r'(\w+)=(\d+)', 'a=1, bb=22, c=x'), re.split(r'[,;]\s*', 'a, b;c ,d'), re.split(r'(-)', 'a-b-c', maxsplit=1))
print(re.sub(r'(?P<word>\b\w)', lambda m: m.group('word').upper(), 'make each word title'), re.subn('a', 'b', 'banana'))
print(re.escape('path/to/file.txt (1)'), re.fullmatch(r'\d{3}', '123'), re.fullmatch(r'\d{3}', '1234'))
pattern = re.compile(r'''
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month
''', re.VERBOSE)
print(pattern.search('on 2024-05 and').groups(), pattern.groups, sorted(pattern.groupindex.items()), pattern.flags & re.VERBOSE)
print(re.search(r'^b', 'a\nb', re.M).start(), re.findall(r'.', 'a\nb', re.S), re.match('(?i)HELLO', 'hello').group())
print([m.span() for m in re.finditer(r'\d*', 'a12b')], re.sub('x*', '-', 'abc'))
for bad in ['(unclosed', '[a-', '*start', r'\p']:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e, e.pos)
