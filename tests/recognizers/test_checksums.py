"""checksums.luhn_valid: the Luhn (mod 10) check digit, as personnummer and card numbers use it."""

from __future__ import annotations

import pytest

from logscrub.recognizers.checksums import luhn_valid


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        # Luhn's textbook example and its neighbours
        ("79927398713", True),
        ("79927398710", False),
        ("79927398714", False),
        # personnummer: the check digit covers the ten digits YYMMDDNNNC
        ("8112289874", True),
        ("8112289875", False),
        ("1212121212", True),
        ("1212121213", False),
        ("9202292380", True),  # Skatteverket test number 1992-02-29
        # card numbers (test PANs)
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("5555555555554444", True),
        # a doubled digit above 9 counts as the sum of its digits (2 * 9 = 18 -> 9)
        ("59", True),  # 9 + (5 * 2 = 10 -> 1) = 10
        ("91", True),  # 1 + (9 * 2 = 18 -> 9) = 10
        ("18", True),  # 8 + 1 * 2 = 10
        ("19", False),
        # short inputs
        ("0", True),
        ("00", True),
        ("1", False),
    ],
)
def test_luhn_valid(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid


@pytest.mark.parametrize("valid_number", ["8112289874", "1212121212", "79927398713", "4111111111111111"])
def test_every_single_digit_error_is_detected(valid_number: str) -> None:
    for position, original in enumerate(valid_number):
        for digit in "0123456789":
            if digit != original:
                changed = valid_number[:position] + digit + valid_number[position + 1 :]
                assert not luhn_valid(changed), changed


@pytest.mark.parametrize("valid_number", ["8112289874", "1212121212", "79927398713"])
def test_adjacent_transpositions_are_detected_except_09(valid_number: str) -> None:
    for i in range(len(valid_number) - 1):
        a, b = valid_number[i], valid_number[i + 1]
        if a == b or {a, b} == {"0", "9"}:
            continue
        swapped = valid_number[:i] + b + a + valid_number[i + 2 :]
        assert not luhn_valid(swapped), swapped


def test_exactly_one_check_digit_completes_a_number() -> None:
    for body in ("811228987", "121212121", "000000000", "999999999"):
        completions = [d for d in "0123456789" if luhn_valid(body + d)]
        assert len(completions) == 1, body
