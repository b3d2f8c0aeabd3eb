rows = [{'id': i, 'price_cents': i * 137 % 1000, 'price': None} for i in range(1, 26)]
from decimal import Decimal
updated = 0
batch_size = 10
for start in range(0, len(rows), batch_size):
    batch = rows[start:start + batch_size]
    for row in batch:
        row['price'] = (Decimal(row['price_cents']) / 100).quantize(Decimal('0.01'))
        updated += 1
    print(f'batch {start // batch_size + 1}: ids {batch[0]["id"]}-{batch[-1]["id"]}')
print('updated', updated, 'rows')
print(rows[0], rows[-1]['price'], sum(r['price'] for r in rows))
