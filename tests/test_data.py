import pytest

from frontlines.data import read_csv_rows, read_yaml
from frontlines.errors import FrontlinesError


def test_missing_table_is_a_one_line_error_naming_the_file():
    with pytest.raises(FrontlinesError) as info:
        read_yaml("events", "no-such-table.yaml")
    message = str(info.value)
    assert message.startswith("frontlines/data/events/no-such-table.yaml: cannot read data file")
    assert "\n" not in message


def test_csv_tables_skip_their_provenance_header():
    rows = read_csv_rows("numbers", "vague_quantities.csv")
    assert rows and all(not next(iter(row.values()), "").startswith("#") for row in rows)
    assert {"dozens", "a dozen"} <= {row[next(iter(row))].lower() for row in rows}


def test_yaml_tables_load_as_data():
    assert "Armed clash" in read_yaml("notes", "templates.yaml")
