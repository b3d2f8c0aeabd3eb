dependencies = {
    ('library', '0001_initial'): [],
    ('library', '0002_book_isbn'): [('library', '0001_initial')],
    ('shop', '0001_initial'): [('library', '0001_initial')],
    ('shop', '0002_order'): [('shop', '0001_initial'), ('library', '0002_book_isbn')],
}
def forwards_plan(target, seen=None):
    seen = [] if seen is None else seen
    for parent in dependencies[target]:
        forwards_plan(parent, seen)
    if target not in seen:
        seen.append(target)
    return seen
for app, name in forwards_plan(('shop', '0002_order')):
    print(f'  Applying {app}.{name}... OK')
leaves = [node for node in dependencies if not any(node in deps for deps in dependencies.values())]
print('leaves:', sorted(leaves))
