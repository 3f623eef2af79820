"""``python -m graphbuilder`` runs the command line."""

from graphbuilder.cli import main

main()
