from decimal import Decimal, InvalidOperation, DivisionByZero
try:
    Decimal('abc')
except InvalidOperation as e:
    print('InvalidOperation', type(e).__mro__[1].__name__)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print('DivisionByZero', isinstance(e, ZeroDivisionError))
print(Decimal('1.00').quantize(Decimal('0.1')))
