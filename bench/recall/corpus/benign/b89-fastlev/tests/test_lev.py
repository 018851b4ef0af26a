from fastlev import distance, ratio


def test_distance():
    assert distance("kitten", "sitting") == 3
    assert distance("", "abc") == 3
    assert distance("café", "cafe") == 1


def test_ratio():
    assert ratio("abc", "abc") == 1.0
    assert 0.7 < ratio("Acme Corp", "ACME Corp.".lower().title()) <= 1.0
