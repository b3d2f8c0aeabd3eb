class Deck:
    def __init__(self):
        self.cards = [f'{r}{s}' for s in 'SH' for r in 'A23']
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, card):
        return card in self.cards
    def __iter__(self):
        return iter(self.cards)
d = Deck()
print(len(d), d[0], d[-1], d[1:3], 'AS' in d, 'KD' in d, list(d)[:2])
