from django.db import models


class Member(models.Model):
    username = models.CharField(max_length=50, unique=True)
    email = models.EmailField()


class Profile(models.Model):
    member = models.OneToOneField(Member, on_delete=models.CASCADE, related_name='profile')
    bio = models.TextField(blank=True)
    website = models.URLField(blank=True)
