key = lambda item: item.priority
items = [3, 1]
items.sort(key=key)
