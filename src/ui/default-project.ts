/** The project a fresh page starts with: a `library` app with a small models.py and an empty migrations package. */
export const DEFAULT_PROJECT: Readonly<Record<string, string>> = {
  'library/models.py': `from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    published = models.DateField(null=True)
`,
  'library/migrations/__init__.py': '',
}
