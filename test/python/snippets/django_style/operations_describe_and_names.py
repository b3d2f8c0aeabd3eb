import re
class Operation:
    def describe(self):
        return 'Custom operation'
    @property
    def migration_name_fragment(self):
        return None
class CreateModel(Operation):
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f'Create model {self.name}'
    @property
    def migration_name_fragment(self):
        return self.name.lower()
class RemoveField(Operation):
    def __init__(self, model_name, name):
        self.model_name = model_name
        self.name = name
    def describe(self):
        return f'Remove field {self.name} from {self.model_name}'
    @property
    def migration_name_fragment(self):
        return f'remove_{self.model_name.lower()}_{self.name.lower()}'
ops = [CreateModel('Book'), RemoveField('Author', 'nickname'), Operation()]
for op in ops:
    print(f'    - {op.describe()}')
fragments = [op.migration_name_fragment for op in ops if op.migration_name_fragment]
print('0002_' + '_'.join(fragments)[:52])
print(re.sub(r'\W+', '_', 'auto 2024-01-01 12:00'))
