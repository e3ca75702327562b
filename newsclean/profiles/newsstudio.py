"""Islam Times and its sister sites on the News Studio CMS (en, ur, id, fa, ar, az, ...).

Text dumps look like: counter line, ``Friday 19 July 2024 - 21:40``, headline,
``Story Code : 1148653``, headline again (image alt), lead and body, ``Comment``,
``Featured Stories`` and the sidebar. Print pages start ``QR CodeQR Code`` and end with a
``Story Code: N`` / ``News Link :`` footer; 2016 pages start with a newsletter prompt and
``Publish Date :``. Urdu pages print ``خبر کا کوڈ : N`` at the end of the body, Persian ones
``کد مطلب : N``.

The profile is a thin layer over the generic text path (`newsclean.text`): the same
line classification, article block, headline and date choice read every site; this
profile adds only what is News Studio's own. Its words below are the ones the generic
lexicon lacks (site names, its newsletter prompt, comment-form fields, Azerbaijani labels),
plus the Tehran time zone, the rule that the first paragraph is the lead, and markers
that recognise its dumps.
"""

from __future__ import annotations

import re

from newsclean.lexicon import GENERIC_LEXICON, Lexicon, fold_label
from newsclean.profiles.base import SiteProfile

_NEWS_STUDIO_WORDS = Lexicon(
    labels=frozenset(
        fold_label(label)
        for label in (
            "Enter Your Email to Recieve Newsletter",
            "Enter Your Email to Receive Newsletter",
            "Islam Times",
            "اسلام ٹائمز",
            "اسلام تایمز",
            "إسلام تايمز",
            "Send to friend",
            "Audio",
        )
    ),
    end_labels=frozenset(
        fold_label(label)
        for label in (
            "Yorum",
            "Şərh",
            "ارسال نظرات",
            "ایمیل شما",
            "إرسال تعليق",
            "الاسم",
            "البريد الإلكتروني",
            "Email Anda",
            "News Link",
            "News Link :",
            "لینک خبر",
            "لنک",
            "رابط الخبر",
        )
    ),
    related_labels=frozenset(
        fold_label(label)
        for label in (
            "Seçilmiş xəbərlər",
            "أخبار مختارة",
            "گزارش برگزیده",
        )
    ),
    id_labels=("Xəbər kodu",),
    datelines=(
        "Islam Times - ",
        "Islam Times -",
        "اسلام ٹائمز۔ ",
        "اسلام ٹائمز -",
        "اسلام تایمز - ",
        "إسلام تايمز - ",
        "Islam Times – ",
    ),
    date_labels=("Tanggal terbit",),
)

NEWS_STUDIO = SiteProfile(
    name="newsstudio",
    site="Islam Times",
    lexicon=GENERIC_LEXICON.extend(_NEWS_STUDIO_WORDS),
    timezone="Asia/Tehran",
    text_markers=(
        "Story Code",
        "Islam Times",
        "خبر کا کوڈ",
        "کد مطلب",
        "اسلام ٹائمز",
        "اسلام تایمز",
        "إسلام تايمز",
        "QR CodeQR Code",
        "Enter Your Email to Recieve Newsletter",
        "Featured Stories",
        "News Link :",
        "islamtimes.",
    ),
    text_patterns=(
        # "Friday 19 July 2024 - 21:40" and "Wednesday 25 Aug 2021 19:55" on a line of their own
        # (indented, as some converters print every line).
        re.compile(
            r"(?m)^[ \t]*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]{2,8} \d{4}"
            r"(?: - |\s)\d{2}:\d{2}[ \t\r]*$"
        ),
    ),
    html_markers=(
        "docDiv3TitrMain",
        "doctextarea",
        "docDivLead1",
        "docDiv5InfoCode",
        "islamtimes.",
    ),
    lead_is_first_paragraph=True,
    html_selectors={
        "headline": "#docDiv3TitrMain",
        "date": "#docDiv3Date",
        "story_code": "#docDiv5InfoCode",
        "lead": "#docDivLead1",
        "body": "#doctextarea, #docContentdiv article",
    },
)
