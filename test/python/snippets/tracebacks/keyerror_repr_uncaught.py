d = {}
d['it\'s']
