class Config:
    pass
cfg = Config()
value = cfg.settings.debug
