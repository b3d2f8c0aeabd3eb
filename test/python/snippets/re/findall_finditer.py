import re
text = 'a1 b22 c333'
print(re.findall(r'\d+', text), re.findall(r'([a-z])(\d+)', text), re.findall(r'x', text))
print([m.group() for m in re.finditer(r'[a-z]\d', text)], [m.span() for m in re.finditer(r'\d+', text)])
