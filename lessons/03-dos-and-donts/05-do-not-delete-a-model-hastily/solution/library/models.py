from django.db import models


class Publisher(models.Model):
    """Deprecated: new books no longer need a publisher. Do not delete before the data is archived."""

    name = models.CharField(max_length=100)


class Book(models.Model):
    title = models.CharField(max_length=200)
    publisher = models.ForeignKey(Publisher, on_delete=models.SET_NULL, null=True, blank=True)
