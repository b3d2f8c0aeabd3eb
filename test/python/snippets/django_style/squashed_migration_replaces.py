class Migration:
    replaces = [
        ('library', '0001_initial'),
        ('library', '0002_author_email'),
        ('library', '0003_auto_20240101_1200'),
    ]
    dependencies = []
    operations = ['CreateModel(Author)', 'AddField(author.email)', 'AlterField(author.email)']
name = 'library.0001_squashed_0003_auto_20240101_1200'
first, last = Migration.replaces[0][1], Migration.replaces[-1][1]
print(f"0001_squashed_{last}" == name.split('.', 1)[1])
applied = {('library', '0001_initial'), ('library', '0002_author_email')}
replaced = set(Migration.replaces)
status = 'all' if replaced <= applied else 'partial' if replaced & applied else 'none'
print(status, sorted(replaced - applied))
print(f'Squashed {len(Migration.replaces)} migrations into {len(Migration.operations)} operations')
