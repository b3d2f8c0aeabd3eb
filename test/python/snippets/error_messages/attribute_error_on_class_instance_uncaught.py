class Author:
    name = 'x'
a = Author()
a.nmae
