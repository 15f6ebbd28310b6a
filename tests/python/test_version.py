"""One version number: include/newslib/version.hpp, read by CMake and by
pyproject.toml's regex, is what the module reports and CHANGELOG.md names."""

import importlib.metadata
import pathlib
import re

import newslib

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[2]


def _header_version():
    header = (SOURCE_DIR / "include" / "newslib" / "version.hpp").read_text()
    parts = [re.search(rf"^#define NEWSLIB_VERSION_{p} (\d+)$", header, re.M).group(1)
             for p in ("MAJOR", "MINOR", "PATCH")]
    string = re.search(r'^#define NEWSLIB_VERSION_STRING "([^"]+)"$', header, re.M).group(1)
    assert string == ".".join(parts)
    return string


def test_module_reports_the_header_version():
    assert newslib.__version__ == _header_version()


def test_pyproject_reads_the_header():
    pyproject = (SOURCE_DIR / "pyproject.toml").read_text()
    section = pyproject.split("[tool.scikit-build.metadata.version]", 1)[1]
    assert 'input = "include/newslib/version.hpp"' in section
    regex = re.search(r"^regex = '(.+)'$", section, re.M).group(1)
    header = (SOURCE_DIR / "include" / "newslib" / "version.hpp").read_text()
    assert re.search(regex, header).group("value") == _header_version()


def test_installed_metadata_matches_when_installed():
    # Only for the package pip installed (scripts/test.sh); a developer build
    # on PYTHONPATH may sit beside an older installed one.
    try:
        dist = importlib.metadata.distribution("newslib")
    except importlib.metadata.PackageNotFoundError:
        return
    installed = pathlib.Path(dist.locate_file("newslib/__init__.py")).resolve()
    if installed == pathlib.Path(newslib.__file__).resolve():
        assert dist.version == _header_version()


def test_vcpkg_port_has_the_version():
    port = (SOURCE_DIR / "packaging" / "vcpkg" / "ports" / "newslib" / "vcpkg.json").read_text()
    assert re.search(r'"version": "([^"]+)"', port).group(1) == _header_version()


def test_changelog_names_the_version():
    changelog = (SOURCE_DIR / "CHANGELOG.md").read_text()
    first_release = re.search(r"^## \[(\d+\.\d+\.\d+)\]", changelog, re.M).group(1)
    assert first_release == _header_version()
