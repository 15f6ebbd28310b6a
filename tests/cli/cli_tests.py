#!/usr/bin/env python3
"""End-to-end tests of the newslib command-line tool.

Run one case:   NEWSLIB_CLI=build/cli/newslib python3 cli_tests.py summarize_json
Run them all:   NEWSLIB_CLI=... python3 cli_tests.py
List the cases: python3 cli_tests.py --list
NEWSLIB_SOURCE_DIR (default: two levels up) locates examples/sample_article.txt.
"""

import json
import os
import random
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SOURCE_DIR = Path(os.environ.get("NEWSLIB_SOURCE_DIR") or Path(__file__).resolve().parent.parent.parent)
ARTICLE = SOURCE_DIR / "examples" / "sample_article.txt"
PAGE = SOURCE_DIR / "examples" / "sample_page.html"
SUBCOMMANDS = ["summarize", "sentences", "keywords", "info", "eval"]
DOCUMENT_SUBCOMMANDS = ["summarize", "sentences", "keywords", "info"]

SHORT_ARTICLE = (
    "Library extends its opening hours\n\n"
    "ASHFORD, May 2 (Newslib Wire) — The town library will open until 9 p.m. on weekdays "
    "from next month, the council said on Tuesday. The change costs about $40,000 a year. "
    "Students asked for it in a petition signed by 1,200 people. "
    "Weekend hours stay the same.\n"
)


def cli():
    path = os.environ.get("NEWSLIB_CLI")
    if not path:
        raise unittest.SkipTest("NEWSLIB_CLI is not set")
    return path


def run(*args, stdin=b"", cwd=None):
    """Runs the tool; stdin is bytes. Never inherits a terminal."""
    return subprocess.run(
        [cli(), *map(str, args)], input=stdin, capture_output=True, timeout=60, cwd=cwd
    )


def squash(text):
    return " ".join(text.split())


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = Path(self.tmp.name)
        self.article_bytes = ARTICLE.read_bytes()

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        path = self.dir / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def assert_status(self, result, status):
        self.assertEqual(
            result.returncode, status,
            f"stdout: {result.stdout[:2000]!r}\nstderr: {result.stderr[:2000]!r}")

    def json_of(self, result):
        try:
            return json.loads(result.stdout.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            self.fail(f"stdout is not JSON ({e}): {result.stdout[:500]!r}")

    def jsonl_of(self, result):
        lines = result.stdout.decode("utf-8").splitlines()
        return [json.loads(line) for line in lines]

    # --- command line -----------------------------------------------------

    def test_version_and_help(self):
        result = run("--version")
        self.assert_status(result, 0)
        self.assertRegex(result.stdout.decode(), r"^newslib \d+\.\d+\.\d+")
        self.assert_status(run("--help"), 0)
        for sub in SUBCOMMANDS:
            result = run(sub, "--help")
            self.assert_status(result, 0)
            self.assertIn(b"--format", result.stdout)

    def test_usage_errors(self):
        article = str(ARTICLE)
        cases = [
            [],                                            # no subcommand
            ["frobnicate"],                                # unknown subcommand
            ["summarize", "--no-such-option", article],
            ["summarize", "-n", "2", "--ratio", "0.5", article],   # two budgets
            ["summarize", "--ratio", "1.5", article],
            ["summarize", "-n", "0", article],
            ["summarize", "-n", "many", article],
            ["summarize", "-a", "no-such-algorithm", article],
            ["summarize", "--order", "random", article],
            ["summarize", "--redundancy", "2", article],
            ["keywords", "-a", "no-such-algorithm", article],
            ["keywords", "--top", "0", article],
            ["info", "--format", "xml", article],
            ["info", "--errors", "ignore", article],
            ["info", "--language", "English", article],
            ["info", "--progress", "sometimes", article],
            ["info", "-", "-"],                            # stdin twice
            ["info", "--jsonl", "--format", "text", article],
            ["eval", article],                             # needs two files
            ["eval", article, article, article],
        ]
        for args in cases:
            with self.subTest(args=args):
                result = run(*args)
                self.assert_status(result, 2)
                self.assertEqual(result.stdout, b"")
                self.assertNotEqual(result.stderr, b"")

    def test_max_bytes_suffix(self):
        self.assert_status(run("sentences", "--max-bytes", "1M", ARTICLE), 0)
        result = run("sentences", "--max-bytes", "100", ARTICLE)
        self.assert_status(result, 1)
        self.assertIn(str(ARTICLE).encode(), result.stderr)
        self.assertIn(b"max-bytes", result.stderr)

    # --- subcommands ------------------------------------------------------

    def test_summarize_text(self):
        result = run("summarize", "-n", "2", ARTICLE)
        self.assert_status(result, 0)
        lines = result.stdout.decode("utf-8").splitlines()
        self.assertEqual(len(lines), 2)
        article = squash(self.article_bytes.decode("utf-8"))
        for line in lines:
            self.assertTrue(line.strip())
            self.assertIn(line, article)

    def test_summarize_json(self):
        result = run("summarize", "--format", "json", "-n", "3", "--order", "score", ARTICLE)
        self.assert_status(result, 0)
        out = self.json_of(result)
        for key in ("algorithm", "options", "sentences", "scores"):
            self.assertIn(key, out)
        self.assertEqual(out["options"]["length"], {"unit": "sentences", "value": 3})
        self.assertEqual(out["options"]["order"], "score")
        self.assertEqual(len(out["sentences"]), 3)
        ranks = [s["rank"] for s in out["sentences"]]
        self.assertEqual(ranks, sorted(ranks), "score order is best first")
        for s in out["sentences"]:
            piece = self.article_bytes[s["byte_start"]:s["byte_end"]]
            self.assertEqual(piece.decode("utf-8"), s["text"])
            self.assertAlmostEqual(out["scores"][s["index"]], s["score"])
        sentences = self.json_of(run("sentences", "--format", "json", ARTICLE))["sentences"]
        self.assertEqual(len(out["scores"]), len(sentences))

    def test_summarize_budgets(self):
        for args, unit in ((["--ratio", "0.2"], "ratio"), (["--words", "60"], "words"),
                           (["--chars", "300"], "chars")):
            with self.subTest(unit=unit):
                result = run("summarize", "--format", "json", *args, ARTICLE)
                self.assert_status(result, 0)
                out = self.json_of(result)
                self.assertEqual(out["options"]["length"]["unit"], unit)
                self.assertGreaterEqual(len(out["sentences"]), 1)

    def test_summarize_every_algorithm(self):
        help_text = run("summarize", "--help").stdout.decode()
        result = run("summarize", "--format", "json", ARTICLE)
        self.assert_status(result, 0)
        # Every algorithm the help lists runs and names itself in the output.
        names = []
        for line in help_text.splitlines():
            if "--algorithm" in line and "{" in line:
                names = line[line.index("{") + 1:line.index("}")].split(",")
        self.assertTrue(names, help_text)
        for name in (n.strip() for n in names):
            with self.subTest(algorithm=name):
                result = run("summarize", "--format", "json", "-a", name, ARTICLE)
                self.assert_status(result, 0)
                out = self.json_of(result)
                if name != "default":
                    self.assertEqual(out["algorithm"], name)
                self.assertGreaterEqual(len(out["sentences"]), 1)

    def test_sentences(self):
        result = run("sentences", "--format", "json", ARTICLE)
        self.assert_status(result, 0)
        sentences = self.json_of(result)["sentences"]
        self.assertGreater(len(sentences), 10)
        end = 0
        for i, s in enumerate(sentences):
            self.assertEqual(s["index"], i)
            self.assertGreaterEqual(s["byte_start"], end)
            self.assertLess(s["byte_start"], s["byte_end"])
            self.assertEqual(self.article_bytes[s["byte_start"]:s["byte_end"]].decode(), s["text"])
            end = s["byte_end"]
        text = run("sentences", ARTICLE)
        self.assert_status(text, 0)
        self.assertEqual(text.stdout.decode().splitlines(), [squash(s["text"]) for s in sentences])
        # Abbreviations do not end sentences.
        for s in sentences:
            self.assertFalse(s["text"].endswith(("Mr.", "Dr.", "Ms.")), s["text"])

    def test_encoding(self):
        # The short article in windows-1252 (its dash becomes 0x97), read as
        # declared, as detected, and as UTF-8 (which it is not).
        cp1252 = SHORT_ARTICLE.encode("cp1252")
        path = self.write("cp1252.txt", cp1252)
        utf8 = self.json_of(run("sentences", "--format", "json", self.write("utf8.txt", SHORT_ARTICLE)))
        for name in ("windows-1252", "latin1", "CP1252", "auto"):
            result = run("sentences", "--format", "json", "--encoding", name, path)
            self.assert_status(result, 0)
            sentences = self.json_of(result)["sentences"]
            self.assertEqual([s["text"] for s in sentences], [s["text"] for s in utf8["sentences"]])
            for s in sentences:
                piece = cp1252[s["source_byte_start"]:s["source_byte_end"]]
                self.assertEqual(piece.decode("cp1252"), s["text"])
        self.assert_status(run("sentences", path), 1)  # strict UTF-8 by default
        # Every document command takes it; names are checked before reading.
        for sub in DOCUMENT_SUBCOMMANDS:
            self.assert_status(run(sub, "--encoding", "windows-1252", path), 0)
            unknown = run(sub, "--encoding", "klingon-8", path)
            self.assert_status(unknown, 2)
            self.assertIn(b"encoding", unknown.stderr)
        # UTF-16 with a byte order mark, from standard input.
        utf16 = run("sentences", "--encoding", "auto", stdin=SHORT_ARTICLE.encode("utf-16"))
        self.assert_status(utf16, 0)
        self.assertEqual(utf16.stdout, run("sentences", stdin=SHORT_ARTICLE.encode()).stdout)
        # JSON Lines hold Unicode text: an encoding does not apply there.
        jsonl = self.write("a.jsonl", json.dumps({"text": SHORT_ARTICLE}) + "\n")
        self.assert_status(run("info", "--jsonl", "--encoding", "latin1", jsonl), 2)
        self.assert_status(run("info", "--jsonl", "--encoding", "utf-8", jsonl), 0)

    def test_encoding_errors(self):
        # 0xA5 is not a Latin-3 character: strict fails, replace warns with
        # the offset in the file.
        data = b"One sentence here. A bad \xa5 byte follows. End.\n"
        path = self.write("latin3.txt", data)
        strict = run("sentences", "--encoding", "iso-8859-3", path)
        self.assert_status(strict, 1)
        self.assertIn(b"offset 25", strict.stderr)
        replaced = run("sentences", "--encoding", "iso-8859-3", "--errors", "replace", path)
        self.assert_status(replaced, 0)
        self.assertIn("\ufffd", replaced.stdout.decode())
        self.assertIn(b"first at byte 25", replaced.stderr)

    def test_keywords(self):
        result = run("keywords", "--format", "json", "--top", "5", ARTICLE)
        self.assert_status(result, 0)
        keywords = self.json_of(result)["keywords"]
        self.assertGreaterEqual(len(keywords), 1)
        self.assertLessEqual(len(keywords), 5)
        scores = [k["score"] for k in keywords]
        self.assertEqual(scores, sorted(scores, reverse=True))
        for k in keywords:
            self.assertTrue(k["text"])
            for at in k["occurrences"]:
                self.assertLess(at["byte_start"], at["byte_end"])
                self.assertLessEqual(at["byte_end"], len(self.article_bytes))
        text = run("keywords", "--top", "5", ARTICLE)
        self.assert_status(text, 0)
        lines = text.stdout.decode().splitlines()
        self.assertEqual(len(lines), len(keywords))
        self.assertEqual(lines[0].split("\t")[1], keywords[0]["text"])

    def test_keywords_corpus(self):
        shared = "The council met again and the council voted on the budget."
        lines = [json.dumps({"text": "The harbour flooded. The council and the harbour board "
                                     "argued about the harbour wall."})]
        lines += [json.dumps({"text": shared})] * 30
        path = self.write("collection.jsonl", "\n".join(lines) + "\n")
        alone = self.jsonl_of(run("keywords", "--jsonl", "--language", "en", path))
        result = run("keywords", "--jsonl", "--language", "en", "--corpus", path, path)
        self.assert_status(result, 0)
        weighted = self.jsonl_of(result)
        self.assertEqual(len(weighted), len(lines))

        def score(out, key):
            return next(k["score"] for k in out["keywords"] if k["key"] == key)

        # "council" is in every document of the collection: it weighs less.
        self.assertLess(score(weighted[0], "council"), score(alone[0], "council"))
        self.assert_status(run("keywords", "-a", "yake", "--corpus", path, ARTICLE), 2)
        self.assert_status(run("keywords", "--corpus", str(self.dir / "missing.jsonl"),
                               ARTICLE), 1)

    def page_bytes(self):
        prose = ("The council voted on Tuesday to close the old bridge, citing a report that "
                 "found cracks in two of its supports, and said repairs would take a year.")
        return ("<html><head><meta charset='windows-1252'><title>Bridge | Daily</title>"
                "<meta property='article:published_time' content='2024-05-17'></head><body>"
                "<nav><a href='/'>Home</a></nav><article><h1>Bridge to close</h1>"
                f"<p>{prose} Caf\xe9 owners objected.</p><p>{prose}</p></article></body></html>"
                ).encode("latin-1")

    def test_extract(self):
        page = self.write("page.html", self.page_bytes())
        text = run("extract", page)
        self.assert_status(text, 0)
        self.assertTrue(text.stdout.decode().startswith("Bridge to close\n\n"))
        self.assertIn("Café owners objected.", text.stdout.decode())
        result = run("extract", "--format", "json", page)
        self.assert_status(result, 0)
        data = self.json_of(result)
        self.assertEqual(data["published"], "2024-05-17")
        self.assertEqual(data["origins"]["published"], "open_graph")
        self.assertFalse(data["no_article"])
        raw = self.page_bytes()
        for block in data["blocks"]:
            source = raw[block["page_start"]:block["page_end"]].decode("windows-1252")
            self.assertEqual(source, block["text"])
        self.assertEqual({block["kind"] for block in data["blocks"]}, {"paragraph"})
        empty = run("extract", self.write("empty.html", b"<html><body></body></html>"))
        self.assert_status(empty, 0)
        self.assertIn(b"no article", empty.stderr)
        batch = self.write("pages.jsonl", (json.dumps({"html": self.page_bytes().decode("latin-1")})
                                           + "\n").encode())
        lines = run("extract", "--jsonl", batch, "--format", "json").stdout.decode().splitlines()
        self.assertEqual(len(lines), 1)

    def page_folder(self):
        """A folder of saved pages: two good ones, a broken link among them, and files
        extract must leave alone (not pages, or in a subfolder)."""
        folder = self.dir / "site"
        (folder / "sub").mkdir(parents=True)
        (folder / "b.HTM").write_bytes(self.page_bytes())
        (folder / "a.html").write_bytes(self.page_bytes().replace(b"Bridge to close", b"Ferry to stop"))
        (folder / "notes.txt").write_bytes(b"not a page")
        (folder / "sub" / "c.html").write_bytes(self.page_bytes())
        (folder / "ab-gone.html").symlink_to(folder / "missing-target.html")
        return folder

    def test_extract_sample_page(self):
        # The demo's page: the article in windows-1252 inside navigation, a
        # cookie banner, related links, a newsletter box and a footer.
        result = run("extract", PAGE, "--format", "json")
        self.assert_status(result, 0)
        page = json.loads(result.stdout)
        self.assertEqual(page["encoding"], "windows-1252")
        self.assertEqual(page["title"], ARTICLE.read_text().split("\n")[0])
        self.assertEqual(page["published"], "2024-03-14")
        self.assertEqual(page["authors"], ["Helen Marsh", "Daniel Okafor"])
        body = page["body"]
        self.assertIn("RIVERTON, March 14 (Newslib Wire) \u2014 Riverton's city council", body)
        self.assertIn("at the Eastbank community centre.", body)
        for boilerplate in ("cookies", "Related stories", "newsletter", "All rights reserved", "Subscribe"):
            self.assertNotIn(boilerplate, body)

    def test_extract_directory_as_jsonl(self):
        folder = self.page_folder()
        result = run("extract", "--format", "jsonl", folder)
        self.assert_status(result, 1)  # the broken link failed
        records = self.jsonl_of(result)
        # Sorted by name; the unreadable page is reported in its place and the run goes on.
        self.assertEqual([Path(r["file"]).name for r in records], ["a.html", "ab-gone.html", "b.HTM"])
        self.assertTrue(records[0]["text"].startswith("Ferry to stop\n\n"))
        self.assertIn("error", records[1])
        self.assertNotIn("text", records[1])
        self.assertTrue(records[2]["text"].startswith("Bridge to close\n\n"))
        self.assertIn(b"ab-gone.html: cannot open", result.stderr)
        # --fail-fast stops at the unreadable page.
        stopped = run("extract", "--format", "jsonl", "--fail-fast", folder)
        self.assert_status(stopped, 1)
        self.assertEqual(len(self.jsonl_of(stopped)), 2)

    def test_extract_glob_pattern(self):
        folder = self.page_folder()
        # Quoted, so the tool expands it: the shell does not see it.
        result = run("extract", "--format", "jsonl", str(folder / "[ab].*"))
        self.assert_status(result, 0)
        self.assertEqual([Path(r["file"]).name for r in self.jsonl_of(result)], ["a.html", "b.HTM"])
        nothing = run("extract", str(folder / "*.xhtml"))
        self.assert_status(nothing, 1)
        self.assertIn(b"*.xhtml: cannot open", nothing.stderr)
        empty = self.dir / "empty"
        empty.mkdir()
        self.assert_status(run("extract", empty), 2)

    def test_extract_single_page_jsonl_and_progress(self):
        page = self.write("page.html", self.page_bytes())
        result = run("extract", "--format", "jsonl", "--progress", "always", page, page)
        self.assert_status(result, 0)
        records = self.jsonl_of(result)
        self.assertEqual(len(records), 2)
        self.assertEqual(records[0], records[1])
        self.assertIn(b"2 files", result.stderr)
        alone = self.jsonl_of(run("extract", "--format", "jsonl", page))
        self.assertEqual(alone[0]["file"], str(page))

    def test_html_flag(self):
        page = self.write("page.html", self.page_bytes())
        result = run("info", "--html", "--format", "json", page)
        self.assert_status(result, 0)
        self.assertEqual(self.json_of(result)["date"], "2024-05-17")
        summary = run("summarize", "--html", "-n", "1", page)
        self.assert_status(summary, 0)
        self.assertIn(b"council voted", summary.stdout)

    def test_info(self):
        result = run("info", "--format", "json", ARTICLE)
        self.assert_status(result, 0)
        info = self.json_of(result)
        self.assertEqual(info["title"],
                         "Riverton council approves $48 million flood wall after two wet winters")
        self.assertEqual(info["date"], "2024-03-14")
        self.assertIn("RIVERTON", info["dateline"] or "")
        self.assertIn("Helen Marsh", info["byline"] or "")
        self.assertIn("Helen Marsh", info["authors"])
        self.assertTrue(any("Reporting by" in t for t in info["trailer"]), info["trailer"])
        self.assertEqual(info["language"]["code"], "en")
        self.assertEqual(info["counts"]["bytes"], len(self.article_bytes))
        for key in ("paragraphs", "sentences", "tokens"):
            self.assertGreater(info["counts"][key], 0)
        text = run("info", ARTICLE).stdout.decode()
        self.assertRegex(text, r"(?m)^date:\s+2024-03-14$")
        self.assertRegex(text, r"(?m)^language:\s+en ")

    def test_eval(self):
        cand = self.write("cand.txt", "The council approved the flood wall.\nWork starts in September.\n")
        ref = self.write("ref.txt", "The city council approved a flood wall.\nBuilding begins in autumn.\n")
        result = run("eval", "--format", "json", cand, ref)
        self.assert_status(result, 0)
        scores = self.json_of(result)
        self.assertEqual(list(scores), ["rouge1", "rouge2", "rougeL", "rougeLsum"])
        for score in scores.values():
            for v in score.values():
                self.assertGreaterEqual(v, 0.0)
                self.assertLessEqual(v, 1.0)
        self.assertGreater(scores["rouge1"]["f1"], 0.3)
        same = self.json_of(run("eval", "--format", "json", cand, cand))
        self.assertAlmostEqual(same["rougeLsum"]["f1"], 1.0)
        text = run("eval", cand, ref).stdout.decode()
        self.assertRegex(text, r"(?m)^rouge1\s+[0-9.]+\s+[0-9.]+\s+[0-9.]+$")
        # Stemming makes "approves" match "approved".
        a = self.write("a.txt", "approves")
        b = self.write("b.txt", "approved")
        self.assertAlmostEqual(self.json_of(run("eval", "--format", "json", a, b))["rouge1"]["f1"], 1.0)
        self.assertAlmostEqual(
            self.json_of(run("eval", "--format", "json", "--no-stemmer", a, b))["rouge1"]["f1"], 0.0)

    def test_eval_jsonl(self):
        records = [
            {"id": "a", "candidate": "the wall was approved", "reference": "the wall was approved"},
            {"id": "b", "candidate": "nothing alike", "reference": "the wall was approved"},
            {"id": "c", "candidate": "no reference here"},
        ]
        data = "\n".join(json.dumps(r) for r in records) + "\n"
        result = run("eval", "--jsonl", "-", stdin=data.encode())
        self.assert_status(result, 1)
        out = self.jsonl_of(result)
        self.assertEqual([o["id"] for o in out], ["a", "b", "c"])
        self.assertAlmostEqual(out[0]["rouge1"]["f1"], 1.0)
        self.assertAlmostEqual(out[1]["rouge1"]["f1"], 0.0)
        self.assertEqual(out[2]["line"], 3)
        self.assertIn("reference", out[2]["error"])
        self.assertIn(b"<stdin>:3:", result.stderr)
        renamed = "\n".join(json.dumps({"sys": r["candidate"], "gold": r.get("reference", "")})
                            for r in records)
        result = run("eval", "--jsonl", "--field", "sys", "--reference-field", "gold",
                     stdin=renamed.encode())
        self.assert_status(result, 0)
        self.assertEqual(len(self.jsonl_of(result)), 3)

    # --- input and output -------------------------------------------------

    def test_stdin(self):
        from_file = run("info", "--format", "json", ARTICLE)
        for args in (["info", "--format", "json"], ["info", "--format", "json", "-"]):
            with self.subTest(args=args):
                from_stdin = run(*args, stdin=self.article_bytes)
                self.assert_status(from_stdin, 0)
                self.assertEqual(from_stdin.stdout, from_file.stdout)
        empty = run("summarize", "--format", "json", stdin=b"")
        self.assertIn(empty.returncode, (0, 1))
        if empty.stdout:
            self.json_of(empty)

    def test_several_files(self):
        second = self.write("second.txt", SHORT_ARTICLE)
        missing = self.dir / "missing.txt"
        result = run("summarize", "-n", "1", ARTICLE, missing, second)
        self.assert_status(result, 1)
        text = result.stdout.decode()
        self.assertIn(f"==> {ARTICLE} <==", text)
        self.assertIn(f"==> {second} <==", text)
        self.assertIn(str(missing).encode() + b": cannot open", result.stderr)
        result = run("summarize", "--format", "json", "-n", "1", ARTICLE, missing, second)
        self.assert_status(result, 1)
        out = self.json_of(result)
        self.assertEqual([o["file"] for o in out], [str(ARTICLE), str(missing), str(second)])
        self.assertIn("error", out[1])
        self.assertEqual(len(out[2]["sentences"]), 1)
        # --fail-fast stops at the missing file.
        result = run("summarize", "--format", "json", "--fail-fast", ARTICLE, missing, second)
        self.assert_status(result, 1)
        self.assertEqual(len(self.json_of(result)), 2)

    def test_jsonl_errors(self):
        good = {"id": 7, "text": SHORT_ARTICLE}
        lines = [
            json.dumps(good),                            # 1 ok
            "",                                          # 2 blank: skipped
            "{not json",                                 # 3 bad JSON
            json.dumps({"id": "x", "body": "no text"}),  # 4 missing field
            json.dumps([1, 2, 3]),                       # 5 not an object
            json.dumps({"text": 42}),                    # 6 not a string
            json.dumps({"text": SHORT_ARTICLE}),         # 7 ok, no id
        ]
        path = self.write("batch.jsonl", "\r\n".join(lines) + "\n")
        result = run("summarize", "--jsonl", "-n", "1", path)
        self.assert_status(result, 1)
        out = self.jsonl_of(result)
        self.assertEqual(len(out), 6)
        self.assertEqual(out[0]["id"], 7)
        self.assertEqual(len(out[0]["sentences"]), 1)
        self.assertEqual([o.get("line") for o in out[1:5]], [3, 4, 5, 6])
        self.assertEqual(out[2]["id"], "x")
        for o in out[1:5]:
            self.assertIn("error", o)
        self.assertNotIn("id", out[5])
        self.assertIn("sentences", out[5])
        stderr = result.stderr.decode()
        for n in (3, 4, 5, 6):
            self.assertIn(f"{path}:{n}: ", stderr)
        # --fail-fast: the good line, then the first bad one, then stop.
        result = run("summarize", "--jsonl", "--fail-fast", path)
        self.assert_status(result, 1)
        out = self.jsonl_of(result)
        self.assertEqual(len(out), 2)
        self.assertEqual(out[1]["line"], 3)
        # All good: status 0, and every subcommand speaks JSONL.
        ok = self.write("ok.jsonl", json.dumps(good) + "\n" + json.dumps({"text": SHORT_ARTICLE}))
        for sub in DOCUMENT_SUBCOMMANDS:
            with self.subTest(sub=sub):
                result = run(sub, "--jsonl", ok)
                self.assert_status(result, 0)
                self.assertEqual(len(self.jsonl_of(result)), 2)
        renamed = self.write("renamed.jsonl", json.dumps({"article": SHORT_ARTICLE}))
        self.assert_status(run("info", "--jsonl", "--field", "article", renamed), 0)
        self.assert_status(run("info", "--jsonl", renamed), 1)

    def test_output_file(self):
        out = self.dir / "summary.txt"
        expected = run("summarize", ARTICLE).stdout
        result = run("summarize", "-o", out, ARTICLE)
        self.assert_status(result, 0)
        self.assertEqual(result.stdout, b"")
        self.assertEqual(out.read_bytes(), expected)
        # Replacing keeps the permissions of the file replaced.
        out.chmod(0o640)
        self.assert_status(run("summarize", "-n", "1", "--output", out, ARTICLE), 0)
        self.assertEqual(out.stat().st_mode & 0o777, 0o640)
        self.assertEqual(len(out.read_bytes().splitlines()), 1)
        # A failed run leaves the old output alone, and no temporary files behind.
        before = out.read_bytes()
        self.assert_status(run("summarize", "-o", out, self.dir / "missing.txt"), 1)
        self.assertEqual(out.read_bytes(), before)
        self.assertEqual(sorted(p.name for p in self.dir.iterdir()), ["summary.txt"])
        # A directory that does not exist is an I/O error.
        self.assert_status(run("summarize", "-o", self.dir / "no" / "such.txt", ARTICLE), 1)

    def test_output_never_overwrites_input(self):
        article = self.write("article.txt", self.article_bytes)
        link = self.dir / "link.txt"
        link.symlink_to(article)
        for target in (article, link, self.dir / "." / "article.txt"):
            with self.subTest(target=target):
                result = run("summarize", "-o", target, article)
                self.assert_status(result, 2)
                self.assertIn(b"input", result.stderr)
                self.assertEqual(article.read_bytes(), self.article_bytes)
        result = run("sentences", "--jsonl", "-o", article, article)
        self.assert_status(result, 2)
        self.assertEqual(article.read_bytes(), self.article_bytes)
        self.assert_status(run("summarize", "-o", self.dir, article), 2)

    def test_invalid_utf8(self):
        bad = self.write("bad.txt", SHORT_ARTICLE.encode() + b"\nBroken \xff\xfe bytes here.\n")
        strict = run("sentences", "--format", "json", bad)
        self.assert_status(strict, 1)
        self.assertIn(str(bad).encode(), strict.stderr)
        self.json_of(strict)  # an error object, still valid JSON
        replaced = run("sentences", "--format", "json", "--errors", "replace", bad)
        self.assert_status(replaced, 0)
        self.assertIn(b"warning", replaced.stderr)
        text = " ".join(s["text"] for s in self.json_of(replaced)["sentences"])
        self.assertIn("\ufffd", text)

    def test_binary_junk(self):
        rng = random.Random(20240314)
        blobs = [bytes(rng.randrange(256) for _ in range(n)) for n in (1, 7, 300, 5000)]
        blobs += [b"\x00" * 64, b"\xef\xbb\xbf" + b"\x00\n" * 50, bytes(range(256)) * 4,
                  self.article_bytes[:777] + b"\xc3" + self.article_bytes[777:1500]]
        for i, blob in enumerate(blobs):
            for sub in DOCUMENT_SUBCOMMANDS:
                for errors in ("strict", "replace"):
                    with self.subTest(blob=i, sub=sub, errors=errors):
                        result = run(sub, "--format", "json", "--errors", errors, stdin=blob)
                        self.assertIn(result.returncode, (0, 1), result.stderr[:500])
                        self.json_of(result)
                        if errors == "replace":
                            self.assert_status(result, 0)
                        text = run(sub, "--errors", errors, stdin=blob)
                        self.assertIn(text.returncode, (0, 1), text.stderr[:500])
            # The same junk as a JSONL line is a line error, not a crash.
            result = run("summarize", "--jsonl", stdin=blob + b"\n")
            self.assertIn(result.returncode, (0, 1))
            for o in self.jsonl_of(result):
                self.assertTrue("error" in o or "sentences" in o)
            result = run("eval", "--format", "json", "-", ARTICLE, stdin=blob)
            self.assertIn(result.returncode, (0, 1))
            self.json_of(result)

    def test_json_output_whatever_the_text(self):
        # Valid UTF-8 holding every C0 control, DEL, NEL, the Unicode line and
        # paragraph separators, a BOM, quotes and backslashes: the JSON stays
        # valid, sentences come back byte for byte, and JSONL stays one record
        # per "\n"-terminated line (split on b"\n" only: str.splitlines()
        # would also split at U+2028 and friends).
        controls = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r\x0b\x0c")
        text = ("Control " + controls + "\x7f characters stay. Quotes \" and \\ backslashes "
                "too. Line\u2028separator and\u2029paragraph \u0085 next line. "
                "\ufeffA byte order mark here.\n")
        data = text.encode("utf-8")
        path = self.write("controls.txt", data)
        for sub in DOCUMENT_SUBCOMMANDS:
            with self.subTest(sub=sub):
                result = run(sub, "--format", "json", path)
                self.assert_status(result, 0)
                self.json_of(result)
        out = self.json_of(run("sentences", "--format", "json", path))
        self.assertGreaterEqual(len(out["sentences"]), 2)
        for s in out["sentences"]:
            self.assertEqual(s["text"].encode("utf-8"), data[s["byte_start"]:s["byte_end"]])
        records = [{"id": "id\u2028\x01\"\\", "text": text}, {"id": 2, "text": "\x00\x1f"},
                   {"id": 3, "text": text[::-1]}]
        batch = self.write("controls.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
        for sub in DOCUMENT_SUBCOMMANDS:
            with self.subTest(sub=sub, jsonl=True):
                result = run(sub, "--jsonl", batch)
                self.assert_status(result, 0)
                self.assertTrue(result.stdout.endswith(b"\n"))
                lines = result.stdout.split(b"\n")[:-1]
                self.assertEqual(len(lines), len(records))
                for line, record in zip(lines, records):
                    self.assertEqual(json.loads(line.decode("utf-8"))["id"], record["id"])

    def test_json_output_with_invalid_utf8_names_and_text(self):
        # Invalid UTF-8 in a file name and in the text (replace mode) still
        # gives valid UTF-8 JSON, in file mode and in JSONL mode.
        bad_name = self.dir / os.fsdecode(b"bad\xff\xfename.txt")
        bad_name.write_bytes(b"Broken \xc3\x28 bytes. Control \x01\x1b chars \xed\xa0\x80 too.\n")
        good = self.write("good.txt", SHORT_ARTICLE)
        for sub in DOCUMENT_SUBCOMMANDS:
            for errors in ("strict", "replace"):
                with self.subTest(sub=sub, errors=errors):
                    result = run(sub, "--format", "json", "--errors", errors, bad_name, good)
                    self.assertIn(result.returncode, (0, 1))
                    self.assertEqual(result.returncode, 0 if errors == "replace" else 1)
                    out = self.json_of(result)
                    self.assertEqual(len(out), 2)
                    self.assertIn("\ufffd", out[0]["file"])
                    self.assertEqual(out[1]["file"], str(good))
        bad_jsonl = self.dir / os.fsdecode(b"batch\xff.jsonl")
        bad_jsonl.write_bytes(b'{"id": 1, "text": "Fine text here."}\n'
                              b'{"id": 2, "text": "Raw \xff byte inside JSON."}\n'
                              b'\xff\xfe\x00 junk line\n')
        result = run("sentences", "--jsonl", bad_jsonl, good.with_suffix(".missing"))
        self.assert_status(result, 1)
        lines = result.stdout.split(b"\n")[:-1]
        out = [json.loads(line.decode("utf-8")) for line in lines]
        self.assertEqual([o.get("line") for o in out], [None, 2, 3])
        self.assertIn("sentences", out[0])
        for o in out:
            self.assertIn("\ufffd", o["file"])
        self.assertIn(b"missing", result.stderr)

    def test_output_replaced_atomically(self):
        out = self.dir / "summary.json"
        self.assert_status(run("summarize", "--format", "json", "-o", out, ARTICLE), 0)
        first = out.read_bytes()
        inode = out.stat().st_ino
        with open(out, "rb") as reader:
            # A new file is moved into place: the old one is never truncated
            # or written in place, so a reader keeps seeing whole old content.
            self.assert_status(run("summarize", "-n", "1", "--format", "json", "-o", out, ARTICLE), 0)
            self.assertEqual(reader.read(), first)
        self.assertNotEqual(out.stat().st_ino, inode)
        self.assertEqual(len(json.loads(out.read_bytes().decode("utf-8"))["sentences"]), 1)
        # A hard link to the input is the input.
        article = self.write("article.txt", self.article_bytes)
        hard = self.dir / "hard.txt"
        os.link(article, hard)
        self.assert_status(run("summarize", "-o", hard, article), 2)
        self.assertEqual(article.read_bytes(), self.article_bytes)
        # A JSONL run in which every record fails keeps the old output; the
        # errors, with their line numbers, go to stderr.
        bad = self.write("bad.jsonl", "{broken\n[1]\n")
        before = out.read_bytes()
        result = run("summarize", "--jsonl", "-o", out, bad)
        self.assert_status(result, 1)
        self.assertEqual(out.read_bytes(), before)
        self.assertIn(f"{bad}:1: ".encode(), result.stderr)
        self.assertIn(f"{bad}:2: ".encode(), result.stderr)
        self.assertEqual(sorted(p.name for p in self.dir.iterdir()),
                         ["article.txt", "bad.jsonl", "hard.txt", "summary.json"])

    def test_progress(self):
        data = "\n".join(json.dumps({"id": i, "text": SHORT_ARTICLE}) for i in range(5)) + "\n"
        path = self.write("batch.jsonl", data)
        never = run("info", "--jsonl", "--progress", "never", path)
        self.assert_status(never, 0)
        self.assertEqual(never.stderr, b"")
        # stderr is a pipe here, so "auto" stays quiet too.
        self.assertEqual(run("info", "--jsonl", path).stderr, b"")
        always = run("info", "--jsonl", "--progress", "always", path)
        self.assert_status(always, 0)
        self.assertIn(b"5 lines", always.stderr)
        self.assertIn(b"100%", always.stderr)
        self.assertEqual(always.stdout, never.stdout)


def main():
    cases = sorted(name[len("test_"):] for name in dir(CliTest) if name.startswith("test_"))
    args = sys.argv[1:]
    if args == ["--list"]:
        print("\n".join(cases))
        return 0
    names = [f"CliTest.test_{case}" for case in args] or None
    program = unittest.main(module=__name__, argv=[sys.argv[0], "-v", *(names or [])], exit=False)
    result = program.result
    if result.testsRun == 0 or result.skipped and len(result.skipped) == result.testsRun:
        # CTest counts a skipped run as passed; say so loudly.
        print("all cases skipped", file=sys.stderr)
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
