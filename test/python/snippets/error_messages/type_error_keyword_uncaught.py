def connect(host, port=5432):
    return host, port
connect('db', prt=5433)
