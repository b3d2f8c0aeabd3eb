class Model:
    title = 'x'
    class Meta:
        ordering = ['-created']
        verbose_name = 'model'
    def __str__(self):
        return self.title
print(Model.Meta.ordering, Model.Meta.verbose_name, Model.Meta.__qualname__)
print(str(Model()), Model.Meta.__name__)
