"""akn: United Nations resolutions between plain text and Akoma Ntoso 3.0 (AKN4UN).

Library API::

    from converter import convert, validate, to_text
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["convert", "validate", "to_text"]


def __getattr__(name):  # lazy: keep `akn --help` and imports cheap
    if name == "convert":
        from .api import convert
        return convert
    if name == "validate":
        from .api import validate
        return validate
    if name == "to_text":
        from .api import to_text
        return to_text
    raise AttributeError(name)
