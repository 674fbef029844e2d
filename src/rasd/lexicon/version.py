"""A version string for the lexicons an extraction used, recorded with every stored article.

``0.1.0+1f3e5a7c9b2d``: rasd's version, then a digest of every lexicon file's bytes (curated and
imported, in load order). Re-extracting with edited lexicons gives another version, so the store
replaces the article's records instead of reporting them unchanged.
"""

from __future__ import annotations

import hashlib

from rasd.lexicon.loader import Lexicon


def lexicon_version(lexicon: Lexicon) -> str:
    from rasd import __version__

    digest = hashlib.sha1()
    for f in lexicon.files:
        digest.update(f.path.name.encode("utf-8"))
        try:
            digest.update(f.path.read_bytes())
        except OSError:  # a file moved since it was loaded: its name still counts
            pass
    return f"{__version__}+{digest.hexdigest()[:12]}"
