words = ['éclair', 'apple', 'Zebra', 'zebra', 'Äpfel', 'banana']
print(sorted(words))
print(sorted(words, key=str.lower))
print('ß'.upper(), 'İ'.lower().encode(), 'ﬁ'.upper())
