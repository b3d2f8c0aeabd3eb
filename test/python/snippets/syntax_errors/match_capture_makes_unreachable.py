match 3:
    case n:
        print(n)
    case 1:
        print('one')
