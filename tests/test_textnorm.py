from scorer.textnorm import make_key, make_keys


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
