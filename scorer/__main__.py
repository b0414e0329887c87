from scorer.cli.main import run

run()
