import pytest

from frontlines.errors import InputError
from frontlines.ingest.decoding import decode_bytes


def test_utf8_with_and_without_bom():
    assert decode_bytes("Daraa’s siege".encode("utf-8"), "a.txt") == "Daraa’s siege"
    assert decode_bytes(b"\xef\xbb\xbfDaraa", "a.txt") == "Daraa"


def test_utf16_with_bom():
    assert decode_bytes("Homs protest".encode("utf-16"), "a.txt") == "Homs protest"


def test_cp1252_prose_is_accepted():
    text = "The regime\u2019s forces shelled the caf\u00e9 in Daraa al-Balad \u2013 a monitor said."
    assert decode_bytes(text.encode("cp1252"), "a.txt") == text


def test_random_high_bytes_are_an_unknown_encoding():
    with pytest.raises(InputError) as err:
        decode_bytes(bytes(range(128, 256)) * 4, "bad.txt")
    assert str(err.value) == "bad.txt: unknown text encoding (invalid UTF-8 at byte 0); convert the file to UTF-8"


def test_nul_bytes_are_binary():
    with pytest.raises(InputError) as err:
        decode_bytes(b"PK\x03\x04\x00\x00", "x.zip")
    assert str(err.value) == "x.zip: binary file (contains NUL bytes), expected text or HTML"


def test_control_characters_are_binary():
    with pytest.raises(InputError) as err:
        decode_bytes(b"\x01\x02\x03\x04\x05\x06 abc", "x.bin")
    assert str(err.value) == "x.bin: binary file (mostly non-text characters), expected text or HTML"
