'hello'.uper()
