"""`fzscore` and `python -m scorer`: the command line, with the browser face's commands added."""
from scorer.cli.main import main, run
from scorer.serve.command import COMMANDS

for _command in COMMANDS:
    main.add_command(_command)

if __name__ == "__main__":
    run()
