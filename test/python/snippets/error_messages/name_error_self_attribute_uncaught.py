class Cart:
    def __init__(self):
        self.items = []
    def add(self, x):
        items.append(x)
Cart().add(1)
