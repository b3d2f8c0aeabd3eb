def outer():
    def middle():
        def inner():
            raise LookupError('not found in inner')
        return inner()
    return middle()
outer()
