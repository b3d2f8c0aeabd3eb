class Book:
    def __init__(self, title, pages):
        self.title = title.strip()
        self.pages = int(pages)
Book('Dune', 412)
Book(None, 10)
