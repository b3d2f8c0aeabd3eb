from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, getcontext, localcontext, InvalidOperation, Context
prices = [Decimal('19.99'), Decimal('5.01'), Decimal('0.10')]
total = sum(prices, Decimal('0'))
print(total, repr(total), total * Decimal('1.2'), (total * Decimal('1.2')).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
print(Decimal('10') / Decimal('3'), Decimal(10) // 3, Decimal(-10) % 3, Decimal('2.50') == Decimal('2.5'), hash(Decimal('2.50')) == hash(2.5))
with localcontext() as ctx:
    ctx.prec = 5
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / Decimal(3), ctx.prec, ctx.rounding)
print(getcontext().prec, repr(getcontext()))
print(f"{Decimal('1234567.891'):,.2f}", format(Decimal('0.5'), '.0%'), '%s|%r' % (Decimal('1e3'), Decimal('-0.00')))
print({Decimal('1.0'): 'one'}[Decimal('1.00')], sorted([Decimal('3'), Decimal('1.5'), 2, 2.25]), max(Decimal('1'), 1.5))
for bad in ['abc', '1.2.3', '']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(type(e).__name__, e)
print(Decimal('1.30').normalize(), Decimal('123.456').as_tuple(), Decimal(0.5).as_integer_ratio(), int(Decimal('-3.99')), round(Decimal('3.5')), round(Decimal('4.5')))
print(Context(prec=3).prec, Decimal('7').sqrt(), Decimal('1e-7'), Decimal('1E+5') + 0, -Decimal('0'), abs(Decimal('-1.10')))
