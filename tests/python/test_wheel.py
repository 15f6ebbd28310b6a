"""`pip wheel .` gives a wheel that installs into a clean venv and imports.

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
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-index",
                              "--no-deps", str(wheel)], capture_output=True, text=True,
                             env=clean_env, timeout=600)
    assert install.returncode == 0, install.stderr[-4000:]
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
