try:
    compile('x = (1,', 'snippet.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
try:
    compile('if x\n    pass', 'other.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
