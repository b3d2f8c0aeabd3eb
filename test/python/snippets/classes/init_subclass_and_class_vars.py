class Plugin:
    plugins = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins.append(cls.__name__)
class CSV(Plugin):
    pass
class JSON(Plugin):
    pass
print(Plugin.plugins)
