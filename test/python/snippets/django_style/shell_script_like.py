authors = [('Ursula', 'Le Guin', 1929), ('Octavia', 'Butler', 1947), ('Iain', 'Banks', 1954)]
by_decade = {}
for first, last, born in authors:
    by_decade.setdefault(born // 10 * 10, []).append(f'{first} {last}')
for decade in sorted(by_decade):
    print(f'{decade}s: {", ".join(by_decade[decade])}')
oldest = min(authors, key=lambda a: a[2])
print('oldest:', oldest[0], oldest[1])
print(f'{len(authors)} authors, average birth year {sum(a[2] for a in authors) / len(authors):.1f}')
