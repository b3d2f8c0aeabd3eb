def make(**kwargs):
    return kwargs['name']
obj = make(
    title='x',
    slug='y',
)
