print(chr(65), ord('A'), chr(0x263A), ord('\n'))
print(bin(5), hex(255), oct(64), bin(0), hex(0))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
