class Publisher:
    def __init__(self, name, city):
        self.name = name
        self.city = city
    def __str__(self):
        return f'{self.name} ({self.city})'
    def __repr__(self):
        return f'<Publisher: {self}>'
pubs = [Publisher('Penguin', 'London'), Publisher('Knopf', 'New York')]
print(pubs)
print(', '.join(map(str, pubs)))
print(sorted(pubs, key=lambda p: p.name))
