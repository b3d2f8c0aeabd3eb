import re
m = re.match(r'(\d+)-(\d+)', '10-20 rest')
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end())
print(re.match(r'\d', 'a1'), re.search(r'\d', 'a1').group(), re.fullmatch(r'\w+', 'abc_1') is not None)
print(re.fullmatch(r'\w+', 'ab c'))
