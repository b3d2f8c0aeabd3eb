a = [3, 1, 4, 1, 5, 9, 2, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'apple']
words.sort(key=str.lower)
print(words)
words.reverse()
print(words)
print(a.sort())
