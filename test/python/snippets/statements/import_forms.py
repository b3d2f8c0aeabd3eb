import math
import math as m
from math import sqrt, pi as PI
from collections import OrderedDict, defaultdict as dd
import os.path
print(math.sqrt(16), m.floor(2.5), sqrt(9), round(PI, 3))
print(OrderedDict.__name__, dd.__name__)
print(os.path.join('a', 'b'), os.path.basename('x/y.py'), os.path.splitext('f.tar.gz'))
