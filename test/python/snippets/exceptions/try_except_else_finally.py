def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print('cannot divide by zero')
        return None
    else:
        print('no error')
        return result
    finally:
        print('finally runs')
print(divide(4, 2))
print(divide(1, 0))
