namespace Zhenggai.Import;

/// <summary>The published layouts the importer reads.</summary>
public enum SourceShape
{
    /// <summary>A Word table flattened to text: every cell starts with a TAB; 序号, 问题, 整改目标, 整改措施, 完成情况 cells in turn (the seeds).</summary>
    TableText,

    /// <summary>Label lines: 「整改任务：…」「整改目标：…」「整改措施：…」「整改完成情况：…」.</summary>
    LabelLines,

    /// <summary>Headed sections: 「一、整改任务内容」「二、整改目标」「三、整改措施」「四、整改完成情况」, text below each.</summary>
    HeadedSections,

    /// <summary>A two-column table flattened to alternating label and value lines (整改任务 / 责任单位 / 整改目标 / …).</summary>
    AlternatingLabels,

    /// <summary>A Word document (.docx) whose table's header row names the columns 序号, 问题, 整改目标, 整改措施, 完成情况 (<see cref="DocxSourceReader"/>).</summary>
    WordTable,
}
