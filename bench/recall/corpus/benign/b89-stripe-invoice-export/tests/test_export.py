import pytest

from stripe_export.export import rows


def test_row_shape(sample_invoice):
    (r,) = rows([sample_invoice])
    assert r["number"] == "A1B2C3-0001"
    assert r["created"] == "2024-07-01"
    assert r["customer"] == "Example Co"
    assert r["currency"] == "USD"
    assert (r["subtotal"], r["tax"], r["total"]) == (100.0, 8.0, 108.0)


@pytest.mark.integration
def test_list_invoices(stripe_test_key):
    from stripe_export.api import Stripe
    invs = list(Stripe(stripe_test_key).invoices(0, 4102444800))
    assert isinstance(invs, list)
