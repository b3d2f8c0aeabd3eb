def f():
    try:
        return 'try'
    finally:
        print('finally before return')
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(f(), g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print('body', i)
        finally:
            print('finally', i)
h()
