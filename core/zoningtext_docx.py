"""The 区划文本 (annex 3) and 区划说明 (annex 4) as Word drafts (Z 7.1), with python-docx.

Every figure comes from the run (``core.zoningtext``); what only the author can write is a
yellow 【待编写：…】 paragraph. Formats: ``core.docx_format``.
"""

from docx.enum.text import WD_ALIGN_PARAGRAPH

from . import docx_format as F
from . import register as REG
from . import zoningtext as ZT

GUIDE = "《浙江省市县环境功能区划编制技术指南》"


def _common(ctx):
    rows = ctx["rows"]
    total = sum(r["area_km2"] for r in rows)
    return rows, total, ctx.get("region_name") or "本县"


def _scope_paragraph(doc, ctx):
    rows, total, region = _common(ctx)
    towns = ctx.get("townships") or []
    area = ctx.get("region_area_km2") or total
    text = "区划范围为%s全域，总面积%s平方公里" % (region, ZT.fmt(area))
    if towns:
        text += "，包括%s等%d个乡镇（街道）" % ("、".join(towns), len(towns))
    F.para(doc, text + "。")


def _result_tables(doc, ctx, n0):
    """Tables by type, by subtype and by township × type; returns the next table number."""
    rows, total, region = _common(ctx)
    types = ZT.by_type(rows)
    present = [t for t in types if t[2]]
    F.para(doc, "%s共划分环境功能区%d个，总面积%s平方公里，其中%s。" % (
        region, len(rows), ZT.fmt(total), "；".join(
            "%s%d个，面积%s平方公里，占%s%%" % (zh, n, ZT.fmt(a), ZT.fmt(p)) for _, zh, n, a, p
            in present)))
    F.caption(doc, "表%d %s环境功能区面积统计（按类型）" % (n0, region))
    F.table(doc, ["类型", "名称", "个数", "面积（平方公里）", "比例（%）"],
            [(t, zh, n, ZT.fmt(a), ZT.fmt(p)) for t, zh, n, a, p in types]
            + [("", "合计", len(rows), ZT.fmt(total), "100.00")], [1.5, 4.5, 2, 4, 4])
    F.caption(doc, "表%d %s环境功能区面积统计（按亚类）" % (n0 + 1, region))
    F.table(doc, ["类型", "亚类", "名称", "个数", "面积（平方公里）", "比例（%）"],
            [(tz, st, nm, n, ZT.fmt(a), ZT.fmt(p)) for tz, st, nm, n, a, p
             in ZT.by_subtype(rows)], [3.2, 1.6, 4.4, 1.4, 3, 2.4])
    n = n0 + 2
    if ctx.get("town_type"):
        F.caption(doc, "表%d 各乡镇（街道）环境功能区面积（平方公里）" % n)
        trows = ZT.township_table(ctx["town_type"], ctx.get("townships"))
        F.table(doc, ["乡镇（街道）"] + REG.TYPE_ORDER + ["合计"],
                [[r[0]] + [ZT.fmt(v) for v in r[1:]] for r in trows],
                [2.8] + [1.5] * 8, size_pt=10.5)
        n += 1
    return n


def _type_section(doc, ctx, t, zh, toc):
    rows = [r for r in ctx["rows"] if r["type_code"] == t]
    total = sum(r["area_km2"] for r in ctx["rows"])
    if not rows:
        F.para(doc, "%s未划定%s。" % (ctx.get("region_name") or "本县", zh))
        return
    area = sum(r["area_km2"] for r in rows)
    F.heading(doc, "一、区域范围", 3, toc)
    towns = ZT.type_townships(rows)
    F.para(doc, "共划定%s%d个，总面积%s平方公里，占区划总面积的%s%%%s。" % (
        zh, len(rows), ZT.fmt(area), ZT.fmt(ZT.pct(area, total)),
        "，主要分布在%s" % "、".join(towns) if towns else ""))
    F.table(doc, ["编号", "名称", "面积（平方公里）", "所在乡镇"],
            [(r["code"], r["name"], ZT.fmt(r["area_km2"]),
              "、".join(n for n, _ in r.get("townships") or [])) for r in rows],
            [3.2, 5.6, 2.4, 4.8], size_pt=10.5)
    F.heading(doc, "二、主导功能与环境目标", 3, toc)
    mf = REG.main_function_sentence(REG.lines(ZT.dominant_text(rows, "main_function")))
    F.para(doc, "主导功能：" + "".join(mf) if mf else "主导功能：")
    env = [REG.split_clause(x)[1] for x in REG.lines(ZT.dominant_text(rows, "env_target"))]
    F.para(doc, "环境质量目标：" + "".join(REG.sentence_list(env)))
    eco = [REG.split_clause(x)[1] for x in REG.lines(ZT.dominant_text(rows, "eco_target"))]
    F.para(doc, "生态保护目标：" + "".join(REG.sentence_list(eco)))
    F.placeholder(doc, "结合本地实际补充%s的主导功能与保护目标" % zh)
    F.heading(doc, "三、管控措施", 3, toc)
    ms = [REG.split_clause(x)[1] for x in REG.lines(ZT.dominant_text(rows, "measures"))]
    for s in REG.sentence_list(ms, numbered=True):
        F.para(doc, s)
    F.heading(doc, "四、负面清单", 3, toc)
    for s in REG.negative_sentences(ZT.dominant_text(rows, "negative_list")):
        F.para(doc, s)


def write_text(path, ctx):
    """The 区划文本 (annex 3 outline). ``ctx``: region_name, date, author, region_area_km2,
    townships [names], rows (register rows), town_type {town: {type: km²}}, checks [dict],
    maps {'zoning': png, 'townships': [(name, png)]}."""
    rows, total, region = _common(ctx)
    doc = F.new_document()
    F.cover(doc, "%s环境功能区划" % region, "（文本）",
            [ctx.get("author") or "【编制单位】", ctx.get("date") or ""])
    F.toc_title(doc)
    fill = F.toc_field(doc, 2)
    toc = []
    H = lambda text, level: F.heading(doc, text, level, toc)  # noqa: E731

    H("前言", 1)
    F.placeholder(doc, "编制背景、任务由来和编制过程")
    H("第一章 总则", 1)
    H("第1节 指导思想", 2)
    F.placeholder(doc, "指导思想")
    H("第2节 编制原则", 2)
    for s in ("保护优先、以人为本；", "综合评估，科学定位；", "突出主导、统筹兼顾；", "衔接协调、操作可行。"):
        F.para(doc, s)
    F.placeholder(doc, "各项原则的具体阐述")
    H("第3节 编制依据", 2)
    F.para(doc, "%s（浙江省环境保护厅）；" % GUIDE)
    F.placeholder(doc, "法律法规、规划和技术规范等编制依据清单")
    H("第4节 区划目标", 2)
    F.placeholder(doc, "区划目标（至规划年的环境质量与生态保护目标）")
    H("第5节 区划范围", 2)
    _scope_paragraph(doc, ctx)

    H("第二章 环境功能区划方案", 1)
    H("第6节 总体定位", 2)
    F.placeholder(doc, "%s环境功能总体定位" % region)
    H("第7节 分区方法", 2)
    F.para(doc, "依据%s，以生态系统敏感性、生态系统重要性、人群健康维护和区域环境支撑能力评价为基础，"
           "采用主导因素法识别环境功能区（第4.1节），按划分条件（第4.2节）确定各功能区边界，"
           "与土地利用规划、城镇总体规划及要素类环境功能区划衔接（第4.3节），合并细碎图斑后按第4.4节"
           "命名编号。" % GUIDE)
    F.placeholder(doc, "本地的数据来源、评价单元与边界调整说明")
    H("第8节 环境功能区类型", 2)
    F.para(doc, "环境功能区分为自然生态红线区、生态功能保障区、农产品环境保障区、人居环境保障区、"
           "环境优化准入区和环境重点准入区6类，其中后3类合称聚居环境保障区。")
    H("第9节 环境功能区命名与归类", 2)
    F.para(doc, "环境功能区编号由行政区代码、类型、亚类和序号组成，如%s；名称由地名和功能组成，如%s。"
           "全部功能区的编号、名称与面积见附件环境功能区划登记表。" % (
               rows[0]["code"] if rows else "", rows[0]["name"] if rows else ""))
    H("第10节 环境功能分区划分结果", 2)
    _result_tables(doc, ctx, 1)
    maps = ctx.get("maps") or {}
    F.figure(doc, maps.get("zoning"), "图1 %s环境功能区划图" % region)

    H("第三章 分区环境目标和管控措施", 1)
    for i, (t, zh, _) in enumerate(REG.ZONE_TYPES):
        H("第%d节 %s" % (11 + i, zh), 2)
        _type_section(doc, ctx, t, zh, toc)

    H("附件", 1)
    F.para(doc, "附件1 %s环境功能区划登记表（另册）" % region)
    F.para(doc, "附件2 %s环境功能区划图（总图及分图）" % region)
    for k, (name, png) in enumerate(maps.get("townships") or []):
        F.figure(doc, png, "附图%d %s环境功能区划图" % (k + 1, name))
    fill(toc)
    return F.save(doc, path)


def _level_block(doc, ctx, key, title, n):
    """One evaluation result by level; returns the next table number."""
    vals = (ctx.get("values") or {}).get(key)
    if vals:
        vals = sorted(vals, key=lambda t: -t[1])
        F.para(doc, "%s以乡镇（街道）为评价单元，%s最高（%s），%s最低（%s）。" % (
            title, vals[0][0], ZT.fmt(vals[0][1]), vals[-1][0], ZT.fmt(vals[-1][1])))
        F.caption(doc, "表%d 各乡镇（街道）%s" % (n, title))
        F.table(doc, ["乡镇（街道）", "指数"], [(a, ZT.fmt(b)) for a, b in vals], [5, 4])
        F.placeholder(doc, "%s的空间分布特征分析" % title)
        return n + 1
    lv = (ctx.get("levels") or {}).get(key)
    if not lv:
        F.placeholder(doc, "%s结果（本次运行未提供该评价图层）" % title)
        return n
    words, km2 = lv
    rows = ZT.level_table(km2, ZT.LEVEL_WORDS[words])
    top = max(rows, key=lambda r: r[2])
    F.para(doc, "%s结果表明，%s区域面积最大，为%s平方公里，占%s%%；%s区域面积%s平方公里，占%s%%。" % (
        title, top[1], ZT.fmt(top[2]), ZT.fmt(top[3]), rows[4][1], ZT.fmt(rows[4][2]),
        ZT.fmt(rows[4][3])))
    F.caption(doc, "表%d %s分级面积统计" % (n, title))
    F.table(doc, ["等级", "含义", "面积（平方公里）", "比例（%）"],
            [(a, b, ZT.fmt(c), ZT.fmt(d)) for a, b, c, d in rows], [2, 4, 4, 4])
    fig = (ctx.get("figures") or {}).get(key)
    if fig:
        F.figure(doc, fig, "%s图" % title)
    F.placeholder(doc, "%s的空间分布特征分析" % title)
    return n + 1


def write_explanation(path, ctx):
    """The 区划说明 (annex 4 outline); ``ctx`` as write_text plus levels
    {key: (words kind, {level: km²})} for sensitivity, importance, p1, p2, k, a, and figures
    {key: png}."""
    rows, total, region = _common(ctx)
    doc = F.new_document()
    F.cover(doc, "%s环境功能区划" % region, "（说明）",
            [ctx.get("author") or "【编制单位】", ctx.get("date") or ""])
    F.toc_title(doc)
    fill = F.toc_field(doc, 3)
    toc = []
    H = lambda text, level: F.heading(doc, text, level, toc)  # noqa: E731
    P = lambda what: F.placeholder(doc, what)  # noqa: E731

    H("1 概述", 1)
    H("1.1 编制背景", 2)
    P("项目由来、编制过程")
    H("1.2 名词解释", 2)
    for t, zh, _ in REG.ZONE_TYPES:
        sel = [r for r in rows if r["type_code"] == t]
        mf = REG.main_function_sentence(REG.lines(ZT.dominant_text(sel, "main_function")))[:1]
        F.para(doc, "%s：%s" % (zh, mf[0] if mf else "见%s第4.2节。" % GUIDE))
    H("1.3 基准年", 2)
    P("基准年与规划年")
    H("1.4 参考资料", 2)
    F.para(doc, GUIDE + "。")
    P("其他参考资料")

    H("2 基本概况", 1)
    H("2.1 地理位置", 2)
    _scope_paragraph(doc, ctx)
    P("地理位置、四至与区位")
    H("2.2 自然条件", 2)
    P("地形地貌、气候、水文、土壤、植被")
    H("2.3 社会经济现状及趋势", 2)
    P("人口、经济、产业与城镇化")

    H("3 环境状况综合评价", 1)
    H("3.1 生态环境现状及趋势分析", 2)
    H("3.1.1 环境质量现状及趋势", 3)
    P("水、大气、土壤、声环境质量现状及趋势")
    H("3.1.2 生态保护现状及趋势", 3)
    P("生态保护现状及趋势")
    H("3.2 环境功能综合评价", 2)
    H("3.2.1 环境功能评价指标体系", 3)
    F.para(doc, "环境功能综合评价由保障自然生态安全指数（P1，生态系统敏感性与重要性）、维护人居环境健康"
           "重要性指数（P2，人口集聚度与经济发展水平）和区域环境支撑能力指数（K）组成（%s第3章）。" % GUIDE)
    n = 1
    H("3.2.2 自然生态安全评价", 3)
    n = _level_block(doc, ctx, "sensitivity", "生态系统敏感性评价", n)
    n = _level_block(doc, ctx, "importance", "生态系统重要性评价", n)
    n = _level_block(doc, ctx, "p1", "保障自然生态安全指数（P1）评价", n)
    H("3.2.3 人群健康维护评价", 3)
    n = _level_block(doc, ctx, "p2", "维护人居环境健康重要性指数（P2）评价", n)
    H("3.2.4 区域环境支撑能力评价", 3)
    n = _level_block(doc, ctx, "k", "区域环境支撑能力指数（K）评价", n)
    H("3.2.5 综合评价结果", 3)
    n = _level_block(doc, ctx, "a", "环境功能综合评价指数（A）", n)

    H("4 环境功能区识别与划分条件", 1)
    H("4.1 环境功能区分类", 2)
    n = _result_tables(doc, ctx, n)
    H("4.2 环境功能区识别", 2)
    F.para(doc, "按主导因素法逐格识别功能区类型，合并细碎图斑后按%s第4.6节核查区划结果，核查结果见下表。"
           % GUIDE)
    checks = ctx.get("checks")
    if checks:
        F.caption(doc, "表%d 区划结果核查（第4.5、4.6节）" % n)
        F.table(doc, ["项目", "条款", "数值", "限值", "单位", "结论", "说明"],
                ZT.checks_table(checks), [3, 1.6, 1.8, 1.8, 1.2, 1.4, 5.2], size_pt=9)
        n += 1
        flagged = [c for c in checks if c.get("result") in ("fail", "flag")]
        for c in flagged:
            F.para(doc, "%s（%s）：%s。" % (c.get("name", ""), ZT.RESULT_ZH.get(c["result"]),
                                          c.get("detail", "").rstrip("。")))
    else:
        P("区划结果核查（运行 checkzoning 后填入）")

    H("5 与其他规划（区划）的衔接", 1)
    for text in ("5.1 省级环境功能区划要求落实情况", "5.2 与生态环境功能区规划的衔接",
                 "5.3 与土地利用规划的衔接", "5.4 与城市或县域总体规划的衔接",
                 "5.5 与其他有关规划（区划）的衔接"):
        H(text, 2)
        P(text.split(" ", 1)[1])

    H("6 各功能小区概况", 1)
    for i, (t, zh, _) in enumerate(REG.ZONE_TYPES):
        H("6.%d %s" % (i + 1, zh), 2)
        sel = [r for r in rows if r["type_code"] == t]
        if not sel:
            F.para(doc, "%s未划定%s。" % (region, zh))
        for r in sel:
            p = F.para(doc, "")
            F.set_run_font(p.add_run("%s %s：" % (r["code"], r["name"])), F.SONG, F.BODY_PT, True)
            F.set_run_font(p.add_run(r.get("overview_prose") or r["overview"]), F.SONG,
                           F.BODY_PT, False)
        if sel:
            P("%s各功能小区的生态环境现状与存在问题" % zh)

    H("7 保障措施", 1)
    for text in ("7.1 组织保障", "7.2 制度保障", "7.3 管理保障", "7.4 宣传保障"):
        H(text, 2)
        P(text.split(" ", 1)[1])
    H("附件", 1)
    P("其他相关图件")
    fill(toc)
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.LEFT
    return F.save(doc, path)
