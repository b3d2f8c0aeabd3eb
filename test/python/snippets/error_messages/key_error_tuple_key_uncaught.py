index = {('library', '0001_initial'): 'applied'}
print(index[('library', '0002_book')])
