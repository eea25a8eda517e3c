namespace Zhenggai.Render.Views;

/// <summary>A month in the timeline's jump list: its commitments across all pages, the page it starts on, and that page's address with the month's anchor.</summary>
public sealed record TimelineIndexEntry(string Id, string Heading, int Count, int Page, string Url);
