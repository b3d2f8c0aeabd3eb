print('before class')
class Ordered:
    print('in class body')
    a = 1
    b = a + 1
    names = [n for n in ('x', 'y')]
    def method(self):
        return self.b
    print('end of body', a, b)
print('after class', Ordered.b, Ordered().method(), Ordered.names)
