# A literal made of one quote character inside the other kind of quotes is not a triple quote.
double = '"'
single = "'"
print(double, single, len(double), len(single))
print(repr(double), repr(single))
print('"' + "'" + '"')
print("""'x'""", '''"y"''')
print(f'"{1}"', b'"', r'"')
