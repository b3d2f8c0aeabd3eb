answer = input('Continue? [y/N] ')
print('answered', answer)
again = input('Really? ')
