import re
print(re.match(r'ab', 'abc'))
print(re.search(r'\s+', 'a   b'))
