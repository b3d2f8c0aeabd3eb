import re
slug = re.compile(r'^[-a-zA-Z0-9_]+\Z')
for s in ['hello-world', 'bad slug', 'ok_1', 'trailing\n']:
    print(repr(s), bool(slug.match(s)))
print(slug.pattern, slug.flags & re.UNICODE != 0)
word = re.compile(r'\b\w+\b')
print(word.findall('The quick, brown fox.'), word.sub('X', 'a b'))
