names = ['a', 'b']
ages = {'a': 1}
lookup = {n: ages[n] for n in names}
