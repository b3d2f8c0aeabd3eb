class Tag:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'<Tag {self.name}>'
t = Tag('x')
print(t, str(t), [t])
