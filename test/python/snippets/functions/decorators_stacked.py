def tag(name):
    def deco(fn):
        def wrapper():
            return f'<{name}>{fn()}</{name}>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'hi'
print(text())
calls = []
def register(fn):
    calls.append(fn.__name__)
    return fn
@register
def one():
    pass
@register
def two():
    pass
print(calls)
