import keyword
print(keyword.iskeyword('class'), keyword.iskeyword('klass'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
import types
print(type(lambda: 0) is types.FunctionType, isinstance(len, types.BuiltinFunctionType))
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a)
