import json

import pytest

from rasd.batch.local import run_extract
from rasd.build import build_extractor


@pytest.fixture(scope="session")
def cluster():
    """A real LocalCluster: 2 single-threaded worker processes bound to 127.0.0.1."""
    from rasd.batch.dask_runner import local_cluster

    with local_cluster(2) as local:
        yield local


@pytest.fixture(scope="session")
def extractor():
    return build_extractor()


@pytest.fixture
def reference(extractor, tmp_path):
    """What single-process ``rasd extract`` writes for the same inputs, as parsed JSON lines."""
    from pathlib import Path

    def run(inputs):
        out = tmp_path / "reference.jsonl"
        run_extract(extractor, [Path(i) for i in inputs], out)
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    return run
