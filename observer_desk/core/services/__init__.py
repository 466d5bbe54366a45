"""Use cases: every front end (GUI, command line) calls these. Each write is one transaction."""
