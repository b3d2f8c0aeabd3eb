import re
print(re.findall(r'\d+\.?\d*', 'pi 3.14 e 2 x 10.'), re.findall(r'[^aeiou\s]+', 'hello world'))
print(re.findall(r'a{2,3}', 'a aa aaa aaaa'), re.findall(r'a+?', 'aaa'), re.findall(r'(?:ab)+', 'ababx ab'))
print(re.findall(r'(?=(\d\d))', '1234'), re.search(r'(?<=\$)\d+', 'cost $42').group())
print(re.findall(r'\bcat\b', 'cat concat cat.'), re.sub(r'^\s+|\s+$', '', '  trim  '))
