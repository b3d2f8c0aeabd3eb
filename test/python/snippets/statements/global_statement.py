counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter)
def make_global():
    global created
    created = 'yes'
make_global()
print(created)
