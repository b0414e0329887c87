"""The browser face: `fzscore serve`, an office scoring and reviewing a round in the browser.

A second face on the same round folders as `fzscore batch` and `fzscore review`, beside scorer.cli
at the top layer: uploads are scored by the round's own pool (round.grow, in a child process),
reviews go through the same store and actions (round.review.actions), pages are rendered on
demand from the saved scorecards by the same renderer (render.html). app.py has the routes,
accounts.py the users file and the login guard, jobs.py the scoring of uploads, listing.py the
index's server-side sort, filter and paging, command.py the `serve` and `users` commands.
Nothing here is imported by `fzscore --help`: starlette and uvicorn load inside the commands.
"""
