"""HTTP API and analyst UI over a :class:`rasd.store.base.Store` (``rasd serve``).

``create_app(store, settings)`` returns a FastAPI app; see :mod:`rasd.api.app`. FastAPI is an
optional dependency (``pip install 'rasd[server]'``), imported only when this package is.
"""

from rasd.api.app import create_app
from rasd.api.settings import ApiSettings, load_settings

__all__ = ["ApiSettings", "create_app", "load_settings"]
