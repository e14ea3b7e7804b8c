import pytest

from raqib.analysis.sentences import paragraphs, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير إن المحادثات انتهت. وأضاف أنها ستستأنف", ["قال الوزير إن المحادثات انتهت.", "وأضاف أنها ستستأنف"]),
        ("هل انسحبت القوات؟ نعم! انسحبت", ["هل انسحبت القوات؟", "نعم!", "انسحبت"]),
        ("قال الأول؛ وقال الثاني", ["قال الأول؛", "وقال الثاني"]),
        ("U.S. troops moved 3.5 km. Then they stopped", ["U.S. troops moved 3.5 km.", "Then they stopped"]),
        ('He said "it is over." Then left', ['He said "it is over."', "Then left"]),
        ("سطر أول بلا نقطة\nسطر ثان", ["سطر أول بلا نقطة", "سطر ثان"]),
    ],
)
def test_sentences(text, expected):
    assert [text[a:b].strip() for a, b in sentences(text)] == expected


def test_paragraphs_are_non_empty_lines():
    text = "أول\n\n  \nثان\nثالث"
    assert [text[a:b] for a, b in paragraphs(text)] == ["أول", "ثان", "ثالث"]
