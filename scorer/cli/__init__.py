"""The command-line face: `fzscore` and its subcommands, and their Chinese parser messages.

Takes what a user types (files, folders, options) and gives terminal text, exit codes and files,
by calling the round (batch, review, letters, diff), the scoring pipeline and the renderers. It
holds no judgement of its own. main.py has the group and the scoring commands, review.py the
review store's commands, zh.py the Chinese wording of click's errors and help. Each command
imports only what it uses, so `fzscore --help` starts without the scoring modules.
"""
