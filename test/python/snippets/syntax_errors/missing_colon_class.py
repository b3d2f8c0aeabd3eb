class Book(models.Model)
    title = 'x'
