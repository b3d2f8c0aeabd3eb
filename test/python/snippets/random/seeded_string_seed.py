import random
random.seed('django')
print(random.random(), random.randint(0, 1000))
random.seed(0)
print(''.join(random.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(12)))
