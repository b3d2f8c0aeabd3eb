import datetime
print(eval('1 + 2 * 3'), eval('[x * 2 for x in range(3)]'))
print(eval('datetime.date(2024, 1, 1)', {'datetime': datetime}))
print(repr(eval("timezone.now", {}, {'timezone': 'tz'})) if False else 'skip')
namespace = {}
exec('def greet(n):\n    return "hi " + n\nvalue = greet("ann")', namespace)
print(namespace['value'], sorted(k for k in namespace if not k.startswith('__')))
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    eval('undefined_thing', {})
except NameError as e:
    print(e)
