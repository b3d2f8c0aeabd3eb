class Operation:
    def database_forwards(self):
        raise NotImplementedError('subclasses of Operation must provide a database_forwards() method')
Operation().database_forwards()
