__version__ = "1.6.0"
__commit__ = "release"
__built__ = "unknown"
