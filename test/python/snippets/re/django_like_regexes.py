import re
identifier = re.compile(r'^[_a-zA-Z][_a-zA-Z0-9]*$')
for name in ['user_id', '2fast', '_private', 'has space', 'Ünïcode']:
    print(name, bool(identifier.match(name)))
def camel_to_snake(name):
    return re.sub(r'(?<!^)(?=[A-Z])', '_', name).lower()
print(camel_to_snake('BlogPostComment'), camel_to_snake('HTTPResponse'))
migration_name = re.compile(r'^(\d{4})_(\w+)$')
print(migration_name.match('0002_auto_20240101_1200').groups())
