class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 'p'
    def balance(self):
        return self.__balance
a = Account()
print(a.balance(), a._protected, a._Account__balance)
try:
    a.__balance
except AttributeError as e:
    print(e)
