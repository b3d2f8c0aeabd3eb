class Config:
    debug = False
    items = []
c1 = Config()
c2 = Config()
c1.debug = True
c1.items.append('shared')
print(c1.debug, c2.debug, Config.debug, c2.items)
print('debug' in vars(c1), 'debug' in vars(c2))
Config.debug = 'changed'
print(c2.debug)
