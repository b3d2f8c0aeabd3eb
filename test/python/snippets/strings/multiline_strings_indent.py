text = """\
first
    indented
last"""
print(text)
print(text.splitlines())
print(len(text.split('\n')))
