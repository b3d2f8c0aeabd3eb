print(list(range(3)), list('ab'), list({'k': 1}), list((1, 2)), list(x for x in 'xy'), list({3: 0}.items()))
