def run():
    try:
        try:
            print('inner try')
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer except', e)
    finally:
        print('outer finally')
run()
