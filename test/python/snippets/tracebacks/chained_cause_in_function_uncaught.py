class MigrationError(Exception):
    pass
def apply(op):
    try:
        op()
    except ZeroDivisionError as exc:
        raise MigrationError('operation failed') from exc
def bad():
    return 1 / 0
apply(bad)
