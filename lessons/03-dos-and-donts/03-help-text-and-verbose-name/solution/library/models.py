from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200, help_text='As printed on the cover.')
    isbn = models.CharField(
        max_length=13,
        verbose_name='ISBN',
        help_text='13 digits, without hyphens.',
    )
