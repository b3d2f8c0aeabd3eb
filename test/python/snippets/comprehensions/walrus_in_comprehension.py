values = [3, 8, 1, 9]
print([(v, double) for v in values if (double := v * 2) > 5], double)
total = 0
print([total := total + v for v in values], total)
