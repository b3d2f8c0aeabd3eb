import re
m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)', '2024-05')
print(m.group('year'), m['month'], m.groupdict())
print(re.findall(r'^\w', 'one\ntwo\nthree', re.MULTILINE), re.search(r'HELLO', 'say hello', re.IGNORECASE).group())
print(re.match(r'a.b', 'a\nb'), re.match(r'a.b', 'a\nb', re.DOTALL).group() == 'a\nb')
pattern = re.compile(r'''
    (\d{3})  # area
    -(\d{4}) # number
''', re.VERBOSE)
print(pattern.match('555-1234').groups())
