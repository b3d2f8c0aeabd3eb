import sys
sys.setrecursionlimit(50)
def f(n):
    return n if n == 0 else f(n - 1)
try:
    f(100)
except RecursionError as e:
    print(type(e).__name__, e)
print(f(20))
