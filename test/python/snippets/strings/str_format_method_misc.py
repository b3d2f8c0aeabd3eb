print('{} and {}'.format('a', 'b'), '{1} {0}'.format('x', 'y'), '{name}!'.format(name='n'))
print('{0}{0}'.format('ab'), '{{literal}}'.format(), '{:>4}|'.format('x'))
print('%s' % 'x', 'a'.join('123'))
