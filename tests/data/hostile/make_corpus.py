#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the hostile-input corpus and its manifest (MANIFEST.tsv). Run from this folder; the files are
# committed, so the script is only needed to change or extend them. Each entry: the file, the exit code
# `regtracker import` must give (1: refused, 0: importable), a regular expression its message must match,
# and extra options. Inputs too big to commit are made by tst_hostileinput at run time.
import base64, gzip, io, zipfile, zlib

GOOD_EN = ("China TMT newsletter, May 2025\n\n"
           "1. CAC issues the Measures for Labelling AI-Generated Content (3 May 2025)\n"
           "The CAC issued the Measures for Labelling AI-Generated Content. Platforms must label generated "
           "content from 1 September 2025.\n")
entries = []
# Nothing to import: the import says so and names the file; whether that exits 0 or 1 is the command's policy.
EMPTY = "empty"

def add(name, data, code, pattern="", options=""):
    if code == EMPTY:
        pattern = "0 developments read|No developments|no entries"
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(name, "wb") as f:
        f.write(data)
    entries.append((name, code, pattern, options))

# Plain text newsletters: encodings and bytes that are not text.
add("nul-in-middle.txt", GOOD_EN.encode() + b"\x00more\n", 1, "NUL")
add("latin1.txt", "Caf\xe9 \xe0 la r\xe8gle\n".encode("latin-1") * 3, 1, "UTF-8")
add("utf16le-odd-length.txt", b"\xff\xfe" + "Hello".encode("utf-16-le") + b"\x41", 1, "UTF-16")
add("utf16be-lone-surrogate.txt", b"\xfe\xff" + "Hi ".encode("utf-16-be") + b"\xd8\x00\x00\x20", 1, "UTF-16")
add("utf32le-bom.txt", b"\xff\xfe\x00\x00" + "Hello".encode("utf-32-le"), 1, "UTF-16")
add("only-bom.txt", b"\xef\xbb\xbf", EMPTY)
add("only-whitespace.txt", " \n\t\n   \n", EMPTY)
add("invalid-in-every-encoding.txt", b"Rules\n\xff\xfe\xff\xff\xff\n", 1, "UTF-8")
add("utf8-bom-then-invalid.txt", b"\xef\xbb\xbfTitle\n\xc3\x28\xff\xff\n", 1, "UTF-8")
add("control-characters.txt", "Rules\x01\x02\x03\x1b[31m red\x07\n", EMPTY)
add("random-bytes.txt", bytes((i * 73 + 41) % 256 for i in range(4096)), 1, "NUL|UTF-8")
add("elf-header.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 57, 1, "NUL")
add("gzip-as-text.txt", gzip.compress(GOOD_EN.encode() * 20, mtime=0), 1, "NUL|UTF-8")
add("sqlite-as-text.txt", b"SQLite format 3\x00" + b"\x10\x00\x01\x01" + b"\x00" * 80, 1, "NUL")
add("cr-only-line-ends.txt", GOOD_EN.replace("\n", "\r"), 0)
add("bidi-overrides.txt", GOOD_EN.replace("Measures", "\u202eserusaeM\u202c"), 0)
add("gb18030.txt", "中国科技监管简报 2025年5月\n\n1. 国家网信办发布《人工智能生成合成内容标识办法》（2025年5月3日）\n"
    "国家网信办发布《人工智能生成合成内容标识办法》，平台应当自2025年9月1日起标识生成内容。\n".encode("gb18030"), 0)
add("zero-width-flood.txt", GOOD_EN + "\u200b" * 20000 + "\n", 0)

# Web pages.
add("truncated.html", "<html><head><title>Update</title></head><body><h2>Rules</h2><p>The CAC iss", 1, "left out")
add("no-body.html", "<html><head><title>Nothing here</title></head></html>", EMPTY)
add("script-only.html", "<html><body><script>" + "var a=1;" * 200 + "</script></body></html>", EMPTY)
add("nul-in-html.html", b"<html><body><p>Rules\x00</p></body></html>", 1, "NUL")
add("bogus-charset.html", b"<html><head><meta charset=\"x-nonsense\"></head><body><p>Caf\xe9 \xe0</p></body></html>",
    1, "UTF-8")
add("unclosed-comment.html", "<html><body><!-- never closed <p>Rules</p></body></html>", EMPTY)
add("deep-300.html", "<html><body>" + "<div>" * 300 + "x" + "</div>" * 300 + "</body></html>", 1,
    "nested more than 256")
add("many-attributes.html", "<html><body><p " + " ".join("a%d=\"%d\"" % (i, i) for i in range(5000))
    + ">The CAC issued rules on 3 May 2025.</p></body></html>", 0)
add("external-entity.html", "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
    "<html><body><p>&x;</p></body></html>", EMPTY)
add("images-only.html", "<html><body>" + "<img src=\"a.png\">" * 50 + "</body></html>", EMPTY)
add("utf16-html.html", b"\xff\xfe" + "<html><body><p>Rules</p></body></html>".encode("utf-16-le")[:-1], 1,
    "UTF-16")

# PDF files.
add("header-only.pdf", "%PDF-1.4\n", 1, "PDF")
add("garbage-after-header.pdf", b"%PDF-1.7\n" + bytes((i * 151 + 7) % 256 for i in range(2048)), 1, "PDF")
add("xref-loop.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    "2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\n"
    "trailer << /Root 1 0 R /Prev 9 >>\nstartxref\n9\n%%EOF\n", 1, "PDF")
add("no-pages.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", 1, "PDF")
add("deep-arrays.pdf", "%PDF-1.4\n1 0 obj " + "[" * 50000 + "]" * 50000 + " endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    1, "PDF")
add("bad-flate.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    "3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R /MediaBox [0 0 612 792] >> endobj\n"
    "4 0 obj << /Length 20 /Filter /FlateDecode >> stream\nthis is not zlib!!!\nendstream endobj\n"
    "trailer << /Root 1 0 R >>\n%%EOF\n", 1, "PDF")
add("encrypted-bogus.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    "trailer << /Root 1 0 R /Encrypt << /Filter /Standard /V 9 /R 9 >> >>\n%%EOF\n", 1, "PDF")
add("pdf-magic-in-text.txt", "%PDF-\nnot really\n", 1, "PDF")

# E-mail messages.
HDR = "From: news@example.org\nTo: reader@example.org\nSubject: Update\nDate: Sat, 3 May 2025 10:00:00 +0800\nMIME-Version: 1.0\n"
add("boundary-never-closed.eml", HDR + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\n"
    "Content-Type: text/plain\n\n" + GOOD_EN, 0)
add("multipart-without-boundary.eml", HDR + "Content-Type: multipart/mixed\n\n--x\nContent-Type: text/plain\n\nhi\n--x--\n", EMPTY)
add("bad-base64.eml", HDR + "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!!@@@@####$$$$\n", 1, "without any text")
add("base64-binary-as-text.eml", HDR + "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
    + base64.b64encode(b"\x00\x01\x02\x03" * 30).decode() + "\n", 1, "NUL")
add("unknown-charset.eml", (HDR + "Content-Type: text/plain; charset=x-unknown\n\n").encode() + b"Caf\xe9 \xe0\n", 1,
    "UTF-8")
add("header-only.eml", HDR, 1, "without any text")
add("many-headers.eml", HDR + "".join("X-H%d: %d\n" % (i, i) for i in range(20000)) + "\n" + GOOD_EN, 0)
add("nested-60.eml", HDR + "".join("Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n" % (i, i) for i in range(60))
    + "Content-Type: text/plain\n\nhi\n" + "".join("--b%d--\n" % i for i in reversed(range(60))), 1,
    "more than 50 nested")
add("rfc822-60.eml", (HDR + "Content-Type: message/rfc822\n\n") * 60 + HDR + "Content-Type: text/plain\n\nhi\n", 1,
    "more than 50 nested")
add("truncated-pdf-attachment.eml", HDR + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
    "Content-Type: application/pdf\nContent-Disposition: attachment; filename=a.pdf\nContent-Transfer-Encoding: base64\n\n"
    + base64.b64encode(b"%PDF-1.4\n1 0 obj <<").decode() + "\n--b--\n", 1, "PDF")
add("html-part-deep.eml", HDR + "Content-Type: text/html\n\n<html><body>" + "<div>" * 300 + "x" + "</div>" * 300
    + "</body></html>\n", 1, "nested more than 256")

# Feeds.
add("external-entity.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
    "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>\n", 1, "entit")
add("not-a-feed.xml", "<?xml version=\"1.0\"?>\n<html><body>hi</body></html>\n", EMPTY)
add("unclosed-cdata.rss", "<rss version=\"2.0\"><channel><item><title><![CDATA[never closed</title></item></channel></rss>",
    1, "well-formed")
add("mismatched-tags.rss", "<rss version=\"2.0\"><channel><item><title>x</description></item></channel></rss>", 1,
    "well-formed")
add("char-ref-zero.rss", "<rss version=\"2.0\"><channel><item><title>a&#0;b</title></item></channel></rss>", 1,
    "well-formed")
add("deep-300.rss", "<rss version=\"2.0\"><channel>" + "<x>" * 300 + "</x>" * 300 + "</channel></rss>", 1,
    "nested more than 256")
add("deep-html-in-description.rss", "<rss version=\"2.0\"><channel><item><title>T</title><description>"
    + "&lt;div&gt;" * 300 + "x" + "&lt;/div&gt;" * 300 + "</description></item></channel></rss>", 1,
    "nested more than 256")
add("empty-items.rss", "<rss version=\"2.0\"><channel><title>W</title>" + "<item></item>" * 100 + "</channel></rss>",
    1, "left out")
add("no-entries.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>W</title></feed>", EMPTY)
add("pi-flood.rss", "<?xml version=\"1.0\"?>" + "<?x y?>" * 10000 + "<rss version=\"2.0\"><channel></channel></rss>", EMPTY)

# Exchange files (JSON).
add("top-level-array.json", "[1, 2, 3]", 1, "object")
add("wrong-format-tag.json", "{\"format\": \"something-else\", \"version\": 1}", 1, "format")
add("future-version.json", "{\"format\": \"regtracker-exchange\", \"version\": 999}", 1, "version")
add("deep-2000.json", "{\"format\": \"regtracker-exchange\", \"version\": 1, \"developments\": " + "[" * 2000 + "]" * 2000
    + "}", 1, "nested")
add("nul-in-json.json", b"{\"format\": \"regtracker-exchange\"\x00, \"version\": 1}", 1, "JSON")
add("huge-number.json", "{\"format\": \"regtracker-exchange\", \"version\": 1e999}", 1, "version|JSON")
add("zip-as-json.json", (lambda b: (zipfile.ZipFile(b, "w").writestr("a.json", "{}" * 1000), b.getvalue())[1])(io.BytesIO()),
    1, "JSON|NUL|UTF-8")

# CSV files.
add("header-only.csv", "title_en,title_zh,kind,status,announced\n", EMPTY)
add("nul-in-csv.csv", b"title_en,kind\nRules\x00,law\n", 1, "NUL")
add("quote-inside-field.csv", "Title,Kind,Announced\nCAC issues a \"quoted\" word's rules,Regulation,2025-05-03\n", 1,
    "left out")
add("latin1.csv", "title_en,kind\nCaf\xe9,law\n".encode("latin-1"), 1, "UTF-8")
add("unknown-columns.csv", "foo,bar,baz\n1,2,3\n", 1, "column")

with open("MANIFEST.tsv", "w") as f:
    f.write("# file\texit (0, 1 or empty)\tmessage pattern\toptions\n")
    for name, code, pattern, options in entries:
        f.write("%s\t%s\t%s\t%s\n" % (name, code, pattern, options))
print(len(entries), "files")
