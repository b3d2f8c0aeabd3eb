price = '10'
tax = 2
print(price + tax)
