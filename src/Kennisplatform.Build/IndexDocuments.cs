using Kennisplatform.Content;
using Kennisplatform.Pages;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>Maps rendered documents to what the search index holds.</summary>
public static class IndexDocuments
{
    /// <summary>The index entry of one public document.</summary>
    public static IndexDocument From(RenderedDocument rendered, Site site)
    {
        var d = rendered.Document;
        var extra = string.Join(" ", d.List("synonyms").Concat(d.Text("full") is { } full ? [full] : []));
        return new IndexDocument(
            d.Url,
            d.Type.Key(),
            d.Type.Label(),
            d.Title,
            d.Summary,
            rendered.Markdown.Headings.Select(h => h.Text).ToList(),
            string.Join(' ', new[] { extra, string.Join(" ", d.List("takeaways")), rendered.Markdown.PlainText }.Where(s => s.Length > 0)),
            d.Themes,
            d.Themes.Select(site.ThemeTitle).ToList(),
            d.Regions,
            d.Date?.ToIso(),
            d.Date?.ToDutch(),
            d.Date?.Start);
    }
}
