using Zhenggai.Render.Pages;

namespace Zhenggai.Tests.Render;

/// <summary>How a list is cut into pages and which page numbers its pager shows.</summary>
public sealed class ListPagingTests
{
    [Theory]
    [InlineData(200, 0, 1)]
    [InlineData(200, 200, 1)]
    [InlineData(200, 201, 2)]
    [InlineData(200, 100_000, 500)]
    [InlineData(0, 100_000, 1)]
    [InlineData(3, 20, 7)]
    public void A_list_has_as_many_pages_as_its_rows_need_and_at_least_one(int size, int rows, int pages) =>
        Assert.Equal(pages, new ListPaging(size).PageCount(rows));

    [Fact]
    public void The_slices_cover_every_row_once_in_order()
    {
        for (var size = 1; size <= 7; size++)
            for (var rows = 0; rows <= 30; rows++)
            {
                var paging = new ListPaging(size);
                var covered = Enumerable.Range(1, paging.PageCount(rows))
                    .SelectMany(p => { var (start, length) = paging.Slice(rows, p); return Enumerable.Range(start, length); });
                Assert.Equal(Enumerable.Range(0, rows), covered);
            }
    }

    [Fact]
    public void Page_one_keeps_the_list_address_and_later_pages_sit_under_it()
    {
        Assert.Equal("themes/water/", ListPaging.PageUrl("themes/water/", 1));
        Assert.Equal("themes/water/page/2/", ListPaging.PageUrl("themes/water/", 2));
        Assert.Equal("page/3/", ListPaging.PageUrl("", 3));
    }

    [Fact]
    public void A_list_that_fits_one_page_has_no_pager()
    {
        Assert.Null(new ListPaging(200).Pager("findings/", 200, 1));
        Assert.Null(new ListPaging(0).Pager("findings/", 100_000, 1));
    }

    [Fact]
    public void The_pager_shows_first_last_and_nearby_pages_with_gaps_between()
    {
        var pager = new ListPaging(10).Pager("findings/", 195, 10)!;
        Assert.Equal([1, 8, 9, 10, 11, 12, 20], pager.Links.Select(l => l.Number));
        Assert.Equal([false, true, false, false, false, false, true], pager.Links.Select(l => l.GapBefore));
        Assert.Equal(10, Assert.Single(pager.Links, l => l.Current).Number);
        Assert.Equal(("findings/page/9/", "findings/page/11/"), (pager.PrevUrl, pager.NextUrl));
        Assert.Equal((91, 100, 195, 20), (pager.FirstRow, pager.LastRow, pager.TotalRows, pager.PageCount));

        var last = new ListPaging(10).Pager("findings/", 195, 20)!;
        Assert.Equal((191, 195), (last.FirstRow, last.LastRow));
        Assert.Null(last.NextUrl);
        Assert.Equal([1, 18, 19, 20], last.Links.Select(l => l.Number));
        var first = new ListPaging(10).Pager("findings/", 195, 1)!;
        Assert.Null(first.PrevUrl);
        Assert.Equal("findings/", first.Links[0].Url);
        Assert.Equal([1, 2, 3, 20], first.Links.Select(l => l.Number));
    }
}
