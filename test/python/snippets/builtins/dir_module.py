import math
print([n for n in dir(math) if n.startswith('f')])
