# reportconf.py - configuration for build_report.py (executed as Python, like Sphinx conf.py)

title = "Weekly product metrics"
subtitle = "Generated from metrics.csv"

# Which columns to show, in order, and how to label them.
columns = {
    "week": "Week",
    "signups": "Sign-ups",
    "active_users": "WAU",
    "revenue": "Revenue",
    "churn_rate": "Churn",
}

# Column used for the x-axis of sparklines.
index_column = "week"

# Optional per-column formatters.
def fmt_revenue(v):
    return f"${v:,.0f}"

def fmt_churn_rate(v):
    return f"{v * 100:.1f} %"

formatters = {"revenue": fmt_revenue, "churn_rate": fmt_churn_rate}

# Highlight cells: return a CSS class name or None.
def highlight(column, value, previous):
    if previous is None or not isinstance(value, (int, float)):
        return None
    if column == "churn_rate":
        return "bad" if value > previous else "good"
    return "good" if value >= previous else "bad"
