print(bool(0.0), bool(-0.0), bool('0'), bool([[]]), bool(None))
print(int('  12  '), float('  -3.5e2 '), int(float('2.9')))
print(float('inf') > 0, int(-0.9), int('-0'))
