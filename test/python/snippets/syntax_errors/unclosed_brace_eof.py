config = {
    'debug': True,
