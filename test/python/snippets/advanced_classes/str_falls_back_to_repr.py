class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
class OnlyStr:
    def __str__(self):
        return 'only str'
print(str(OnlyRepr()), OnlyRepr(), f'{OnlyRepr()}')
print(str(OnlyStr()), repr(OnlyStr()).startswith('<__main__.OnlyStr object at'))
print([OnlyStr()][0] is not None, '%s' % OnlyRepr(), '{}'.format(OnlyRepr()))
