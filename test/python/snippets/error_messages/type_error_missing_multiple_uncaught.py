def migrate(app_label, migration_name, fake, plan):
    pass
migrate('library')
