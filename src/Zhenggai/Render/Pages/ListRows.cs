using Zhenggai.Records;
using Zhenggai.Render.Views;

namespace Zhenggai.Render.Pages;

/// <summary>
/// What the list pages need of each finding, taken from the records once, by the finding's position
/// in them: its row, its status as an index into <see cref="FindingStatus.All"/>, and the findings
/// of each theme. Lists are then arrays of positions. The list pages filter and count every list
/// once per status view; done over the records themselves, at 100,000 findings (records spread over
/// a heap of a gigabyte or more) that took 4 s of the process phase against 0.15 s at 10,000.
/// </summary>
internal sealed class ListRows
{
    private readonly FindingRow[] _rows;
    private readonly int[] _status;
    private readonly int[][] _themes;

    private ListRows(FindingRow[] rows, int[] status, int[][] themes)
    {
        _rows = rows;
        _status = status;
        _themes = themes;
    }

    /// <param name="themeKeys">The settings' themes, in their order; <see cref="InTheme"/> takes a position in it.</param>
    public static ListRows Of(SiteViews views, IReadOnlyList<FindingRecord> records, IReadOnlyList<string> themeKeys)
    {
        var themeIndex = new Dictionary<string, int>(themeKeys.Count, StringComparer.Ordinal);
        for (var t = 0; t < themeKeys.Count; t++) themeIndex.TryAdd(themeKeys[t], t);
        var rows = new FindingRow[records.Count];
        var status = new int[records.Count];
        var themes = new List<int>[themeKeys.Count];
        for (var t = 0; t < themes.Length; t++) themes[t] = [];
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            rows[i] = views.Row(r);
            status[i] = FindingStatus.IndexOf(r.Status);
            foreach (var key in r.Themes)
                // A record that names a theme twice is listed once.
                if (themeIndex.TryGetValue(key, out var t) && (themes[t].Count == 0 || themes[t][^1] != i))
                    themes[t].Add(i);
        }
        return new ListRows(rows, status, themes.Select(t => t.ToArray()).ToArray());
    }

    /// <summary>The findings of the settings' theme at <paramref name="theme"/>, in record order.</summary>
    public int[] InTheme(int theme) => _themes[theme];

    /// <summary>How many of <paramref name="list"/> have each of <see cref="FindingStatus.All"/>.</summary>
    public int[] CountByStatus(int[] list)
    {
        var counts = new int[FindingStatus.All.Count];
        foreach (var i in list)
            if (_status[i] >= 0) counts[_status[i]]++;
        return counts;
    }

    /// <summary>The findings of <paramref name="list"/> whose status is <see cref="FindingStatus.All"/>[<paramref name="status"/>], in order.</summary>
    public int[] WithStatus(int[] list, int status) => Array.FindAll(list, i => _status[i] == status);

    /// <summary>The rows of <paramref name="length"/> findings of <paramref name="list"/> from <paramref name="start"/>.</summary>
    public List<FindingRow> Rows(int[] list, int start, int length)
    {
        var rows = new List<FindingRow>(length);
        for (var k = start; k < start + length; k++) rows.Add(_rows[list[k]]);
        return rows;
    }
}
