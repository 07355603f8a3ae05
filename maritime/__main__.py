from maritime.cli import main

main()
