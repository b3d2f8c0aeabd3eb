from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200)
    price = models.IntegerField()
    in_stock = models.BooleanField(default=True)
