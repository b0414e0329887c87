from scorer.text.textnorm import make_key, make_keys


def test_normalize_folds_width_script_and_invisible_characters():
    assert make_key("（一）加強黨委對法治政府建設的領導").text == "(一)加强党委对法治政府建设的领导"
    assert make_key("\u3000\u3000二、存在\u200b的不足").text == "二、存在的不足"
    assert make_key("ＡＢＣ１２３，：").text == "ABC123,:"


def test_key_has_no_whitespace_and_maps_back_to_raw():
    raw = "　　（二） 持续推進政府職能轉變。"
    key = make_key(raw)
    assert key.text == "(二)持续推进政府职能转变。"
    start = key.text.index("政府")
    a, b = key.raw_span(start, start + 2)
    assert raw[a:b] == "政府"


def test_keys_in_bulk_equal_keys_one_by_one():
    lines = ["縣委、縣政府：", "", "一、主要舉措和成效", "２０２４年，全年辦理案件１２件。"]
    assert [k.text for k in make_keys(lines)] == [make_key(x).text for x in lines]
    assert make_keys(lines)[3].text == "2024年,全年办理案件12件。"


def test_bulk_keys_when_lines_change_length_when_folded():
    # ㈠ folds to three characters, "e\u0301" composes to one, U+200B goes: the index maps stay exact
    for lines in (["㈠加强领导", "　　全年办理案件12件。"], ["㈠加强", "cafe\u0301 　二"], ["a\u200bb", "ｃ ｄ"]):
        bulk = make_keys(lines)
        single = [make_key(x) for x in lines]
        assert [(k.text, list(k.index)) for k in bulk] == [(k.text, list(k.index)) for k in single]
        for raw, key in zip(lines, bulk):
            a, z = key.raw_span(0, len(key.text))
            assert raw[a:z].strip() == raw.strip()


def test_fast_width_folding_equals_unicode_nfkc():
    import random
    import unicodedata

    from scorer.text.textnorm import _SIMPLE_RANGES, _simple_fold, nfkc

    table, other = _simple_fold()
    covered = [chr(cp) for lo, hi in _SIMPLE_RANGES for cp in range(lo, hi + 1)]
    simple = [c for c in covered if not other.search(c)]
    assert len(simple) > 0.9 * len(covered)
    for c in covered:  # every character, one by one
        assert nfkc(c) == unicodedata.normalize("NFKC", c), hex(ord(c))
    rnd = random.Random(7)
    hard = ["e\u0301", "\u1100\u1161", "㈠", "⑩", "ﬁ", "\u200b", "Å"]
    for _ in range(3000):  # and in company, with characters that compose or expand
        s = "".join(rnd.choice(simple if rnd.random() < 0.9 else hard) for _ in range(rnd.randint(1, 12)))
        assert nfkc(s) == unicodedata.normalize("NFKC", s), s
    assert nfkc("２０２４年，全年办理案件１２件：（一）　①") == "2024年,全年办理案件12件:(一) 1"


def test_no_simple_character_can_compose_with_the_one_before():
    import sys
    import unicodedata

    from scorer.text.textnorm import _SIMPLE_RANGES, _simple_fold

    table, other = _simple_fold()
    images = {chr(cp).translate(table) for lo, hi in _SIMPLE_RANGES for cp in range(lo, hi + 1) if not other.search(chr(cp))}
    seconds = set()
    for cp in range(sys.maxunicode + 1):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith("<") and len(d.split()) == 2:
            seconds.add(chr(int(d.split()[1], 16)))
    assert not seconds & images


def test_keys_of_a_whole_text_match_line_by_line_normalisation():
    # The whole text is folded at once; lines with a zero-width character or a character that
    # expands are found among the others and done on their own.
    import unicodedata

    lines = ["一、主要举措和成效", "", "全年办理案件１２件，\u200b结案率９８％。", "　　（二）加强㈠领导",
             "ﬁ 说明", "ｃ ｄ　e", "\ufeff二、存在的不足"]
    keys = make_keys(lines)
    expected = ["".join(unicodedata.normalize("NFKC", raw).split()).replace("\u200b", "").replace("\ufeff", "")
                for raw in lines]
    assert [k.text for k in keys] == expected
    for raw, key in zip(lines, keys):
        for j, ch in enumerate(key.text):  # every key character maps back to the raw character it came from
            assert ch in unicodedata.normalize("NFKC", raw[key.index[j]]), (raw, j)


def test_mirror_site_artefacts_are_not_text():
    """Converter mirrors add pinyin glosses (實(shí)施) and turn lost ideographic spaces into '??'."""
    from scorer.text.textnorm import make_key

    k = make_key("??一、編制實(shí)施專項(xiàng)規(guī)劃,有序推進(jìn)法治建設(shè)")
    assert k.text == "一、编制实施专项规划,有序推进法治建设"
    a, z = k.raw_span(0, 2)
    assert "??一、編制實(shí)施專項(xiàng)規(guī)劃,有序推進(jìn)法治建設(shè)"[a:z] == "一、"
    assert make_key("是否?(见附件)").text == "是否?(见附件)"  # a real question mark and parentheses stay
