text = None
words = text.split(',')
