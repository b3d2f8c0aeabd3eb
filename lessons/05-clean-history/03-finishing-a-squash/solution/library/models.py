from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200)
    page_count = models.IntegerField(default=0)
    isbn = models.CharField(max_length=13, blank=True)
    published_on = models.DateField(null=True, blank=True)
