"""reader: a terminal article reader for people who read the news closely."""

from importlib.metadata import PackageNotFoundError, version

DISTRIBUTION = "close-reader"  # on PyPI, "reader" is another project (a feed-reader library)

try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
