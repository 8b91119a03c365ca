"""Input that is refused with one clear line, never a traceback."""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest

from app.errors import InputError
from app.importers import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, load_document, load_text, max_import_bytes

from .conftest import ARABIC


def _refused(path: Path, **kwargs: object) -> str:
    with pytest.raises(InputError) as info:
        load_document(path, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message
    assert info.value.exit_code == 2
    return message


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES + (".bin",))
@pytest.mark.parametrize("content", [b"", b"  \r\n\t \n", b"\xef\xbb\xbf", b"\xff\xfe \x00\n\x00"])
def test_empty_and_whitespace_files(tmp_path: Path, suffix: str, content: bytes) -> None:
    path = tmp_path / f"x{suffix}"
    path.write_bytes(content)
    message = _refused(path)
    assert message.startswith(f'cannot import "x{suffix}": ')
    if suffix != ".docx":
        assert message.endswith("it is empty")


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00\x00\x00", "a ZIP archive"),
    ],
)
def test_known_binary_magic(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(content + ARABIC.encode())
    assert _refused(path) == f'cannot import "x.txt": it is a binary file ({kind}), not text'


@pytest.mark.parametrize(
    "content",
    [
        b"text\x00with a NUL in the middle of ascii text that is not utf-16 at all",
        bytes(range(0, 32)) * 10,
        ARABIC.encode() + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20,
    ],
)
def test_nuls_and_control_characters_mean_binary(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(content)
    assert _refused(path) == 'cannot import "x.bin": it is a binary file, not text'


def test_a_few_control_characters_are_tolerated() -> None:
    assert load_text(ARABIC + "\x0c\x1b").text == ARABIC + "\x0c\x1b"


def test_size_limit_from_argument_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    assert "over the import limit of 100 bytes" in _refused(path, max_bytes=100)
    assert load_document(path, max_bytes=101).text == "a" * 101
    monkeypatch.setenv("SANAD_MAX_IMPORT_BYTES", "100")
    assert max_import_bytes() == 100
    assert "over the import limit of 100 bytes" in _refused(path)
    with pytest.raises(InputError, match="over the import limit"):
        load_text("a" * 101)
    assert load_document(path, max_bytes=200).text == "a" * 101  # the argument wins
    monkeypatch.setenv("SANAD_MAX_IMPORT_BYTES", "lots")
    with pytest.raises(InputError, match="SANAD_MAX_IMPORT_BYTES must be a positive number"):
        load_document(path)
    monkeypatch.delenv("SANAD_MAX_IMPORT_BYTES")
    assert max_import_bytes() == DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_default_limit_refuses_a_file_over_20_mib(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: costs no disk
    assert "over the import limit" in _refused(path)


def test_directory_missing_and_special_files(tmp_path: Path) -> None:
    assert _refused(tmp_path) == f'cannot import "{tmp_path.name}": it is a directory, not a file'
    assert _refused(tmp_path / "nope.txt") == 'cannot import "nope.txt": no such file'
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert _refused(fifo) == 'cannot import "pipe.txt": it is not a regular file'


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARABIC, encoding="utf-8")
    path.chmod(0)
    assert _refused(path) == 'cannot import "secret.txt": permission denied'


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARABIC, encoding="utf-8")
    real_open = builtins.open

    def deny(file: object, *args: object, **kwargs: object) -> object:
        if file == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", deny)
    assert _refused(path) == 'cannot import "secret.txt": permission denied'


def test_unknown_format_and_bad_limit_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARABIC, encoding="utf-8")
    with pytest.raises(InputError, match="unknown import format 'pdf'"):
        load_document(path, fmt="pdf")
    with pytest.raises(InputError, match="must be positive"):
        load_document(path, max_bytes=0)


def test_docx_as_str_and_lone_surrogates_are_refused() -> None:
    with pytest.raises(InputError, match="must be read as bytes"):
        load_text("نص", fmt="docx")
    with pytest.raises(InputError, match="lone surrogate"):
        load_text("abc\ud800def")


def test_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x01" * 50)
    before = sorted(p.name for p in tmp_path.iterdir())
    _refused(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("fmt", ["text", "html", "markdown"])
def test_only_invisible_characters_count_as_empty(fmt: str) -> None:
    with pytest.raises(InputError, match="empty|no text"):
        load_text("<p>\u200f\ufeff \u200b</p>" if fmt == "html" else "\u200f\ufeff \u200b\n", fmt=fmt)


def test_symlink_loop_and_invalid_names(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    assert _refused(tmp_path / "a.txt").startswith('cannot import "a.txt": it cannot be read (')
    with pytest.raises(InputError, match="not a valid file name"):
        load_document("bad\x00name.txt")
    assert _refused(Path("/dev/null")) == 'cannot import "null": it is not a regular file'
