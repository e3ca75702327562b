"""`newsclean.agencies.names_an_agency`: a news agency's masthead is never a headline."""

from __future__ import annotations

import pytest

from newsclean.agencies import names_an_agency


@pytest.mark.parametrize(
    "masthead",
    [
        "AhlulBayt News Agency",
        "Mehr News Agency",
        "International Quran News Agency",
        "Ehl-i Beyt Haber Ajansı",
        "Əhli-Beyt Xəbər Agentliyi",
        "Kantor Berita AhlulBayt",
        "Информационное агентство Ахль аль-Бейт",
        "وكالة أنباء أهل البيت (ع) - ابنا",
        "وكالة أهل البيت (ع) للأنباء",
        "خبرگزاری تقریب",
        "ابنا - اہل البیت (ع) نیوز ایجنسی",
        "अहलुलबैत न्यूज़ एजेंसी",
        "आहले बैत समाचार एजेंसी",
        "আহলে বাইত বার্তা সংস্থা",
        "Agencia de Noticias AhlulBayt",
        "Agence de presse AhlulBayt",
        "AhlulBayt Nachrichtenagentur",
        "Agência de Notícias Ahl al-Bayt",
        "Agenzia di stampa AhlulBayt",
    ],
)
def test_agency_mastheads_in_the_agencies_languages(masthead: str) -> None:
    assert names_an_agency(masthead)


@pytest.mark.parametrize(
    "headline",
    [
        "News agency says ceasefire talks have collapsed in Cairo",
        "Iran's news agency reports new talks with the European parties next week",
        "Tasnim News Agency chief meets Iraqi counterpart.",
        "Islam Times",
        "Pilgrims Gather in Karbala for Arbaeen Commemorations",
        "وكالة الطاقة الذرية تزور المنشآت النووية الإيرانية الأسبوع المقبل",
    ],
)
def test_headlines_about_agencies_are_no_mastheads(headline: str) -> None:
    assert not names_an_agency(headline)
