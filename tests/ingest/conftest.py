import pytest

from fixture_site import Answer, Site


@pytest.fixture
def site():
    """A news site on 127.0.0.1 (free port) whose robots.txt forbids /private/."""
    server = Site().start()
    server.route("/robots.txt", Answer(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    yield server
    server.stop()
