from decimal import Decimal, getcontext, localcontext
print(getcontext().prec, getcontext().rounding)
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal('1.234567') + 0)
print(Decimal(1) / Decimal(7))
