"""Scale-out with real parts: a Dask scheduler and worker processes on loopback (`python -m dask
scheduler` / `dask worker`, as an operator starts them), and an S3 endpoint from moto's server.

One cluster serves the whole module: two workers, each under its nanny (which starts a worker again
when it dies; the test that kills them comes last, so that the others do not wait for new workers).
The scheduler gives up on a task after one lost worker more than usual (allowed-failures 1), so that a
chunk that keeps killing workers is given up quickly.
"""

from __future__ import annotations

import gc
import glob
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import s3fs
from distributed import Client

from helpers import FIXTURES, REPO
from logscrub.scanner.chunk_scan import scan_in_worker, spellings_in_worker
from logscrub.scanner.classification import load_taxonomy
from logscrub.scanner.cli.main import main
from logscrub.scanner.detection_spool import WorkerDetections
from logscrub.scanner.executors import ExecutorError
from logscrub.scanner.executors.dask_cluster import LOST_WORKERS, DaskExecutor, _reachable
from logscrub.scanner.executors.local import LocalExecutor
from logscrub.scanner.pipeline import Pipeline
from logscrub.scanner.propagation.matcher import KnownValueMatcher
from logscrub.scanner.records.outcomes import FileOutcome, FileStatus
from logscrub.scanner.records.scan_settings import ScanSettings
from logscrub.scanner.run_workers import WorkerFailure, failure_reason
from logscrub.scanner.sources.paths import expand_paths
from logscrub.scanner.sources.reading import Chunk
from store_checks import BUCKET, check_store, free_port, redact, store_server, support_bundle, tree

SECRET = "moto-secret-4c1d9e"  # the S3 secret key: it must never appear in an output
FICTION_NUMBER = "070-174 06 55"


class _Cluster:
    """A scheduler and its workers, each a process of its own, their logs in files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.scheduler_file = folder / "scheduler.json"
        self.processes: list[subprocess.Popen[bytes]] = []
        env = {**os.environ, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"}
        self._start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard"], env)
        deadline = time.monotonic() + 60
        while not self.scheduler_file.exists():
            assert time.monotonic() < deadline, (folder / "scheduler.log").read_text()
            time.sleep(0.1)
        self.address = str(json.loads(self.scheduler_file.read_text())["address"])
        self.client = Client(self.address, set_as_default=False)
        for number in (1, 2):
            self.start_worker(f"worker{number}")
        self.client.wait_for_workers(2, timeout=60)

    def _start(
        self, name: str, arguments: list[str], env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        log = (self.folder / f"{name}.log").open("wb")
        command = [sys.executable, "-m", "dask", *arguments, "--scheduler-file", str(self.scheduler_file)]
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self.folder, start_new_session=True
        )
        self.processes.append(process)
        return process

    def start_worker(self, name: str, *options: str) -> subprocess.Popen[bytes]:
        arguments = ["worker", "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard", *options]
        return self._start(name, [*arguments, "--name", name])

    def workers(self) -> int:
        return len(self.client.scheduler_info()["workers"])

    def logs(self) -> str:
        return "".join(log.read_text(errors="replace") for log in self.folder.glob("*.log"))

    def stop(self) -> None:
        """Every process this cluster started, each nanny with its worker (a process group each): killed
        outright, as nothing of theirs needs keeping."""
        self.client.close()
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Cluster]:
    started = _Cluster(tmp_path_factory.mktemp("dask"))
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture(scope="module")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[s3fs.S3FileSystem]:
    """moto's S3 server on loopback, and the environment s3fs takes its endpoint and keys from."""
    port = free_port()
    command = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    with pytest.MonkeyPatch.context() as patch, store_server(tmp_path_factory.mktemp("moto"), command, port):
        for name, value in {
            "AWS_ACCESS_KEY_ID": "moto-key",
            "AWS_SECRET_ACCESS_KEY": SECRET,
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
        }.items():
            patch.setenv(name, value)
        fs = s3fs.S3FileSystem(skip_instance_cache=True)
        fs.mkdir(BUCKET)
        yield fs


def _report_files(report: Path) -> list[Any]:
    files: list[Any] = json.loads(report.read_text(encoding="utf-8"))["files"]
    return files


def test_redacted_copies_and_report_from_the_cluster_are_those_of_j2(
    cluster: _Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = support_bundle(tmp_path)
    assert redact(bundle, "--out", tmp_path / "local", "--report", tmp_path / "local.json", "-j", "2") == 0
    # The cluster named the way Dask's own tools find it: $DASK_SCHEDULER_ADDRESS.
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", cluster.address)
    assert redact(bundle, "--out", tmp_path / "dask", "--report", tmp_path / "dask.json") == 0
    local, distributed = tree(tmp_path / "local"), tree(tmp_path / "dask")
    assert local == distributed
    assert "kamailio.log.gz" in local and "injected.json" not in local
    assert "EMAIL_ADDRESS.log" in local
    assert _report_files(tmp_path / "local.json") == _report_files(tmp_path / "dask.json")
    # values learnt from one file (propagation) were found in another: the known values reached workers
    learnt = [f for file in _report_files(tmp_path / "dask.json") for f in file["findings"]]
    assert any(f["recognizer"] == "propagation" for f in learnt)

    def matchers_in_memory() -> int:  # run in each worker (a local function: pickled by value)
        gc.collect()
        return sum(isinstance(o, KnownValueMatcher) for o in gc.get_objects())

    # The run is over: the known values it sent (personal data) left the workers' memory.
    assert set(cluster.client.run(matchers_in_memory).values()) == {0}
    # ... and the workers collect garbage as they did before it (see _RunSettings.setup)
    assert set(cluster.client.run(gc.get_threshold).values()) == {gc.get_threshold()}
    assert set(cluster.client.run(gc.get_freeze_count).values()) == {0}
    # Each worker kept what it detected while learning, in a folder of its own, gone with the run.
    workers = cluster.client.run(os.getpid)
    left = cluster.client.run(glob.glob, os.path.join(tempfile.gettempdir(), "logscrub-detections-*"))
    assert not [
        f for folders in left.values() for f in folders for pid in workers.values() if f"-{pid}-" in f
    ]
    capsys.readouterr()


def _pipeline_copies(executor: Any, documents: list[Any], out: Path) -> list[FileOutcome]:
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k" * 32, redact=True)
    pipeline = Pipeline(
        settings, jobs=2, out_dir=out, chunk_characters=4096, overlap_characters=512, executor=executor
    )
    return list(pipeline.run(documents))


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(cluster: _Cluster, tmp_path: Path) -> None:
    bundle = tmp_path / "logs"
    bundle.mkdir()
    for n, log in enumerate(sorted(FIXTURES.glob("*.log")) * 2):
        (bundle / f"{n:02}-{log.name}").write_text(log.read_text(encoding="utf-8") * 5, encoding="utf-8")
    documents = list(expand_paths([str(bundle)]))
    expected = _pipeline_copies(LocalExecutor(2), documents, tmp_path / "local")

    doomed = cluster.start_worker("doomed", "--no-nanny")  # its PID is the worker's own: killed for good
    cluster.client.wait_for_workers(3, timeout=60)
    doomed_address = next(
        a for a, w in cluster.client.scheduler_info()["workers"].items() if w["name"] == "doomed"
    )
    killed = threading.Event()

    def kill_once_it_works() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if cluster.client.processing([doomed_address]).get(doomed_address):
                doomed.send_signal(signal.SIGKILL)
                killed.set()
                return
            time.sleep(0.005)

    killer = threading.Thread(target=kill_once_it_works)
    with DaskExecutor(cluster.address) as executor:
        killer.start()
        outcomes = _pipeline_copies(executor, documents, tmp_path / "dask")
    killer.join()
    assert killed.is_set() and doomed.wait(timeout=10) == -signal.SIGKILL
    assert [o.status for o in outcomes] == [FileStatus.SCANNED] * len(documents)
    assert [o.entity_counts for o in outcomes] == [o.entity_counts for o in expected]
    assert [len(list(o.findings)) for o in outcomes] == [len(list(o.findings)) for o in expected]
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")


def test_a_chunk_learnt_on_one_worker_is_scanned_by_another_of_its_machine_without_detecting_it_again(
    cluster: _Cluster,
) -> None:
    # The scanning pass spreads over a machine's workers as they come free: one that did not learn from
    # a chunk takes what the learner kept (the kept file is used up) instead of detecting it anew.
    text = f"INVITE sip:anna.svensson@example.se from {FICTION_NUMBER}\n" * 50
    chunk = Chunk(text, 0, len(text), 0, 1, 1)
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k" * 32, redact=True)
    kept = WorkerDetections(exact_scores=True).place(0, 0)
    spools = os.path.join(tempfile.gettempdir(), "logscrub-detections-*", kept.name)
    with DaskExecutor(cluster.address) as executor, executor.workers(settings) as submit:
        submit(spellings_in_worker, chunk, 0.7, frozenset(), "calls.log", kept).result()
        (path,) = glob.glob(spools)  # the workers share this machine's temporary folder
        (learner,) = [w for w, pid in cluster.client.run(os.getpid).items() if f"-{pid}-" in path]
        busy = cluster.client.submit(time.sleep, 5, workers=[learner], pure=False)
        while not cluster.client.processing([learner]).get(learner):
            time.sleep(0.01)
        result = submit(scan_in_worker, chunk, None, None, kept).result()
        assert not busy.done()  # so the other worker scanned it
        assert not os.path.exists(path)  # with what the learner kept (the run's end removes the rest)
    assert result.redacted is not None and FICTION_NUMBER not in result.redacted
    assert "anna.svensson" not in result.redacted


def test_results_come_from_the_workers_themselves_where_this_machine_reaches_them(cluster: _Cluster) -> None:
    import dask

    with DaskExecutor(cluster.address) as executor:
        assert executor._connected().direct_to_workers is True  # not relayed by the scheduler
    with (
        dask.config.set({"distributed.client.direct-to-workers": False}),
        DaskExecutor(cluster.address) as executor,
    ):
        assert executor._connected().direct_to_workers is False  # the operator's word stands
    assert not _reachable(f"tcp://127.0.0.1:{free_port()}")  # refused: through the scheduler
    assert not _reachable("inproc://10.0.0.5/1234/1")


def test_the_passes_of_a_run_share_one_registration_of_its_settings(cluster: _Cluster) -> None:
    def registered(dask_scheduler: Any) -> list[str]:  # run on the scheduler
        return sorted(name for name in dask_scheduler.worker_plugins if name.startswith("logscrub-"))

    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k" * 32)
    with DaskExecutor(cluster.address) as executor:
        seen = []
        for _ in ("learning", "scanning"):
            with executor.workers(settings) as submit:
                assert submit(len, "four").result() == 4
                seen.append(cluster.client.run_on_scheduler(registered))
        # The scanning pass found the learning pass's registration: no round trip to every worker.
        assert len(seen[0]) == 1 and seen[1] == seen[0]
    assert cluster.client.run_on_scheduler(registered) == []  # gone with the run


def test_a_task_that_fails_is_told_by_its_kind_and_its_text_never_reaches_a_log(cluster: _Cluster) -> None:
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k" * 32)
    with DaskExecutor(cluster.address) as executor, executor.workers(settings) as submit:
        with pytest.raises(WorkerFailure) as failed:
            submit(int, f"call from {FICTION_NUMBER}").result()
        assert submit(len, "four").result() == 4  # the worker goes on
    assert failure_reason(failed.value) == "internal error while scanning (ValueError)"
    assert FICTION_NUMBER not in cluster.logs()


def test_workers_of_another_release_are_refused(cluster: _Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    import logscrub.scanner

    installed = logscrub.scanner.__version__
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k" * 32)
    with DaskExecutor(cluster.address) as executor:
        # a worker that joins during a run (as if the run's release changed under it) takes no part
        monkeypatch.setattr(logscrub.scanner, "__version__", "0.0.1")
        with executor.workers(settings) as submit, pytest.raises(WorkerFailure) as refused:
            submit(len, "four").result()
    assert str(refused.value) == f"a Dask worker runs logscrub {installed}, the run 0.0.1"
    with pytest.raises(ExecutorError) as at_start:
        DaskExecutor(cluster.address).__enter__()
    assert str(at_start.value).endswith(
        f"run logscrub {installed}, this machine 0.0.1: install the same release on both"
    )


def test_a_scheduler_that_cannot_be_reached_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import dask

    log = tmp_path / "app.log"
    log.write_text(f"call from {FICTION_NUMBER}\n", encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["scan", str(log), "--scheduler", f"tcp://127.0.0.1:{free_port()}", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("logscrub: error: cannot reach the Dask scheduler at tcp://127.0.0.1:")
    assert len(err.strip().splitlines()) == 1
    # --scheduler local: this machine's processes, whatever $DASK_SCHEDULER_ADDRESS says
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", f"tcp://127.0.0.1:{free_port()}")
    assert main(["scan", str(log), "--scheduler", "local", "-j", "1", "--no-progress"]) == 0


def test_s3_inputs_walked_as_folders_and_copies_published_whole(
    cluster: _Cluster, s3: s3fs.S3FileSystem, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    check_store(s3, "s3", tmp_path, capsys, (SECRET,), "--scheduler", cluster.address)


def test_gate_decides_alike_on_the_cluster(cluster: _Cluster, tmp_path: Path) -> None:
    artifact = tmp_path / "build.log"
    artifact.write_text(f"anna.svensson@example.se called from {FICTION_NUMBER}\n", encoding="utf-8")
    gate = ["gate", str(artifact), "--profile", "share", "--junit"]
    local = main([*gate, str(tmp_path / "local.xml"), "-j", "1"])
    remote = main([*gate, str(tmp_path / "dask.xml"), "--scheduler", cluster.address])
    assert local == remote == 1
    assert (tmp_path / "local.xml").read_bytes() == (tmp_path / "dask.xml").read_bytes()


def test_file_urls_are_local_paths(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text(f"call from {FICTION_NUMBER}\n", encoding="utf-8")
    assert (
        main(["redact", log.as_uri(), "--out", (tmp_path / "out").as_uri(), "-j", "1", "--no-progress"]) == 0
    )
    assert (tmp_path / "out" / "app.log").read_text(encoding="utf-8") == "call from <PHONE_NUMBER>\n"


def test_a_url_with_credentials_is_refused_without_showing_them(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["scan", f"s3://moto-key:{SECRET}@{BUCKET}/in/", "-j", "1", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "credentials in a URL are refused" in err and SECRET not in err


def test_the_default_install_imports_neither_dask_nor_fsspec() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, logscrub.scanner.cli.main, logscrub.scanner.pipeline; "
            "print(sorted(m for m in ('dask', 'distributed', 'fsspec', 's3fs') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    assert done.stdout.strip() == "[]"


def test_work_that_keeps_killing_workers_fails_closed_and_the_nannies_bring_them_back(
    cluster: _Cluster,
) -> None:
    settings = ScanSettings(taxonomy=load_taxonomy(), hash_key=b"k" * 32)
    with DaskExecutor(cluster.address) as executor, executor.workers(settings) as submit:
        lost = submit(os._exit, 1)
        with pytest.raises(WorkerFailure) as failed:
            lost.result()
    assert failure_reason(failed.value) == LOST_WORKERS
    cluster.client.wait_for_workers(2, timeout=60)
