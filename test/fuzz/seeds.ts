/** The well-formed inputs the fuzz runner mutates: one small, valid example per kind. */

/** Python programs for the interpreter. */
export const PROGRAMS = [
  `def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\nprint([fib(i) for i in range(10)])\n`,
  `class A:\n    def __init__(self, x):\n        self.x = x\n\n    def __repr__(self):\n        return f"A({self.x!r})"\n\nd = {"a": A(1), "b": [1, 2.5, "s"]}\nprint(sorted(d.items(), key=lambda kv: kv[0]))\n`,
  `import re\ntry:\n    x = int("12") // 0\nexcept ZeroDivisionError as e:\n    print("caught", e)\nfinally:\n    print(re.sub(r"a+", "b", "caaat"))\n`,
  `def gen():\n    for i in range(5):\n        yield i * i\n\nprint(sum(gen()), *map(str, gen()), sep=",")\ns = {1, 2} | {3}\nprint(len(s), "%d-%s" % (3, "x"))\n`,
]

/** A models.py for the app `shop`. */
export const MODELS = `from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=50, unique=True)

    def __str__(self):
        return self.name


class Product(models.Model):
    name = models.CharField(max_length=100)
    price = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="products")
    tags = models.ManyToManyField("Tag", blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"])]


class Tag(models.Model):
    label = models.SlugField()
`

/** The first migration of `shop` for MODELS as Django writes it. */
export const MIGRATION = `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):

    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name='Category',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=50, unique=True)),
            ],
        ),
        migrations.CreateModel(
            name='Tag',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('label', models.SlugField()),
            ],
        ),
        migrations.CreateModel(
            name='Product',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100)),
                ('price', models.DecimalField(decimal_places=2, default=0, max_digits=8)),
                ('category', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='products', to='shop.category')),
                ('tags', models.ManyToManyField(blank=True, to='shop.tag')),
            ],
            options={
                'ordering': ['name'],
                'indexes': [models.Index(fields=['name'], name='shop_produc_name_7d5e2f_idx')],
            },
        ),
        migrations.RunSQL("UPDATE shop_tag SET label = 'x' WHERE 0", migrations.RunSQL.noop),
    ]
`

/** Scripts for `manage.py shell -c` on the migrated MODELS. */
export const SHELL_SCRIPTS = [
  `from shop.models import Category, Product\nc = Category.objects.create(name="pens")\nProduct.objects.create(name="ink", price="1.50", category=c)\nprint(Product.objects.filter(category__name="pens").count())\n`,
  `from shop.models import Category\nfrom django.db.models import Count\nCategory.objects.create(name="a")\nprint(list(Category.objects.annotate(n=Count("products")).values_list("name", "n")))\n`,
  `from shop.models import Tag\nt = Tag(label="x")\nt.save()\nprint(Tag.objects.get(pk=t.pk).label, Tag.objects.exclude(label="y").exists())\nTag.objects.all().delete()\n`,
]

/** A scenario file in the oracle's format. */
export const SCENARIO = `A scenario the fuzz runner mutates.
@@ write shop/models.py
from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=50)
@@ run makemigrations shop
@@ run migrate
@@ sql
INSERT INTO shop_product (name) VALUES ('pen');
@@ run shell
@@ stdin
from shop.models import Product
print(Product.objects.count())
@@ delete shop/models.py
`
