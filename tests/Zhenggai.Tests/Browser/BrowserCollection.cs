namespace Zhenggai.Tests.Browser;

/// <summary>
/// Put <c>[Collection(BrowserCollection.Name)]</c> on a test class and take a
/// <see cref="BrowserFixture"/> in its constructor: all such classes share one Chromium and run
/// one after another, which keeps a 2-core machine from starting a browser per class.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
