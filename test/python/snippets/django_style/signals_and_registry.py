handlers = {}
def receiver(signal):
    def decorator(fn):
        handlers.setdefault(signal, []).append(fn)
        return fn
    return decorator
@receiver('post_save')
def log_save(sender, instance, created, **kwargs):
    print(f'{sender}: saved {instance!r} (created={created})')
@receiver('post_save')
def count_save(sender, **kwargs):
    print('kwargs seen:', sorted(kwargs))
def send(signal, **kwargs):
    return [(fn.__name__, fn(**kwargs)) for fn in handlers.get(signal, [])]
print(send('post_save', sender='Book', instance={'pk': 1}, created=True))
print(send('pre_delete', sender='Book'))
