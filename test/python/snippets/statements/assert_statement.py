assert True
assert 1 == 1, 'not shown'
try:
    assert 1 == 2, 'one is not two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert []
except AssertionError as e:
    print('empty message:', repr(str(e)), e.args)
