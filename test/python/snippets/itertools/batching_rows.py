import itertools
rows = list(range(1, 12))
def batches(iterable, size):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
for batch in batches(rows, 4):
    print(batch)
