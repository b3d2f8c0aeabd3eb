class ConfigError(Exception):
    pass
def load(d):
    try:
        return d['key']
    except KeyError as e:
        raise ConfigError('missing key') from e
try:
    load({})
except ConfigError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
