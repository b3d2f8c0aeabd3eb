import re
print(re.sub(r'\s+', ' ', 'a   b \t c'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@host'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'), re.subn(r'o', '0', 'foo boo'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'hi there'), re.sub('a', 'b', 'aaa', count=2))
print(re.sub(r'([A-Z])', r'_\1', 'camelCaseName').lower())
