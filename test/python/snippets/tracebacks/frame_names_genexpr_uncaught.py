def total(rows):
    return sum(row['amount'] for row in rows)
print(total([{'amount': 1}, {'amnt': 2}]))
