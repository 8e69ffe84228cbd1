from tthc_digitize.cli import main

main()
