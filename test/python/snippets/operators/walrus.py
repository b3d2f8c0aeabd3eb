data = [1, 5, 8, 12, 3]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
while (item := data.pop()) != 8:
    print('popped', item)
print(data, item)
