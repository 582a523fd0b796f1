"""`python -m translate` runs the same CLI as the `translate` console script."""

from translate.cli import main

if __name__ == "__main__":
    main()
