errors = [ValueError('v'), TypeError('t'), KeyError('k'), OSError('o')]
for err in errors:
    try:
        raise err
    except (ValueError, TypeError) as e:
        print('value/type', e)
    except LookupError as e:
        print('lookup', e)
    except Exception as e:
        print('other', type(e).__name__)
