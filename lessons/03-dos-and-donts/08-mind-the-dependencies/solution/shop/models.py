from django.db import models


class Offer(models.Model):
    publication = models.ForeignKey('library.Publication', on_delete=models.PROTECT)
    price = models.DecimalField(max_digits=8, decimal_places=2)
