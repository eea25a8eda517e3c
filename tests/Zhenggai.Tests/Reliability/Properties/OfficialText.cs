namespace Zhenggai.Tests.Reliability.Properties;

/// <summary>
/// The words generated documents are made of, in the register of the seeds: sentences with
/// numbers, units, quotes, brackets and both widths of punctuation, numbered sub-items,
/// department lines, and a few paragraphs that look like markup or like the record format's
/// own syntax. None of it is structure: no paragraph is a label line, a 序号 line or notice text,
/// so every paragraph is official text the importer must keep.
/// </summary>
internal static class OfficialText
{
    public static readonly string[] Phrases =
    [
        "河道垃圾清理不及时",
        "部分黑臭水体治理成果还需巩固",
        "督察发现小苇子沟河2022年9月水质为劣Ⅴ类",
        "全区三级河长巡河2900余次",
        "发现各类涉河问题140余个",
        "已全部完成整改",
        "2024年6月底前",
        "区河长办开展春季清河行动",
        "出水COD浓度最高达到1000mg/L",
        "设计处理能力2000m3/d",
        "负荷仅为15%",
        "严格落实“党政同责、一岗双责”",
        "按照《二道区已消除黑臭水体管护工作细则》要求",
        "加强河道断面水质巡查 ，开展黑臭水体整治",
        "利用裸土核查系统持续运用卫星扫测识别扬尘源",
        "建筑工地扬尘防控“六个百分之百”措施落实到位",
        "（含雨污分流改造）",
        "气温低于-5℃时暂停施工",
        "处理规模1.5万m³/d",
        "“散乱污”企业整治（第2批）",
        "面积约3.2㎡",
        "涉及①②③号排污口",
        "COD、BOD5及NH3-N指标达标",
        "目前整改工作达到序时进度",
        "<b>原文如此</b>",
        "{{ 原文 }}",
        "A&B两厂",
        "'单引号'与\"双引号\"",
        "[附件1]",
        "#3号泵站",
        "* 重点区域",
        "---分隔---",
        "## 不是标题",
        "\\反斜杠开头",
        "- 列表样式",
        "&amp;与&lt;",
    ];

    public static readonly string[] Joiners = ["，", ",", "；", ";", "、", "，并"];

    public static readonly string[] Enders = ["。", "。", ".", "！", "", "；"];

    public static readonly string[] SubItems = ["", "", "", "（一）", "（二）", "(三)", "1.", "2．", "3、", "①", "一是", "（1）", "1)", "二、"];

    public static readonly string[] Departments = ["", "", "", "", "区卫健局：", "区住建局:", "二道经济开发区：", "英俊镇 ："];

    /// <summary>A department line on its own, as in 「区卫健局：」 above that department's measures.</summary>
    public static readonly string[] DepartmentLines = ["区卫健局：", "区生态环境分局：", "区住建局:", "二道经济开发区"];

    public static readonly string[] Preambles =
    [
        "第二轮吉林省生态环境保护督察反馈问题整改任务完成情况",
        "二道区第二轮省级生态环境保护督察反馈问题整改完成情况公示",
        "（2025年3月）",
    ];

    public static readonly string[] Units = ["区河长办、区水利局、英俊镇", "区住建局", "二道经济开发区", "区生态环境分局、区农业农村局"];

    public static readonly string[] Deadlines = ["2024年12月底前", "长期坚持", "2024年8月底前"];

    public static readonly string[] Statuses = ["已完成", "基本完成", "已完成整改", "持续推进", "达到序时进度"];

    /// <summary>The first line of a notice after a finding: the importer moves it and what follows to the source note.</summary>
    public static readonly string[] NoticeOpeners =
    [
        "公示期：2025年4月1日至2025年4月7日（5个工作日）。",
        "公示时间:2025年3月20日—2025年3月26日",
        "联系电话：0431-84600000",
        "监督电话 ：0431-84600000",
        "公示期间如对整改情况有异议，请向区督察整改办反映。",
        "如有异议，请于公示期内反映。",
    ];

    public static readonly string[] NoticeLines = ["联系电话：0431-84600000", "长春市二道区生态环境保护督察整改工作领导小组办公室", "2025年4月1日"];
}
