import json
fixture = [
    {'model': 'library.book', 'pk': 1, 'fields': {'title': 'Dune', 'pages': 412, 'price': '9.99'}},
    {'model': 'library.book', 'pk': 2, 'fields': {'title': 'Emma', 'pages': 320, 'price': None}},
]
text = json.dumps(fixture, indent=2)
print(text)
back = json.loads(text)
print(back == fixture, [row['fields']['title'] for row in back])
