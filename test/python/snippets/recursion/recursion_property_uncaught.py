class Model:
    @property
    def name(self):
        return self.name
Model().name
