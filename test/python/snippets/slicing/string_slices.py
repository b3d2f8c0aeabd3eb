s = 'Python'
print(s[0:2], s[2:], s[-2:], s[::-1], s[::2], s[1:5:2], s[5:0:-1], s[-1:-4:-1])
print(repr(s[10:]), repr(s[3:3]))
