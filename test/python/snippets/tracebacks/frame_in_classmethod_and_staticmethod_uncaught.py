class Parser:
    @staticmethod
    def to_int(text):
        return int(text)
    @classmethod
    def parse_all(cls, texts):
        return [cls.to_int(t) for t in texts]
Parser.parse_all(['1', 'two'])
