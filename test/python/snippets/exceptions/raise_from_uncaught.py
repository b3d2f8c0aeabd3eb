def load(settings):
    try:
        return settings['DATABASES']
    except KeyError as exc:
        raise RuntimeError('settings are incomplete') from exc
load({})
