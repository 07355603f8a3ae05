"""maritime: a sourced, geocoded timeline of incidents at sea, extracted from news."""

import logging

__version__ = "0.1.0"

# A library logs; the application decides where it goes (`maritime --debug`: stderr).
logging.getLogger(__name__).addHandler(logging.NullHandler())
