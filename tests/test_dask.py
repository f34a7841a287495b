"""Tagging on a dask.distributed LocalCluster gives what kyluat tag gives locally."""

import json

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from dask.distributed import Client, LocalCluster

from kyluat_nlp.batch import tag_file
from kyluat_nlp.cli import main
from kyluat_nlp.dask import tag_bag, tag_dataframe
from tests.test_batch import mixed_lines, read_jsonl, write_jsonl

LATE = "Cán bộ xã thường xuyên đi muộn, về sớm."  # a one-line report of working-time violations


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as local:
        with Client(local) as client:
            yield local, client


def test_cli_scheduler_output_equals_local_output(cluster, tmp_path):
    local, _ = cluster
    source = tmp_path / "in.jsonl"
    write_jsonl(source, mixed_lines() * 5)
    tag_file(source, tmp_path / "local.jsonl")
    assert main(["tag", str(source), "-o", str(tmp_path / "dask.jsonl"),
                 "--scheduler", local.scheduler_address]) == 0
    assert read_jsonl(tmp_path / "dask.jsonl") == read_jsonl(tmp_path / "local.jsonl")


def test_bag_and_dataframe(cluster):
    records = [{"id": 1, "text": LATE}, {"id": 2, "text": ""}, {"id": 3}]
    tagged = tag_bag(db.from_sequence(records, npartitions=2)).compute()
    assert [r.get("labels") for r in tagged] == [["working_time"], None, None]
    assert [r.get("error") for r in tagged] == [None, "empty text", "no 'text' field"]
    frame = dd.from_pandas(pd.DataFrame({"id": [1, 2], "text": [LATE, "x y z"]}),
                           npartitions=2)
    result = tag_dataframe(frame).compute()
    assert json.loads(result.loc[0, "labels"]) == ["working_time"]
    assert list(result["id"]) == [1, 2]
