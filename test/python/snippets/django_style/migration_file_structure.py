class CreateModel:
    def __init__(self, name, fields, options=None, bases=None):
        self.name = name
        self.fields = fields
        self.options = options or {}
    def describe(self):
        return f'Create model {self.name}'
class AddField:
    def __init__(self, model_name, name, field, preserve_default=True):
        self.model_name = model_name
        self.name = name
        self.field = field
    def describe(self):
        return f'Add field {self.name} to {self.model_name}'
class migrations:
    CreateModel = CreateModel
    AddField = AddField
    class Migration:
        initial = False
        dependencies = []
        operations = []
class models:
    @staticmethod
    def BigAutoField(**kw):
        return ('BigAutoField', kw)
    @staticmethod
    def CharField(**kw):
        return ('CharField', kw)
class Migration(migrations.Migration):
    initial = True
    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
    ]
    operations = [
        migrations.CreateModel(
            name='Author',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=100)),
            ],
            options={'ordering': ['name']},
        ),
        migrations.AddField(
            model_name='author',
            name='email',
            field=models.CharField(max_length=254, default=''),
            preserve_default=False,
        ),
    ]
print(Migration.initial, Migration.dependencies)
for op in Migration.operations:
    print('-', op.describe())
print(Migration.operations[0].fields[0])
