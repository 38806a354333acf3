"""The plugin author's guide (docs/plugins.md) cannot drift from the code it documents.

Every hook declared in desktop_app/hookspecs.py needs a heading in the guide
and, under it, its exact signature in a python code block. Every file the
guide quotes from the example plugin (marked ``<!-- quoted from PATH -->``
just above the code block) must match that file exactly.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pluggy
import pytest

from desktop_app import PROJECT, hookspecs

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "plugins.md"
EXAMPLE = "examples/synapse-lab-example"
MUST_QUOTE = {
    f"{EXAMPLE}/pyproject.toml",
    f"{EXAMPLE}/src/synapse_lab_example/__init__.py",
    f"{EXAMPLE}/src/synapse_lab_example/page.py",
    f"{EXAMPLE}/tests/test_page.py",
}
QUOTE = re.compile(r"^<!-- quoted from (?P<path>\S+) -->\n```[\w-]*\n(?P<body>.*?)\n```$", re.M | re.S)
FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def hook_names() -> list[str]:
    """The hooks pluggy finds in the spec module, as the app's plugin manager does."""
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(hookspecs)
    return sorted(name for name, caller in vars(pm.hook).items()
                  if isinstance(caller, pluggy.HookCaller) and caller.has_spec())


def one_line(code: str) -> str:
    """Code with its whitespace collapsed, so a wrapped signature matches an unwrapped one."""
    code = re.sub(r"\s+", " ", code).strip()
    code = re.sub(r"([(\[]) ", r"\1", code)
    return re.sub(r",? ([)\]])", r"\1", code)


def source_signature(name: str) -> str:
    """``def name(<params>) -> <ret>`` exactly as written in hookspecs.py, on one line."""
    lines = inspect.getsource(getattr(hookspecs, name)).splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("def "))
    header = ""
    for line in lines[start:]:
        header += " " + line.strip()
        if header.rstrip().endswith(":") and header.count("(") == header.count(")"):
            break
    return one_line(header).removesuffix(":").rstrip()


def guide_sections() -> dict[str, str]:
    """Each heading's text (fenced code ignored when finding headings) → the section below it."""
    sections: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    in_fence = False
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            stack = [(lvl, title) for lvl, title in stack if lvl < level] + [(level, heading.group(2))]
            sections.setdefault(heading.group(2), "")
            continue
        if stack:
            sections[stack[-1][1]] += line + "\n"
    return sections


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", markdown, re.M | re.S)


def signatures_in(code: str) -> list[str]:
    """Every ``def ...`` header in ``code``, up to its colon (or the end of its line), on one line."""
    found = []
    for match in re.finditer(r"\bdef\s", code):
        depth, end = 0, len(code)
        for index in range(match.start(), len(code)):
            char = code[index]
            depth += (char in "([") - (char in ")]")
            if depth == 0 and char in ":\n":
                end = index
                break
        found.append(one_line(code[match.start():end]))
    return found


def test_the_spec_module_declares_hooks():
    assert hook_names(), "no hookspec found in desktop_app/hookspecs.py"


@pytest.mark.parametrize("name", hook_names())
def test_every_hook_has_a_heading_and_its_exact_signature(name):
    sections = guide_sections()
    headings = [title for title in sections if re.search(rf"\b{re.escape(name)}\b", title)]
    assert headings, f"docs/plugins.md has no heading naming the hook {name!r}"
    signature = source_signature(name)
    assert signature.startswith(f"def {name}(")
    documented = [sig for title in headings for block in python_blocks(sections[title])
                  for sig in signatures_in(block)]
    assert signature in documented, (
        f"the section on {name!r} in docs/plugins.md lacks a python code block with its signature:\n"
        f"    {signature}")


def test_the_quoted_example_files_match_the_example_package():
    quotes = {m.group("path"): m.group("body") for m in QUOTE.finditer(GUIDE.read_text(encoding="utf-8"))}
    missing = MUST_QUOTE - set(quotes)
    assert not missing, f"docs/plugins.md no longer quotes {sorted(missing)}"
    for path, body in quotes.items():
        source = ROOT / path
        assert source.is_file(), f"docs/plugins.md quotes {path}, which does not exist"
        assert body == source.read_text(encoding="utf-8").rstrip("\n"), (
            f"docs/plugins.md quotes an outdated {path}: paste the file again")
