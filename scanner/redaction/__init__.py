"""Writing redacted copies: each finding's text replaced, everything else kept as it was.

The styles (`tokens`, `pseudonyms`, `masks`, `hashes`) follow one protocol (`style`) and keep the parts of
a value the run asks for (`kept_parts`); `picker` holds them by name and picks one per entity from the
`settings`; `redactor` applies them to a text, and `verification` scans the result again before it is
handed on. `canonical` is the one spelling of a value that pseudonyms are derived from, for anything else
that must recognise a value it has seen before.
"""
