"""Check-digit algorithms shared by recognizers."""


def luhn_valid(digits: str) -> bool:
    """True when the last digit of `digits` is the Luhn (mod 10, weights 1-2) check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
