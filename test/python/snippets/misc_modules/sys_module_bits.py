import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, type(sys.argv).__name__, sys.maxsize)
print(sys.getrecursionlimit())
sys.stdout.write('written directly\n')
sys.stderr.write('to stderr\n')
print('to stderr via print', file=sys.stderr)
