import re
try:
    re.compile(r'(unclosed')
except re.error as e:
    print('re.error:', e)
try:
    re.compile(r'[a-')
except re.error as e:
    print('re.error:', e)
m = re.match(r'(a)(b)?', 'a')
print(m.groups(), m.group(2), m.groups('default'))
try:
    m.group(5)
except IndexError as e:
    print(e)
