namespace Zhenggai.Records;

/// <summary>
/// The fields of a record that belong to the editor once the record exists: title, themes,
/// status, status_text, units, deadlines, redirect_from and updated. A re-import replaces the
/// official text, the 序号 label and the source fields, and keeps these.
/// </summary>
public static class EditorialFields
{
    /// <summary><paramref name="imported"/> with the editorial fields of <paramref name="existing"/>.</summary>
    public static FindingRecord Keep(FindingRecord imported, FindingRecord existing) => imported with
    {
        Title = existing.Title,
        Themes = existing.Themes,
        Status = existing.Status,
        StatusText = existing.StatusText,
        Units = existing.Units,
        Deadlines = existing.Deadlines,
        RedirectFrom = existing.RedirectFrom,
        Updated = existing.Updated,
    };
}
