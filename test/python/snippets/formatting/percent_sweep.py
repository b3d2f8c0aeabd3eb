ints = [0, 1, -1, 42, -42, 255, 10 ** 20]
for n in ints:
    print('%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%e|%s|%r|%c' % (n, n, n, n, n, n, n, n, n, n, n, n, n, 65 + abs(n) % 26))
for s in ['', 'a', 'abc', "it's", 'ü']:
    print('[%s]|[%5s]|[%-5s]|[%.1s]|[%r]|[%a]' % (s, s, s, s, s, s))
