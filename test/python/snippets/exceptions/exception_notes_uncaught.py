err = KeyError('field')
err.add_note('while loading fixtures')
raise err
