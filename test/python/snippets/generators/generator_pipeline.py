def read_rows():
    for line in ['id,name', '1,ann', '2,bob', '', '3,cy']:
        yield line
def non_empty(rows):
    return (r for r in rows if r)
def parse(rows):
    header = None
    for r in rows:
        fields = r.split(',')
        if header is None:
            header = fields
            continue
        yield dict(zip(header, fields))
for record in parse(non_empty(read_rows())):
    print(record)
