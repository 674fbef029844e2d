"""rasd (رصد): Arabic conflict-news reports into verified, geocoded event records.

Importing the package has no side effects: lexicons, gazetteers and stores are loaded when a
pipeline is built (see :func:`rasd.pipeline.build_pipeline`).
"""

__version__ = "0.1.0"
