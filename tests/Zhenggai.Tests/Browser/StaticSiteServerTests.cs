using System.Net;

namespace Zhenggai.Tests.Browser;

public sealed class StaticSiteServerTests
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Theory]
    [InlineData("", "text/html; charset=utf-8")]
    [InlineData("style.css", "text/css; charset=utf-8")]
    [InlineData("mark.svg", "image/svg+xml")]
    [InlineData("data.json", "application/json; charset=utf-8")]
    [InlineData("findings/1/", "text/html; charset=utf-8")]
    public async Task Serves_files_with_their_content_type_under_a_sub_path(string relative, string contentType)
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, "/sub/path/");

        using var response = await Http.GetAsync(server.Url(relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.StartsWith($"http://127.0.0.1:{server.Port}/sub/path/", server.Url(relative));
    }

    [Fact]
    public async Task Folder_serves_its_index_html_byte_for_byte()
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, "/sub/path/");

        var body = await Http.GetByteArrayAsync(server.Url("findings/1/"));

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(FixtureSites.Good, "findings", "1", "index.html")), body);
    }

    [Theory]
    [InlineData("/sub/path", "/sub/path/")]
    [InlineData("/sub/path/findings/1", "/sub/path/findings/1/")]
    public async Task Folder_address_without_slash_redirects_to_it(string path, string location)
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, "/sub/path/");

        using var response = await Http.GetAsync($"http://127.0.0.1:{server.Port}{path}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/sub/path/no-such-page/")]
    [InlineData("/index.html")]
    [InlineData("/sub/path/%2e%2e/%2e%2e/Zhenggai.Tests.csproj")]
    [InlineData("/sub/path/..%2fbroken/index.html")]
    public async Task Misses_outside_the_mount_and_escapes_get_the_sites_404_page(string path)
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Good, "/sub/path/");

        using var response = await Http.GetAsync($"http://127.0.0.1:{server.Port}{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync());
        Assert.Single(server.Misses);
    }

    [Fact]
    public async Task Site_without_404_page_gets_a_plain_one()
    {
        await using var server = StaticSiteServer.Start(FixtureSites.Broken);

        using var response = await Http.GetAsync(server.Url("nothing-here"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("404 Not Found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_servers_get_different_ports()
    {
        await using var first = StaticSiteServer.Start(FixtureSites.Good);
        await using var second = StaticSiteServer.Start(FixtureSites.Good);

        Assert.NotEqual(first.Port, second.Port);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(second.Url())).StatusCode);
    }
}
