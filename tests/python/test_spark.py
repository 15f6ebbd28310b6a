"""newslib.spark with PySpark in local[2] mode (skipped without PySpark or Java)."""

from __future__ import annotations

import shutil

import pytest

import newslib

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed")
pytest.importorskip("pyarrow", reason="pandas UDFs need pyarrow")
pytest.importorskip("pandas")
if shutil.which("java") is None:
    pytest.skip("no java on PATH: Spark needs a JVM", allow_module_level=True)

import newslib.spark as nspark  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("newslib-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.sql.execution.arrow.pyspark.enabled", "true")
               .getOrCreate())
    yield session
    session.stop()


@pytest.fixture(scope="module")
def frame(spark, synthetic_articles):
    rows = [(i, t) for i, t in enumerate(synthetic_articles[:60])] + [(60, None)]
    return spark.createDataFrame(rows, "id long, body string").repartition(2)


def _expected(synthetic_articles, **options):
    return {i: s.text for i, s in enumerate(
        newslib.summarize_many(synthetic_articles[:60], **options))} | {60: None}


def test_pandas_udf(frame, synthetic_articles):
    udf = nspark.summarize_udf(sentences=2)
    rows = frame.select("id", udf("body").alias("summary")).collect()
    assert {r.id: r.summary for r in rows} == _expected(synthetic_articles, sentences=2)


def test_map_in_pandas(frame, synthetic_articles):
    out = nspark.summarize(frame, "body", output_column="summary", ratio=0.3,
                           algorithm="textrank")
    assert out.columns == ["id", "body", "summary"]
    rows = out.collect()
    assert {r.id: r.summary for r in rows} == _expected(synthetic_articles, ratio=0.3,
                                                        algorithm="textrank")


def test_bad_options_fail_on_the_driver(frame):
    with pytest.raises(newslib.InvalidArgumentError):
        nspark.summarize_udf(sentences=0)
    with pytest.raises(newslib.InvalidArgumentError):
        nspark.summarize(frame, "no_such_column")
