class Field:
    def __init__(self, max_length):
        self.max_length = max_length
Field(100, 200)
