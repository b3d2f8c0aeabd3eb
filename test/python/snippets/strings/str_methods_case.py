s = 'Hello World ÄÖ straße'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print('hello world'.title(), "they're bill's".title(), 'ABC def'.capitalize())
print('abc'.isupper(), 'ABC'.isupper(), 'Abc'.istitle(), 'abc'.islower())
