from collections import Counter
c = Counter('mississippi')
print(c, c['s'], c['z'], c.most_common(2), sorted(c.elements()))
c.update('ss')
print(c['s'], Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5))
print(Counter([1, 1, 2]).total(), dict(Counter('aab')), list(Counter('bba')))
