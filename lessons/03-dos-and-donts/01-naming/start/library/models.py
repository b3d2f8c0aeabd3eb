from django.db import models


class Book(models.Model):
    t = models.CharField(max_length=200)
    auth = models.CharField(max_length=100)
    n = models.IntegerField()
