import random
rng = random.Random(7)
print([rng.randint(0, 9) for _ in range(10)])
rng2 = random.Random(7)
print([rng2.randint(0, 9) for _ in range(10)] == [random.Random(7).randint(0, 9) for _ in range(1)] * 10)
print(rng.getrandbits(16), rng.gauss(0, 1) != rng.gauss(0, 1))
