from string import Template
import string
t = Template('$who likes ${what}s; $$5')
print(t.substitute(who='Ann', what='apple'), t.safe_substitute(who='Bob'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
print(string.capwords('hello   wide  world'), string.capwords('a-b c', '-'))
