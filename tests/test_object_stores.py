"""gs:// and az:// with real parts: each store's emulator started as a process of its own on loopback
(Google's storage API from `gcp-storage-emulator`, Azure Blob Storage from Microsoft's Azurite), and
gcsfs and adlfs pointed at it through the environment, as their users do; the checks are those S3
passes in tests/test_cluster.py (tests/store_checks.py), run on this machine's processes.

Azurite is a Node.js program: .ci/run installs it; elsewhere its test is deselected with a notice when
`azurite-blob` is not on PATH (`npm install -g azurite@3` installs it).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store_checks import BUCKET, check_store, free_port, store_server

# Azurite's well-known development account (its documentation's, the same on every machine): the
# key still must never appear in an output.
AZURITE_ACCOUNT = "devstoreaccount1"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
AZURITE = "azurite-blob"


@pytest.fixture
def gcs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """gcp-storage-emulator, and the environment gcsfs takes its endpoint from (no credentials: the
    emulator takes anonymous requests, as gcsfs sends when it finds none)."""
    # none found: not this machine's gcloud login, nor by asking a GCE metadata server on the network
    monkeypatch.delenv("GOOGLE_APPLICATION_CREDENTIALS", raising=False)
    monkeypatch.setenv("CLOUDSDK_CONFIG", str(tmp_path_factory.mktemp("gcloud")))
    monkeypatch.setenv("NO_GCE_CHECK", "true")
    port = free_port()
    command = [sys.executable, "-m", "gcp_storage_emulator", "start", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--in-memory", "--quiet"]
    monkeypatch.setenv("STORAGE_EMULATOR_HOST", f"http://127.0.0.1:{port}")
    # gcsfs asks a bucket's layout over gRPC first (GCS's zonal and hierarchical buckets), which no
    # emulator serves: its plain file system, chosen when gcsfs is imported
    monkeypatch.setenv("GCSFS_EXPERIMENTAL_ZB_HNS_SUPPORT", "false")
    import gcsfs

    assert gcsfs.GCSFileSystem is gcsfs.core.GCSFileSystem, "gcsfs was imported before its environment"
    with store_server(tmp_path_factory.mktemp("gcs"), command, port):
        yield _bucket(gcsfs.GCSFileSystem)


@pytest.fixture
def azure(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Azurite's blob service, and the connection string adlfs takes its endpoint and key from."""
    program = shutil.which(AZURITE)
    if program is None:
        pytest.fail(f"{AZURITE} is not on PATH: CI must run the Azure test (.ci/run installs Azurite)")
    port = free_port()
    command = [program, "--blobHost", "127.0.0.1", "--blobPort", str(port), "--inMemoryPersistence"]
    # --skipApiVersionCheck: the Azure SDK may be newer than the Azurite release installed
    command += ["--skipApiVersionCheck", "--silent"]
    connection = (
        f"DefaultEndpointsProtocol=http;AccountName={AZURITE_ACCOUNT};AccountKey={AZURITE_KEY};"
        f"BlobEndpoint=http://127.0.0.1:{port}/{AZURITE_ACCOUNT};"
    )
    monkeypatch.setenv("AZURE_STORAGE_CONNECTION_STRING", connection)
    import adlfs

    with store_server(tmp_path_factory.mktemp("azurite"), command, port):
        yield _bucket(adlfs.AzureBlobFileSystem)


def _bucket(store: Any) -> Any:
    """The file system of `store`, configured from the environment, with an empty bucket."""
    fs = store(skip_instance_cache=True)
    fs.mkdir(BUCKET)
    return fs


def test_gs_inputs_walked_as_folders_and_copies_published_whole(
    gcs: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_store(gcs, "gs", tmp_path, capsys, (), "-j", "2")


@pytest.mark.needs(AZURITE)
def test_az_inputs_walked_as_folders_and_copies_published_whole(
    azure: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_store(azure, "az", tmp_path, capsys, (AZURITE_KEY,), "-j", "2")
