e = ValueError('base')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__)
try:
    raise e
except ValueError as caught:
    print(caught, caught.__notes__)
