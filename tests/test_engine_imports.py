"""The engine and the pipe path never load Textual."""

import subprocess
import sys


def test_engine_and_pipe_path_do_not_import_textual():
    code = (
        "import sys, io, contextlib\n"
        "from tui import cli\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        "    status = cli.main(['--format', 'json'])\n"
        "assert status == 0, status\n"
        "assert '\"schema\": 1' in buf.getvalue()\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False")
