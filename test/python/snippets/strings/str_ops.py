s = 'abc'
print(s + 'def', s * 3, 3 * s, s * 0, s * -1)
print(s < 'abd', 'B' < 'a', 'abc' < 'abcd', '' < 'a', 'Z' > 'A')
print(len(s), s[0], s[-1], list(s), sorted('banana'), min('hello'), max('hello'))
print(ord('a'), chr(97), ord('€'), chr(8364), chr(0x1F600))
