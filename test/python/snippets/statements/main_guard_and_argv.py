import sys
def main(argv):
    print('running', __name__, len(argv))
    return 0
print(sys.argv)
print(__file__)
if __name__ == '__main__':
    sys.exit(main(sys.argv))
