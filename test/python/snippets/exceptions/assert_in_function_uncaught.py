def validate(rows):
    for row in rows:
        assert 'id' in row, f'row without id: {row}'
validate([{'id': 1}, {'name': 'x'}])
