rows = [{'id': 1}]
print(rows[0]['id'])
print(rows[1]['id'])
