import random
random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 5))
print(random.uniform(1, 2))
