"""Text in scripts written without spaces (Japanese, Chinese) is measured in Latin-letter
equivalents, so the container and density thresholds read its paragraphs as prose."""

from __future__ import annotations

from lxml import html

from newsclean.html.content import extract_text
from newsclean.words import reading_length

PARAGRAPHS = [
    "市議会は十五日、老朽化した橋の通行止めを決めた。",
    "専門家によると、橋脚に二カ所のひびが見つかったという。",
    "市は来年度の予算に改修費を盛り込む方針だ。",
    "住民からは迂回路の整備を求める声が上がっている。",
    "市長は記者会見で「安全を最優先にする」と述べた。",
    "工事は来年春に始まり、二年ほどかかる見通し。",
]
HEADLINE = "老朽化した橋、通行止めに"


def test_a_wide_script_character_weighs_three_latin_letters() -> None:
    assert reading_length("bridge") == 6
    assert reading_length("Brücke") == 6
    assert reading_length("橋、通行止め") == 18


def test_short_japanese_paragraphs_set_as_divs_outweigh_a_ranking_box() -> None:
    # Each paragraph a <div> of one sentence, no <p>: counted in characters, none of them
    # looked like prose, and the one long paragraph on the page (a ranking box) won.
    blocks = "".join(f"<div class='block'>{text}</div>" for text in PARAGRAPHS)
    teasers = "".join(
        f"<li><a href='/n/{i}'><p>{'関連ニュースの見出しとその要約がここに入ります。' * 2}</p></a></li>"
        for i in range(4)
    )
    ranking = "ランキングの説明文がここに入ります、毎日更新されます。" * 3
    page = html.document_fromstring(
        f"<html><body><header><a href='/'>新聞</a></header><main><h1>{HEADLINE}</h1>"
        f"<div class='article'>{blocks}</div></main><aside><ul>{teasers}</ul></aside>"
        f"<div class='ranking'><p>{ranking}</p></div></body></html>"
    )
    assert extract_text(page.find("body"), None, HEADLINE).paragraphs == PARAGRAPHS
