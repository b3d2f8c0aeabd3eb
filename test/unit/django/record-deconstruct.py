"""Records test/unit/django/goldens/deconstruct.json from Django 5.2: PYTHONPATH=$(../shared/oracle/install-django.sh) python3 test/unit/django/record-deconstruct.py test/unit/django/goldens/deconstruct.json"""
import json, sys
import django
from django.conf import settings

settings.configure(INSTALLED_APPS=[], DEFAULT_AUTO_FIELD="django.db.models.BigAutoField", USE_TZ=True, TIME_ZONE="UTC")
django.setup()
from django.db import models
EXPRS = [
 "models.CharField(max_length=10)",
 "models.CharField('Title', max_length=200, unique=True, blank=True, null=True, db_index=True, default='x', help_text='h', db_column='c', db_comment='cm', editable=False)",
 "models.CharField(max_length=5, choices=[('a', 'A'), ('b', 'B')], db_collation='C')",
 "models.CharField(max_length=3, choices={'a': 'A'})",
 "models.TextField(blank=True)",
 "models.SlugField()", "models.SlugField(max_length=60, allow_unicode=True, db_index=False)",
 "models.EmailField()", "models.EmailField(max_length=100)",
 "models.URLField()", "models.URLField(max_length=100)",
 "models.IntegerField(default=0)", "models.BigIntegerField(null=True)", "models.SmallIntegerField()",
 "models.PositiveIntegerField(db_default=1)", "models.PositiveBigIntegerField()", "models.PositiveSmallIntegerField(choices=[(1, 'one')])",
 "models.FloatField(default=1.5)", "models.DecimalField(max_digits=6, decimal_places=2)", "models.DecimalField(max_digits=5)",
 "models.BooleanField(default=False)", "models.BooleanField(null=True)",
 "models.DateField(auto_now=True)", "models.DateTimeField(auto_now_add=True)", "models.TimeField(auto_now_add=True, null=True)", "models.DateTimeField(null=True, blank=True)",
 "models.DurationField()", "models.UUIDField(primary_key=True, editable=False)", "models.UUIDField(max_length=40)",
 "models.JSONField(default=dict, blank=True)", "models.BinaryField()", "models.BinaryField(editable=True, max_length=10)",
 "models.GenericIPAddressField()", "models.GenericIPAddressField(protocol='IPv4')", "models.GenericIPAddressField(unpack_ipv4=True, blank=True, null=True)",
 "models.FileField()", "models.FileField(upload_to='files/', max_length=200)", "models.ImageField(upload_to='i', width_field='w', height_field='h')",
 "models.AutoField(primary_key=True)", "models.BigAutoField(primary_key=True)", "models.SmallAutoField(primary_key=True, blank=True)",
 "models.ForeignKey('library.Author', models.CASCADE).deconstruct()[3]['to']",
 "models.ManyToManyField('library.Author', related_name='books', blank=True).deconstruct()[3]",
 "models.ManyToManyField('self').deconstruct()[3]",
 "models.OneToOneField('Author', on_delete=models.CASCADE, unique=True, related_name='+', db_constraint=False).deconstruct()[3]['related_name']",
]
out = []
for e in EXPRS:
    v = eval(e)
    text = repr(v.deconstruct()[1:]) if isinstance(v, models.Field) else repr(v)
    out.append({"expression": e, "repr": text})
json.dump(out, open(sys.argv[1], 'w'), indent=1)
