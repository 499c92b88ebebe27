#!/usr/bin/env python3
"""The catalogue's build-time tools on small made-up trees: the generator
(cmake/lang_table.py) and the key checker (tests/lang/check_keys.py).

Run by CTest as lang_tools; needs nothing but python3.
"""

import codecs
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GENERATOR = os.path.join(ROOT, "cmake", "lang_table.py")
CHECKER = os.path.join(HERE, "check_keys.py")


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(content)


def write_json(path, table):
    write(path, json.dumps(table, ensure_ascii=False, indent=2))


def decode_entries(inc):
    """{key: (nb, nn, en)} read back from the generated C++ (adjacent literals joined)."""
    entries = {}
    for body in re.findall(r"Entry\{(.*?)\},\n", inc, re.S):
        texts = [b""]
        for token in re.findall(r'"(?:[^"\\]|\\.)*"|,', body):
            if token == ",":
                texts.append(b"")
            else:
                texts[-1] += codecs.escape_decode(token[1:-1].encode("utf-8"))[0]
        texts = [text.decode("utf-8") for text in texts]
        entries[texts[0]] = tuple(texts[1:])
    return entries


class Generator(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.lang = os.path.join(self.dir.name, "lang")
        self.out = os.path.join(self.dir.name, "out", "lang_table.inc")
        write_json(os.path.join(self.lang, "nb.json"), {"a.one": "én", "b.two": "to {n}"})
        write_json(os.path.join(self.lang, "en.json"), {"a.one": "one", "b.two": "two {n}"})
        write_json(os.path.join(self.lang, "report", "nb.json"), {"report.page": "side"})
        write_json(os.path.join(self.lang, "report", "en.json"), {"report.page": "page"})

    def tearDown(self):
        self.dir.cleanup()

    def run_generator(self):
        return subprocess.run([sys.executable, GENERATOR, self.lang, self.out],
                              capture_output=True, text=True)

    def entries(self):
        with open(self.out, encoding="utf-8") as f:
            return decode_entries(f.read())

    def test_a_missing_translation_falls_back_to_bokmaal_with_a_warning(self):
        write_json(os.path.join(self.lang, "nn.json"), {"a.one": "ein"})
        result = self.run_generator()
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.entries(), {
            "a.one": ("én", "ein", "one"),
            "b.two": ("to {n}", "to {n}", "two {n}"),
            "report.page": ("side", "side", "page"),
        })
        self.assertIn("nn: 'b.two' not translated", result.stderr)
        self.assertIn("nn: 'report.page' not translated", result.stderr)
        self.assertIn("nn: 2 of 3 keys fall back", result.stderr)
        self.assertNotIn("en:", result.stderr)

    def test_an_empty_translation_counts_as_missing(self):
        write_json(os.path.join(self.lang, "en.json"), {"a.one": "", "b.two": "two {n}"})
        result = self.run_generator()
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(self.entries()["a.one"], ("én", "én", "én"))
        self.assertIn("en: 'a.one' not translated", result.stderr)

    def test_the_table_is_sorted_by_key(self):
        write_json(os.path.join(self.lang, "nb.json"), {"z.z": "z", "a.b": "a", "B.c": "b"})
        write_json(os.path.join(self.lang, "en.json"), {})
        self.assertEqual(self.run_generator().returncode, 0)
        self.assertEqual(list(self.entries()), ["B.c", "a.b", "report.page", "z.z"])

    def assert_error(self, *needles):
        result = self.run_generator()
        self.assertEqual(result.returncode, 1, result.stderr)
        for needle in needles:
            self.assertIn(needle, result.stderr)
        return result

    def test_a_key_bokmaal_lacks_is_an_error(self):
        write_json(os.path.join(self.lang, "en.json"), {"a.one": "one", "c.three": "three"})
        self.assert_error("en.json", "'c.three'", "not in the bokmål catalogue")

    def test_a_value_that_is_not_a_string_is_an_error(self):
        write_json(os.path.join(self.lang, "en.json"), {"a.one": 1})
        self.assert_error("en.json", "'a.one'", "must be a string")

    def test_invalid_utf8_is_an_error_naming_the_key(self):
        write(os.path.join(self.lang, "en.json"), b'{"a.one": "on\xe9"}')
        self.assert_error("en.json", "'a.one'", "not valid UTF-8")

    def test_a_repeated_key_is_an_error(self):
        write(os.path.join(self.lang, "en.json"), '{"a.one": "one", "a.one": "uno"}')
        self.assert_error("en.json", "'a.one'", "twice")

    def test_broken_json_is_an_error_with_the_line(self):
        write(os.path.join(self.lang, "en.json"), '{"a.one": "one",\n}')
        self.assert_error("en.json:2:", "not valid JSON")

    def test_report_words_belong_in_the_report_files(self):
        write_json(os.path.join(self.lang, "nb.json"), {"a.one": "én", "report.x": "x"})
        self.assert_error("nb.json", "'report.x'")

    def test_an_empty_bokmaal_text_is_an_error(self):
        write_json(os.path.join(self.lang, "nb.json"), {"a.one": ""})
        write_json(os.path.join(self.lang, "en.json"), {})
        self.assert_error("'a.one'", "bokmål text is empty")

    def test_texts_become_safe_literals_with_utf8_kept(self):
        text = 'sitat «"a"» \\ ny\nlinje\ttab \x01 og ✓ ' + "lang " * 40
        write_json(os.path.join(self.lang, "nb.json"), {"a.one": text})
        write_json(os.path.join(self.lang, "en.json"), {})
        self.assertEqual(self.run_generator().returncode, 0)
        with open(self.out, encoding="utf-8") as f:
            inc = f.read()
        self.assertIn("«\\\"a\\\"»", inc)  # UTF-8 as it is, quotes escaped
        self.assertIn("\\001", inc)
        self.assertNotIn("\x01", inc)
        self.assertTrue(all(len(line.encode("utf-8")) < 100 for line in inc.splitlines()[2:]))
        self.assertEqual(self.entries()["a.one"], (text, text, text))

    def test_an_unchanged_table_is_not_rewritten(self):
        self.assertEqual(self.run_generator().returncode, 0)
        os.utime(self.out, (1, 1))
        self.assertEqual(self.run_generator().returncode, 0)
        self.assertEqual(os.stat(self.out).st_mtime, 1)


class Checker(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.root = self.dir.name
        lang = os.path.join(self.root, "assets", "lang")
        write_json(os.path.join(lang, "nb.json"),
                   {"wall.show": "Vis", "counts.added.one": "1 ny", "counts.added.many": "{n} nye"})
        write_json(os.path.join(lang, "en.json"),
                   {"wall.show": "Show", "counts.added.one": "1 new", "counts.added.many": "{n} new"})
        write_json(os.path.join(lang, "report", "nb.json"), {"report.page": "side"})
        write_json(os.path.join(lang, "report", "en.json"), {"report.page": "page"})
        self.allow_list = os.path.join(self.root, "allow.txt")
        write(self.allow_list, "# plural forms\nsuffix .one\nsuffix .many\n")
        self.source = os.path.join(self.root, "src", "ui", "panel.cpp")
        self.uses = ('ctx.tr("wall.show");\nplural("counts.added");\n'
                     'lang::tr(language, "report.page");\n')

    def tearDown(self):
        self.dir.cleanup()

    def check(self, code):
        write(self.source, code)
        return subprocess.run([sys.executable, CHECKER, self.root, self.allow_list],
                              capture_output=True, text=True)

    def test_a_tree_that_uses_every_key_passes(self):
        result = self.check(self.uses + 'ctx.itemRects.record("wall.grid");\n')
        self.assertEqual(result.returncode, 0, result.stdout)

    def test_a_key_missing_from_the_catalogue_fails(self):
        result = self.check(self.uses + 'ctx.tr("wall.hide");\n')
        self.assertEqual(result.returncode, 1)
        self.assertIn('missing: src/ui/panel.cpp: tr("wall.hide")', result.stdout)

    def test_a_key_shaped_literal_passed_to_a_helper_is_checked_too(self):
        result = self.check(self.uses + 'button(ctx, "wall.hide");\n')
        self.assertEqual(result.returncode, 1)
        self.assertIn('"wall.hide" looks like a key', result.stdout)

    def test_an_unused_key_fails_and_comments_do_not_count(self):
        result = self.check('ctx.tr("wall.show"); // plural("counts.added")\n'
                            '/* "report.page" */\n')
        self.assertEqual(result.returncode, 1)
        self.assertIn("unused: 'counts.added.one'", result.stdout)
        self.assertIn("unused: 'report.page'", result.stdout)

    def test_run_time_keys_need_their_prefix_on_the_allow_list(self):
        lang = os.path.join(self.root, "assets", "lang")
        for name, text in (("nb.json", "Vis"), ("en.json", "Show")):
            with open(os.path.join(lang, name), encoding="utf-8") as f:
                table = json.load(f)
            table["wall.mode.grid"] = text
            write_json(os.path.join(lang, name), table)
        code = self.uses + 'ctx.tr(std::string("wall.mode.") + mode);\n'
        self.assertIn("unused: 'wall.mode.grid'", self.check(code).stdout)
        with open(self.allow_list, "a", encoding="utf-8") as f:
            f.write("prefix wall.mode.\n")
        result = self.check(code)
        self.assertEqual(result.returncode, 0, result.stdout)
        # An entry the source no longer needs is reported, not kept forever.
        result = self.check(self.uses)
        self.assertIn('stale allow-list: no literal "wall.mode." in src/', result.stdout)

    def test_english_must_be_complete(self):
        write_json(os.path.join(self.root, "assets", "lang", "en.json"), {"wall.show": "Show"})
        result = self.check(self.uses)
        self.assertEqual(result.returncode, 1)
        self.assertIn("incomplete: 'counts.added.one' has no English text", result.stdout)


if __name__ == "__main__":
    unittest.main()
