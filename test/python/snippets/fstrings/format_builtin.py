print(format(3.14159, '.2f'), format(42, 'x'), format('s', '>3'), format(1234, ','))
print(format(0.25, '%'), format(5, '08.3f'), format(-1.5, '+'), format(10))
print(format(True), format(None), format([1, 2]))
