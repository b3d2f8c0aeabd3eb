print('single', "double", '''triple single''', """triple double""")
print('it\'s', "it's", 'say "x"', "say \"x\"")
print('''line one
line two''')
print("""a "quoted" word and 'another'""")
print('adjacent' ' literals' " concatenate")
