def run():
    counter = 1
    return countr
try:
    run()
except NameError as e:
    print(e)
