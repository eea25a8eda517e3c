namespace Zhenggai.Render.Data;

/// <summary>
/// The JSON Schema (draft 2020-12) published as data/findings.schema.json. It is strict:
/// every object lists all its keys as required and allows no others, so a consumer can rely
/// on the shape and a change to the shape shows up as a failing test. <c>$defs/finding</c>
/// also describes each findings/NUMBER/index.json. The descriptions are the field list on
/// the data page, so the page and the schema cannot disagree.
/// </summary>
public static class FindingsSchema
{
    public const string FileName = "findings.schema.json";

    public const string Json = """
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "整改问题清单（开放数据）",
  "description": "data/findings.json：全部反馈问题及其问题、整改目标、整改措施、完成情况原文。findings/序号/index.json 的格式见 $defs/finding。",
  "type": "object",
  "additionalProperties": false,
  "required": ["title", "description", "language", "url", "licence", "reports", "themes", "statuses", "findings"],
  "properties": {
    "title": { "type": "string", "description": "网站名称。" },
    "description": { "type": ["string", "null"], "description": "网站简介；未设置时为 null。" },
    "language": { "type": "string", "description": "语言代码，如 zh-CN。" },
    "url": { "type": ["string", "null"], "pattern": "^https?://", "description": "网站的绝对地址；未设置 Host 时为 null。" },
    "licence": { "type": ["string", "null"], "description": "数据许可；为 null 表示未声明许可。" },
    "reports": { "type": "array", "items": { "$ref": "#/$defs/report" }, "description": "问题所属的报告。" },
    "themes": { "type": "array", "items": { "$ref": "#/$defs/term" }, "description": "全部主题（键与中文名称）。" },
    "statuses": { "type": "array", "items": { "$ref": "#/$defs/term" }, "description": "全部整改状态（键与中文名称）。" },
    "findings": { "type": "array", "items": { "$ref": "#/$defs/finding" }, "description": "全部问题，按序号排列。" }
  },
  "$defs": {
    "term": {
      "type": "object",
      "additionalProperties": false,
      "required": ["key", "label"],
      "properties": {
        "key": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "英文键，用于网址。" },
        "label": { "type": "string", "description": "中文名称。" }
      }
    },
    "report": {
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "title", "issuingBody", "dataDate", "sourceNote"],
      "properties": {
        "id": { "type": "string", "description": "报告编号，问题的 report 字段引用它。" },
        "title": { "type": "string", "description": "报告标题。" },
        "issuingBody": { "type": ["string", "null"], "description": "发布单位。" },
        "dataDate": { "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "数据截至日期（yyyy-MM-dd）。" },
        "sourceNote": { "type": ["string", "null"], "description": "报告来源说明。" }
      }
    },
    "deadline": {
      "type": "object",
      "additionalProperties": false,
      "required": ["measure", "text", "due", "kind"],
      "properties": {
        "measure": { "type": "string", "description": "所属措施的原文序号，如（二）；无序号时为空字符串。" },
        "text": { "type": "string", "description": "时限原文，如 2024年6月底前、立行立改、长期坚持。" },
        "due": { "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}$", "description": "截止年月（yyyy-MM，当月月底）；立行立改、长期坚持为 null。" },
        "kind": { "enum": ["dated", "immediate", "ongoing"], "description": "dated（有日期）、immediate（立行立改）或 ongoing（长期坚持）。" }
      }
    },
    "finding": {
      "type": "object",
      "additionalProperties": false,
      "required": ["number", "label", "title", "themes", "status", "statusKey", "statusText", "report", "source", "sourceLine", "updated", "units", "deadlines", "redirectFrom", "problem", "target", "measures", "result", "unitsText", "deadlineText", "sourceNote", "path", "url"],
      "properties": {
        "number": { "type": "integer", "minimum": 1, "description": "序号（数字），也是页面地址 findings/序号/。" },
        "label": { "type": "string", "minLength": 1, "description": "序号原文，如「序号二十七」。" },
        "title": { "type": "string", "minLength": 1, "description": "标题（编辑拟定，通常取问题的第一句）。" },
        "themes": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/term" }, "description": "所属主题（键与中文名称）。" },
        "status": { "enum": ["已完成", "基本完成", "达到序时进度", "持续推进", "未完成"], "description": "整改状态。" },
        "statusKey": { "enum": ["completed", "basically-completed", "on-schedule", "ongoing", "not-completed"], "description": "整改状态的英文键。" },
        "statusText": { "type": ["string", "null"], "description": "原文对状态的表述（与 status 不同时保留）。" },
        "report": { "type": "string", "minLength": 1, "description": "所属报告的编号（见 reports）。" },
        "source": { "type": "string", "minLength": 1, "description": "来源文件（相对网站源目录的路径）。" },
        "sourceLine": { "type": "integer", "minimum": 0, "description": "序号在来源文件中的行号（从 1 起；0 表示未知）。" },
        "updated": { "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "本条内容最近一次实质更新的日期（yyyy-MM-dd）；未记录时为 null，此时以报告的数据截至日期为准。" },
        "units": { "type": "array", "items": { "type": "string" }, "description": "责任单位（已识别的）。" },
        "deadlines": { "type": "array", "items": { "$ref": "#/$defs/deadline" }, "description": "整改措施中的时限承诺。" },
        "redirectFrom": { "type": "array", "items": { "type": "string" }, "description": "跳转到本条的旧地址。" },
        "problem": { "type": "string", "minLength": 1, "description": "问题（原文，段落之间以换行符 \\n 分隔）。" },
        "target": { "type": "string", "minLength": 1, "description": "整改目标（原文）。" },
        "measures": { "type": "string", "minLength": 1, "description": "整改措施（原文）。" },
        "result": { "type": "string", "minLength": 1, "description": "完成情况（原文）。" },
        "unitsText": { "type": ["string", "null"], "description": "原文中的责任单位部分；原文没有时为 null。" },
        "deadlineText": { "type": ["string", "null"], "description": "原文中的整改时限部分；原文没有时为 null。" },
        "sourceNote": { "type": ["string", "null"], "description": "原文中问题前后的说明文字（标题、公示期、联系电话、落款等）。" },
        "path": { "type": "string", "description": "页面地址，相对网站根目录，如 findings/27/。" },
        "url": { "type": ["string", "null"], "pattern": "^https?://", "description": "页面的绝对地址；未设置 Host 时为 null。" }
      }
    }
  }
}
""";
}
