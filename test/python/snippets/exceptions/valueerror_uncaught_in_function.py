def parse_age(text):
    return int(text)
def register(name, age_text):
    return {'name': name, 'age': parse_age(age_text)}
print(register('ann', '30'))
print(register('bob', 'thirty'))
