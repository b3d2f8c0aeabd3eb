state = 12345
def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
for _ in range(40):
    a = lcg() * lcg() - 2 ** 100
    b = (lcg() % 10 ** 12 + 1) * (1 if lcg() % 2 else -1)
    q, r = divmod(a, b)
    print(a // b == q, a % b == r, q * b + r == a, q, r)
for a in [7, -7, 2 ** 70, -(2 ** 70)]:
    for b in [3, -3, 2 ** 35, -(2 ** 35) + 1]:
        print(a, b, a // b, a % b, -a // b)
