namespace Zhenggai.Tests.Browser;

/// <summary>The hand-written sites in Browser/Fixtures that prove the harness can pass and fail.</summary>
public static class FixtureSites
{
    /// <summary>Accessible, valid pages under a strict Content-Security-Policy: every check should pass.</summary>
    public static string Good => RepositoryRoot.Combine("tests", "Zhenggai.Tests", "Browser", "Fixtures", "site");

    /// <summary>A page with deliberate faults: no lang, an img without alt, a stray end tag, a 600px block.</summary>
    public static string Broken => RepositoryRoot.Combine("tests", "Zhenggai.Tests", "Browser", "Fixtures", "broken");
}
