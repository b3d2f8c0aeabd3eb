from decimal import Decimal
prices = ['19.99', '5.01', '0.10', '100']
total = sum(Decimal(p) for p in prices)
print(total, total * Decimal('1.2'), (total * Decimal('1.2')).quantize(Decimal('0.01')))
print(f'{total:.2f}', f'{Decimal("1234.5"):,}', '{:>10}'.format(Decimal('3.1')))
print(round(Decimal('2.675'), 2), round(Decimal('2.5')), type(round(Decimal('2.5'))).__name__)
