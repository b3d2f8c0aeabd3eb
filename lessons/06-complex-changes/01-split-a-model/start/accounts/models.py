from django.db import models


class Member(models.Model):
    username = models.CharField(max_length=50, unique=True)
    email = models.EmailField()
    bio = models.TextField(blank=True)
    website = models.URLField(blank=True)
