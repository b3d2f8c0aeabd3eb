DATABASE_NAME = 'db.sqlite3'
def connect():
    return DATABASE_NAM
connect()
