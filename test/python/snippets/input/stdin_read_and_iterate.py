import sys
first = sys.stdin.readline()
print(repr(first))
rest = [line.rstrip('\n') for line in sys.stdin]
print(rest)
print(repr(sys.stdin.read()))
