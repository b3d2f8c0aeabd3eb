try:
    value = input('Enter: ')
except EOFError as e:
    print()
    print('EOFError', repr(str(e)))
