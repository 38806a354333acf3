"""Build the character corpora in ``resources/data/text``: Python source code and an English novel.

1. ``python_stdlib.txt.gz``: the source of the modules in :data:`MODULES`,
   read from the standard library of the Python running this script (the
   shipped one was made with CPython 3.11.7), each file preceded by a comment
   line naming it, concatenated in the listed order. Its per-character labels
   are computed when it is loaded (``desktop_app.data.text.corpus_code_labels``);
   the manifest records their hashes.
2. ``python_stdlib_more.txt.gz``: more Python to train on from scratch, so
   that a model reads new code instead of the first corpus five times over:
   the top-level modules of the same standard library that the first corpus
   does not hold (nor :data:`LEFT_OUT`), whole, in file-name order, until
   :data:`MORE_CHARACTERS`; the same header before each. No labels. This is
   the text the LSTM page's from-scratch defaults were tuned on; with the
   modules of :data:`LEFT_OUT` but the first two in it, its first minute of
   training ends at 1.506 nats per character on held-out code instead of
   1.478 (``benchmarks/lstm_tasks.py``).
3. ``pride_and_prejudice.txt.gz``: Jane Austen's *Pride and Prejudice*
   (public domain), read from Debian's ``r-cran-janeaustenr`` package, whose
   lines are joined with newlines; nothing else is changed. Skipped without
   ``--austen-deb``::

       apt-get download r-cran-janeaustenr
       python scripts/make_text_corpus.py --austen-deb r-cran-janeaustenr_1.0.0-1_all.deb

``manifest.json`` records the Python version, every file with its SHA-256,
and the SHA-256 of each corpus text (uncompressed) and of each label array.
The output is deterministic: same inputs, same text, same hashes (gzip is
written with mtime 0). ``LICENSE-PSF.txt`` is this Python's own licence file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import lzma
import platform
import struct
import sys
import sysconfig
import tarfile
import zlib
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.data.text import corpus_code_labels  # noqa: E402

OUT = ROOT / "resources" / "data" / "text"
MODULES = (
    "abc.py", "argparse.py", "base64.py", "bisect.py", "calendar.py", "colorsys.py", "contextlib.py",
    "copy.py", "csv.py", "dataclasses.py", "difflib.py", "fnmatch.py", "fractions.py", "functools.py",
    "glob.py", "graphlib.py", "heapq.py", "json/__init__.py", "json/decoder.py", "json/encoder.py",
    "json/scanner.py", "json/tool.py", "numbers.py", "operator.py", "pprint.py", "queue.py", "random.py",
    "sched.py", "shlex.py", "statistics.py", "string.py", "textwrap.py", "tokenize.py",
)
LEFT_OUT = (
    "this.py", "antigravity.py",  # a ROT13 poem and a joke that opens a web browser
    "ast.py", "configparser.py", "enum.py", "gettext.py", "inspect.py", "locale.py", "reprlib.py", "shutil.py",
    "tarfile.py", "tempfile.py", "typing.py", "zipfile.py",  # see the module's docstring
)
MORE_CHARACTERS = 3_100_000
AUSTEN_RDATA = "./usr/lib/R/site-library/janeaustenr/data/Rdata"
AUSTEN_OBJECT = "prideprejudice"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def header(relative: str) -> str:
    return f"# ===== Lib/{relative} =====\n"


def build_code(stdlib: Path) -> tuple[str, list[dict]]:
    """The concatenated sources and the file list with hashes."""
    parts, files = [], []
    for relative in MODULES:
        raw = (stdlib / relative).read_bytes()
        source = raw.decode("utf-8")
        if not source.endswith("\n"):
            source += "\n"
        files.append({"path": f"Lib/{relative}", "bytes": len(raw), "sha256": sha256(raw)})
        parts += [header(relative), source]
    return "".join(parts), files


def build_more_code(stdlib: Path) -> tuple[str, list[dict]]:
    """The modules of ``python_stdlib_more.txt.gz`` and their file list with hashes."""
    parts, files, size = [], [], 0
    for path in sorted(stdlib.glob("*.py")):
        if path.name in MODULES or path.name in LEFT_OUT or size >= MORE_CHARACTERS:
            continue
        raw = path.read_bytes()
        source = raw.decode("utf-8")
        if not source.endswith("\n"):
            source += "\n"
        files.append({"path": f"Lib/{path.name}", "bytes": len(raw), "sha256": sha256(raw)})
        parts += [header(path.name), source]
        size += len(parts[-2]) + len(source)
    return "".join(parts), files


def read_deb_member(deb: Path, member: str) -> bytes:
    """A file from a .deb (an ar archive holding data.tar.*), read without dpkg."""
    data = deb.read_bytes()
    if not data.startswith(b"!<arch>\n"):
        raise SystemExit(f"{deb} is not a Debian package.")
    position = 8
    while position < len(data):
        name = data[position:position + 16].decode().strip().rstrip("/")
        size = int(data[position + 48:position + 58].decode().strip())
        body = data[position + 60:position + 60 + size]
        if name.startswith("data.tar"):
            with tarfile.open(fileobj=io.BytesIO(body)) as tar:
                return tar.extractfile(member).read()
        position += 60 + size + (size % 2)
    raise SystemExit(f"{deb} has no data archive.")


def r_strings(blob: bytes) -> list[str]:
    """The strings of a serialized R character vector (XDR format, version 2 or 3)."""
    if not blob.startswith(b"X\n"):
        raise SystemExit("Not an R object in XDR format.")
    position = 2
    version = struct.unpack(">i", blob[position:position + 4])[0]
    position += 12
    if version == 3:
        size = struct.unpack(">i", blob[position:position + 4])[0]
        position += 4 + size
    flags, count = struct.unpack(">ii", blob[position:position + 8])
    position += 8
    if flags & 0xFF != 16:
        raise SystemExit("The R object is not a character vector.")
    strings = []
    for _ in range(count):
        _, length = struct.unpack(">ii", blob[position:position + 8])
        position += 8
        if length < 0:  # NA
            strings.append("")
            continue
        strings.append(blob[position:position + length].decode("utf-8"))
        position += length
    return strings


def r_lazy_object(rdx: bytes, rdb: bytes, name: str) -> bytes:
    """One object of an R lazy-load database (.rdx index, .rdb data), still serialized."""
    index = gzip.decompress(rdx)
    # The index names every variable; its offset and length are the INTSXP pair at the same place.
    names_at = index.index(b"names")
    names = []
    position = names_at + 5 + 8
    while len(names) < 64:
        flags, length = struct.unpack(">ii", index[position:position + 8])
        if flags & 0xFF != 9:
            break
        names.append(index[position + 8:position + 8 + length].decode())
        position += 8 + length
    pairs = []
    position = index.index(b"\x00\x00\x00\x0d\x00\x00\x00\x02")
    while len(pairs) < len(names):
        position = index.index(b"\x00\x00\x00\x0d\x00\x00\x00\x02", position)
        pairs.append(struct.unpack(">ii", index[position + 8:position + 16]))
        position += 16
    offset, length = pairs[-len(names):][names.index(name)]
    chunk = rdb[offset:offset + length]
    expected = struct.unpack(">I", chunk[:4])[0]
    body = chunk[4:]
    blob = lzma.decompress(body[1:]) if body[:1] in (b"Z",) else zlib.decompress(body)
    if len(blob) != expected:
        raise SystemExit("The R object did not unpack to its recorded size.")
    return blob


def build_austen(deb: Path) -> tuple[str, dict]:
    rdx = read_deb_member(deb, AUSTEN_RDATA + ".rdx")
    rdb = read_deb_member(deb, AUSTEN_RDATA + ".rdb")
    text = "\n".join(r_strings(r_lazy_object(rdx, rdb, AUSTEN_OBJECT))).strip("\n") + "\n"
    source = {"package": "r-cran-janeaustenr 1.0.0-1 (Debian)", "deb": deb.name,
              "deb_sha256": sha256(deb.read_bytes()), "object": AUSTEN_OBJECT}
    return text, source


def write_gz(path: Path, text: str) -> None:
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                               compresslevel=9) as file:
        file.write(text.encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--austen-deb", type=Path, help="r-cran-janeaustenr_*.deb from Debian")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    stdlib = Path(sysconfig.get_paths()["stdlib"])

    text, files = build_code(stdlib)
    labels = corpus_code_labels(text)
    write_gz(out / "python_stdlib.txt.gz", text)
    (out / "LICENSE-PSF.txt").write_bytes((stdlib / "LICENSE.txt").read_bytes())
    manifest = {
        "python-stdlib": {
            "file": "python_stdlib.txt.gz", "characters": len(text),
            "sha256": sha256(text.encode("utf-8")),
            "python": f"{platform.python_implementation()} {platform.python_version()}",
            "licence": "PSF License Agreement for Python (LICENSE-PSF.txt)",
            "header": header("{path}").strip(),
            "files": files,
            "labels_sha256": {key: sha256(value.astype("<i8").tobytes()) for key, value in labels.items()},
        },
    }
    more, more_files = build_more_code(stdlib)
    write_gz(out / "python_stdlib_more.txt.gz", more)
    manifest["python-stdlib-more"] = {
        "file": "python_stdlib_more.txt.gz", "characters": len(more), "sha256": sha256(more.encode("utf-8")),
        "python": manifest["python-stdlib"]["python"], "licence": manifest["python-stdlib"]["licence"],
        "header": header("{path}").strip(), "files": more_files,
    }
    if args.austen_deb:
        novel, source = build_austen(args.austen_deb)
        write_gz(out / "pride_and_prejudice.txt.gz", novel)
        manifest["pride-and-prejudice"] = {
            "file": "pride_and_prejudice.txt.gz", "characters": len(novel),
            "sha256": sha256(novel.encode("utf-8")), "source": source,
            "licence": "Public domain (the novel, 1813); packaged by janeaustenr, MIT licence",
        }
    else:
        previous = out / "manifest.json"
        if previous.exists():
            old = json.loads(previous.read_text(encoding="utf-8"))
            if "pride-and-prejudice" in old:
                manifest["pride-and-prejudice"] = old["pride-and-prejudice"]
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"python-stdlib: {len(text):,} characters from {len(files)} files")
    print(f"python-stdlib-more: {len(more):,} characters from {len(more_files)} files")
    if args.austen_deb:
        print(f"pride-and-prejudice: {len(novel):,} characters")


if __name__ == "__main__":
    main()
