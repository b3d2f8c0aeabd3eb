import textwrap
print(textwrap.dedent('''
    def f():
        return 1
'''))
print(textwrap.indent('a\nb', '> '))
print(textwrap.fill('The quick brown fox jumps over the lazy dog', width=15))
print(textwrap.shorten('Hello world, this is long', width=15))
