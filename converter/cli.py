"""The `akn` command line: a thin layer of click commands over the library."""
from __future__ import annotations

import sys

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="akn")
def main():
    """Convert United Nations resolutions between plain text and Akoma Ntoso 3.0 (AKN4UN)."""


# --- convert (owner: text reader / AKN writer) -------------------------------------------


# --- validate (owner: validation) --------------------------------------------------------


# --- text / roundtrip (owner: AKN reader / text writer) ---------------------------------


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
