from gugus.cli import main

main()
