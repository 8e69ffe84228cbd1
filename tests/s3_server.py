"""An S3 protocol server on loopback for the bucket object store (issue 15): moto's server in a thread,
on a free port, with throw-away credentials, and a fresh bucket for every test that asks.

Requests are real HTTP through boto3, as against a cloud or MinIO endpoint. moto stores bodies as sent
and does not check ``x-amz-checksum-sha256`` or ``Content-MD5`` itself (its own TODO); the adapter's
ETag check is what refuses a damaged upload there (tests/adapters/test_s3_objects.py)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from serve_fixtures import free_port

# moto accepts any key pair; these keep boto3 from looking for a real profile
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "tthc-test", "AWS_SECRET_ACCESS_KEY": "tthc-test-secret",
               "AWS_DEFAULT_REGION": "us-east-1"}


@contextmanager
def moto_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer  # heavy: moto's server (flask, many services), S3 tests only

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def client(endpoint: str):
    import boto3  # heavy: boto3, S3 tests only

    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **{
        "aws_access_key_id": CREDENTIALS["AWS_ACCESS_KEY_ID"], "aws_secret_access_key": CREDENTIALS["AWS_SECRET_ACCESS_KEY"]})


@pytest.fixture(scope="session")
def s3_endpoint() -> Iterator[str]:
    saved = {name: os.environ.get(name) for name in CREDENTIALS}
    os.environ.update(CREDENTIALS)  # child processes (the CLI, a killed writer) inherit them
    try:
        with moto_endpoint() as endpoint:
            yield endpoint
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture
def s3_client(s3_endpoint):
    """A boto3 client of the loopback server, to reach behind an adapter's back."""
    return client(s3_endpoint)


@pytest.fixture
def s3_bucket(s3_endpoint) -> str:
    """A new, empty bucket on the loopback server; its name."""
    name = f"tthc-{uuid.uuid4().hex[:16]}"
    client(s3_endpoint).create_bucket(Bucket=name)
    return name
