"""maritime: a sourced, geocoded timeline of incidents at sea, extracted from news."""

__version__ = "0.1.0"
