class Migration:
    operations = []
    def apply(self):
        return self.operations()
Migration().apply()
