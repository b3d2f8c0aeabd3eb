import random
random.seed(1234)
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice('abcdef'), random.choice([10, 20, 30]))
print(random.sample(range(100), 5), random.choices('xyz', k=6))
