result = dict(
    name='x',
    value=(1 + 2,
)
print(result)
