"""What a digitised result is: its record (fields of Decree 30/2020 annex VI plus TTHC fields) and
the XML that carries it."""
