    print('indented first line')
