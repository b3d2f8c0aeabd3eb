import traceback
def fail():
    raise ValueError('printed, not fatal')
try:
    fail()
except ValueError:
    traceback.print_exc()
print('still running')
