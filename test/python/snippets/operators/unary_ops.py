x = 5
print(-x, +x, ~x, -(-x), not x, --x)
try:
    -'a'
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
