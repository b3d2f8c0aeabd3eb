import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught exit', e.code)
try:
    exit()
except SystemExit as e:
    print('exit()', e.code)
sys.exit(0)
