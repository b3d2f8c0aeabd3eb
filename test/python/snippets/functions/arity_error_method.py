class Account:
    def deposit(self, amount):
        return amount
acct = Account()
try:
    acct.deposit()
except TypeError as e:
    print(e)
try:
    acct.deposit(1, 2)
except TypeError as e:
    print(e)
try:
    Account.deposit(5)
except TypeError as e:
    print(e)
class Point:
    def __init__(self, x, y):
        self.x = x
try:
    Point(1)
except TypeError as e:
    print(e)
