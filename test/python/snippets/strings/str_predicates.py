for s in ['abc', 'ABC', 'abc123', '123', '', ' ', '\t\n', 'Hello World', '½', '٣', 'a_b', '_x', '1x', 'class']:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric(), s.isidentifier())
