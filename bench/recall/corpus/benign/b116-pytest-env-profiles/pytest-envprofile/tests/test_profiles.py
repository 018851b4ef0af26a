from pytest_envprofile.profiles import is_secret, mask


def test_mask_url_credentials():
    assert mask("postgres://app:hunter22@db/x", set()) == "postgres://app:***@db/x"


def test_is_secret_by_name():
    assert is_secret("GITHUB_TOKEN", "x")
    assert not is_secret("FEATURE_FLAGS", "beta")
