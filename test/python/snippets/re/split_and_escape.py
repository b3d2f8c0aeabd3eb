import re
print(re.split(r'[,;]\s*', 'a, b;c;  d'), re.split(r'(,)', 'a,b'), re.split(r'\s', 'a b c', maxsplit=1))
print(re.escape('a.b*c?'), re.escape('price: $5'))
