from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=100)
    decimal_price = models.DecimalField(max_digits=8, decimal_places=2)
