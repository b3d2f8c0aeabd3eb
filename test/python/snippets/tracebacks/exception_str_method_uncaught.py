class Weird(Exception):
    def __str__(self):
        return 'custom str of Weird'
raise Weird('ignored')
