title = "Dune
