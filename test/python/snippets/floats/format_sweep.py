values = [0.0, 0.5, 1.0, 2.5, 123.456, -0.000123456, 1e-10, 9.999999, 99999.5, 1234567.891, 1e16, 3.0e21]
specs = ['.0f', '.1f', '.3f', '.2e', '.0e', 'g', '.3g', '.10g', '%', '.1%', '+.2f', '12.4f', '<12.2e', '012.3f', ',.2f']
for v in values:
    print(' | '.join(format(v, spec) for spec in specs))
for v in values:
    print('%.2f %10.3e %g %G %.0f %s %r' % (v, v, v, v, v, v, v))
