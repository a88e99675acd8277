"""Use cases over the store: each call is one transaction; Qt-free; progress and cancel aware."""
