using Zhenggai.Render.Views;

namespace Zhenggai.Render.Pages;

/// <summary>
/// Splits a long list into pages of <c>ListPageSize</c> rows. Page 1 keeps the list's own address,
/// so links made before a list grew still land on its start; page n is at <c>{list}page/n/</c>.
/// A reader on a phone gets a page of about 100 KB instead of the whole list (49 MB at 100,000
/// findings), and the build never holds a page of that size. A later page that a shorter list no
/// longer needs becomes a redirect to the list (RedirectPagesModule), like a status view that emptied.
/// </summary>
public sealed class ListPaging
{
    // First, last, and this many pages either side of the current one; the rest are an ellipsis.
    private const int Nearby = 2;

    private readonly int size;

    public ListPaging(int pageSize) => size = pageSize;

    /// <summary>The number of pages for <paramref name="rows"/> rows; at least 1, so an empty list still has its page.</summary>
    public int PageCount(int rows) => size <= 0 || rows <= size ? 1 : (rows + size - 1) / size;

    /// <summary>The rows of page <paramref name="page"/> (1-based) as an offset and a length.</summary>
    public (int Start, int Length) Slice(int rows, int page)
    {
        if (PageCount(rows) == 1) return (0, rows);
        var start = (page - 1) * size;
        return (start, Math.Min(size, rows - start));
    }

    /// <summary>The page (1-based) that row <paramref name="row"/> (0-based) of a list of <paramref name="rows"/> rows is on.</summary>
    public int PageOf(int rows, int row) => PageCount(rows) == 1 ? 1 : row / size + 1;

    /// <summary>The address of page <paramref name="page"/> of the list at <paramref name="listUrl"/> (a folder address ending in / or the site root "").</summary>
    public static string PageUrl(string listUrl, int page) => page == 1 ? listUrl : $"{listUrl}page/{page}/";

    /// <summary>The pager of page <paramref name="page"/>, or null when the list fits one page.</summary>
    public PagerView? Pager(string listUrl, int rows, int page)
    {
        var count = PageCount(rows);
        if (count == 1) return null;
        var (start, length) = Slice(rows, page);
        var links = new List<PagerLink>();
        var last = 0;
        for (var n = 1; n <= count; n++)
        {
            if (n != 1 && n != count && Math.Abs(n - page) > Nearby) continue;
            links.Add(new PagerLink(n, PageUrl(listUrl, n), n == page, GapBefore: last != 0 && n != last + 1));
            last = n;
        }
        return new PagerView
        {
            Page = page,
            PageCount = count,
            FirstRow = start + 1,
            LastRow = start + length,
            TotalRows = rows,
            PrevUrl = page > 1 ? PageUrl(listUrl, page - 1) : null,
            NextUrl = page < count ? PageUrl(listUrl, page + 1) : null,
            Links = links,
        };
    }
}
