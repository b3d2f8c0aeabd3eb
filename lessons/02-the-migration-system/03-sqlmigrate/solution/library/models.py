from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200)
    pages = models.IntegerField()
    published = models.DateField(null=True)
    isbn = models.CharField(max_length=13, unique=True, null=True)
