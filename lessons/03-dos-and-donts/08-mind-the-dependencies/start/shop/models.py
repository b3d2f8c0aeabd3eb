from django.db import models


class Offer(models.Model):
    book = models.ForeignKey('library.Book', on_delete=models.PROTECT)
    price = models.DecimalField(max_digits=8, decimal_places=2)
