class Plain:
    pass
p = Plain()
print(repr(p).startswith('<__main__.Plain object at 0x'), str(Plain), Plain.__module__)
print(type(p), type(Plain))
