names = ['a', 'b']
names.appendd('c')
