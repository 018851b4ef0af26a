import fastcsvx


def test_quotes():
    assert fastcsvx.split_line('a,"b,c",d') == ["a", "b,c", "d"]


def test_escaped_quote():
    assert fastcsvx.split_line('"say ""hi""",x\n') == ['say "hi"', "x"]


def test_fallback_matches():
    line = '1,"two, three",,"",x'
    assert fastcsvx._py_split(line) == fastcsvx.split_line(line)
