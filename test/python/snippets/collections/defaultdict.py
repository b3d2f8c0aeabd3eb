from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bean', 'avocado', 'bread', 'cake']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(nested['a']['b'], 'a' in nested)
