def work():
    try:
        raise ValueError('first problem')
    finally:
        print('cleaning up')
work()
