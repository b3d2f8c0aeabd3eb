from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING
price = Decimal('19.995')
print(price.quantize(Decimal('0.01')), price.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))
print(price.quantize(Decimal('0.01'), rounding=ROUND_DOWN), price.quantize(Decimal('1.'), rounding=ROUND_CEILING))
print(Decimal('2.5').quantize(Decimal('1'), rounding=ROUND_HALF_EVEN), Decimal('3.5').quantize(Decimal('1')))
print(Decimal('123.456').quantize(Decimal('1E+1')), Decimal('1.5').quantize(Decimal('0.000')))
