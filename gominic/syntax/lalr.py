"""This module implements the LALR(1) driver of the syntax phase: the loop
that reads tokens, shifts and reduces, and calls the builder at each
reduction.

Lark builds the tables from grammar.lark (cached by tables.py) and its own
driver (``ParserState.feed_token``) runs them, but that driver is generic:
per token it looks up actions as (kind, argument) pairs, checks the kind
by identity, asks whether the terminal has a callback, and a reduction
reads the rule's expansion and origin through attributes. On a 20,000-line
file it was the largest single cost of the parse. The driver here runs the
same tables, made once into the form a tight loop reads fastest:

- one dict per state, from a terminal or nonterminal name to an int: a
  shift (or goto) to state n is n itself, a reduction by rule r is ``~r``
  (negative, so one comparison tells them apart);
- one tuple per rule: how many values it pops, the callback Lark made for
  it (the builder's method, with Lark's placeholders and inlining), and
  the nonterminal it makes.

Lark's tables, callbacks and therefore trees are used unchanged. On a
syntax error this driver only raises; parser.py then parses the file again
through Lark's interactive parser, which recovery.py drives to report
every error as Go does.
"""

from __future__ import annotations

from itertools import chain
from typing import Callable, Iterable

from lark import Lark, Token
from lark.exceptions import UnexpectedToken
from lark.grammar import Rule
from lark.parse_tree_builder import ExpandSingleChild
from lark.parsers.lalr_analysis import Shift

# The end of the input. Its position is never read: on a syntax error
# parser.py parses the file again, with Lark's parser.
END = Token("$END", "", 0, 1, 1)


class Automaton:
    """Lark's LALR tables for the start rule, as the driver reads them."""

    def __init__(self, lark: Lark):
        self.lark = lark  # whose tables these are
        lalr = lark.parser.parser.parser  # frontend -> LALR_Parser -> _Parser
        table = lalr.parse_table
        rules: dict = {}
        self.actions: list[dict[str, int]] = [{} for _ in range(max(table.states) + 1)]
        for state, row in table.states.items():
            self.actions[state] = {name: arg if op is Shift else ~rules.setdefault(arg, len(rules))
                                   for name, (op, arg) in row.items()}
        callbacks = lalr.callbacks
        self.rules: list[tuple[int, Callable | None, str]] = [
            (len(rule.expansion), None if passes_child_on(rule, callbacks[rule]) else callbacks[rule],
             rule.origin.name) for rule in rules]
        self.start: int = table.start_states["start"]
        self.end: int = table.end_states["start"]

    def parse(self, tokens: Iterable[Token]):
        """The value of the start rule over tokens, END added; raises
        UnexpectedToken at the first token the tables do not take."""
        actions, rules, end = self.actions, self.rules, self.end
        states, values = [self.start], []
        push_state, push_value = states.append, values.append
        row = actions[self.start]  # the actions of the state on top of the stack
        for tok in chain(tokens, (END,)):
            kind = tok.type
            while True:
                try:
                    action = row[kind]
                except KeyError:
                    raise unexpected(tok, row) from None
                if action >= 0:
                    push_state(action)
                    push_value(tok)
                    row = actions[action]
                    break
                size, callback, origin = rules[~action]
                if callback is None:  # a unit rule passing its child on: the value stays
                    del states[-1]
                elif size:
                    children = values[-size:]
                    del states[-size:], values[-size:]
                    push_value(callback(children))
                else:
                    push_value(callback([]))
                state = actions[states[-1]][origin]
                if state == end:  # only the start rule, reduced at $END, goes there
                    return values[-1]
                push_state(state)
                row = actions[state]


def passes_child_on(rule: Rule, callback: Callable) -> bool:
    """Whether rule is a unit rule whose callback returns its one child:
    Lark's ExpandSingleChild for a ``?rule`` of one symbol. More than half
    the reductions of a file are such (the precedence levels of an
    operand), and the driver skips their calls."""
    return len(rule.expansion) == 1 and isinstance(callback, ExpandSingleChild)


def unexpected(tok: Token, row: dict[str, int]) -> UnexpectedToken:
    """Lark's exception for tok, which the state whose actions are row refuses."""
    return UnexpectedToken(tok, {name for name in row if name.isupper()})
