# Installed by httptrace: enables request tracing for every interpreter start (no-op unless configured).
try:
    import httptrace._boot  # noqa: F401
except Exception:
    pass
