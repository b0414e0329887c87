"""`fzscore` and `python -m scorer`: the command line, with the browser face's commands added."""
from scorer.cli.main import main, run

# imported only when one of them is used (scorer.serve.command)
main.add_lazy("serve", "scorer.serve.command:serve_cmd")
main.add_lazy("users", "scorer.serve.command:users_group")

if __name__ == "__main__":
    run()
