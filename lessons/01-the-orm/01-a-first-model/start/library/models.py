from django.db import models

# Describe a book here: a class that subclasses models.Model.
