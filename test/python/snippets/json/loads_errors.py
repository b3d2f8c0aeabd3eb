import json
for text in ['{bad}', '', '[1, 2', '{"a": 1,}', "{'a': 1}", 'nul']:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), '->', e)
print(issubclass(json.JSONDecodeError, ValueError))
