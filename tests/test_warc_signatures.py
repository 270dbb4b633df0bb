"""One table of binary file signatures (``_inputs.FILE_SIGNATURES``) for every reader: a file
of another kind is named the same way whether it is given to ``parse_html``, read in bulk, or
served as ``text/html`` in a web archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmodel import parse_html
from newsmodel._inputs import Status
from newsmodel._warc import warc_record
from newsmodel.bulk import iter_parse
from newsmodel.errors import UnsupportedInputError

pytest.importorskip("warcio", reason="the warc extra (warcio) is not installed")

# Real first bytes of each kind, then some of the rest of such a file.
FILES = [
    pytest.param(
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "a PDF document", id="pdf"
    ),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "a PNG image", id="png"),
    pytest.param(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff", "a GIF image", id="gif"),
    pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "a JPEG image", id="jpeg"),
    pytest.param(
        b"RIFF\x24\x08\x00\x00WEBPVP8 \x18\x08\x00\x00",
        "a WebP image, WAV sound or AVI video",
        id="webp",
    ),
    pytest.param(
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
        "a ZIP archive or Office document",
        id="docx",
    ),
    pytest.param(b"BZh91AY&SY\x8b\x14\x8e\x1c\x00\x00", "bzip2 data", id="bzip2"),
    pytest.param(b"\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4F\x02\x00", "xz data", id="xz"),
    pytest.param(b"(\xb5/\xfd\x04\x58\x61\x00\x00", "zstd data", id="zstd"),
    pytest.param(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00\x00\x00\x00\x00\x00",
        "an old Microsoft Office document",
        id="doc",
    ),
    pytest.param(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00", "an executable", id="elf"),
]


@pytest.mark.parametrize(("data", "name"), FILES)
def test_parse_html_names_the_file(data: bytes, name: str) -> None:
    with pytest.raises(UnsupportedInputError) as caught:
        parse_html(data)
    assert caught.value.message.startswith(f"the input is {name}, not HTML")


@pytest.mark.parametrize(("data", "name"), FILES)
def test_bulk_names_the_file(data: bytes, name: str) -> None:
    (result,) = iter_parse([data], fmt="html")
    assert (result.status, result.reason) == (Status.FAILED, f"binary data ({name})")


@pytest.mark.parametrize(("data", "name"), FILES)
def test_a_payload_served_as_html_names_the_file(tmp_path: Path, data: bytes, name: str) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_record("https://example.org/a", data, content_type="text/html"))
    (result,) = iter_parse(path, include_skipped=True)
    assert (result.status, result.reason) == (Status.SKIPPED, f"not HTML ({name})")
