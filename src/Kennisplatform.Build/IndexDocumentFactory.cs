using Kennisplatform.Content;
using Kennisplatform.Pages;
using Kennisplatform.Search;

namespace Kennisplatform.Build;

/// <summary>Maps rendered documents to what the search index holds.</summary>
public static class IndexDocumentFactory
{
    /// <summary>
    /// How much a match on a page of each type counts. Theme pages are the entry points to a subject, so a search for
    /// a subject lands there; glossary entries and single meetings are short and would otherwise win on length alone.
    /// </summary>
    public static float Weight(DocumentType type) => type switch
    {
        DocumentType.Thema => 1.5f,
        DocumentType.Handreiking => 1.4f,
        DocumentType.Praktijkvoorbeeld => 1.3f,
        DocumentType.Kenniskring => 1.2f,
        DocumentType.Publicatie => 1.1f,
        DocumentType.Regio => 1.0f,
        DocumentType.Bijeenkomst or DocumentType.Webinar => 0.8f,
        // A news item points to the pages it concerns: those pages answer the question better than the item.
        DocumentType.Nieuws => 0.5f,
        DocumentType.Begrip => 0.8f,
        _ => 0.6f,
    };

    /// <summary>The index entry of one public document.</summary>
    public static IndexDocument From(RenderedDocument rendered, Site site)
    {
        var d = rendered.Document;
        // Synonyms and the full form are searched with the headings, not the body: the body is what snippets show, and a
        // raw list of synonyms is no sentence to show a reader.
        var aliases = d.List("synonyms").Concat(d.Text("full") is { } full ? [full] : []);
        // A term page belongs to its own term (a theme page to its theme), for the filters and for related pages.
        var own = site.TaxonomyOf(d);
        var terms = site.Taxonomies.ToDictionary(t => t.Key,
            t => t == own ? d.Terms(t).Prepend(d.Slug).Distinct().ToList() : (IReadOnlyList<string>)d.Terms(t));
        var themes = terms.GetValueOrDefault(IndexFields.Themes) ?? [];
        return new IndexDocument(
            d.Url,
            d.Type.Key(),
            d.Type.Label(),
            d.Title,
            d.Summary,
            aliases.Concat(rendered.Markdown.Headings.Select(h => h.Text)).ToList(),
            string.Join(' ', new[] { string.Join(" ", d.List("takeaways")), rendered.Markdown.PlainText }.Where(s => s.Length > 0)),
            terms,
            themes.Select(site.ThemeTitle).ToList(),
            d.Date?.ToIso(),
            d.Date?.ToDutch(),
            // Reference pages have no publication date: sorting by date orders the publications by their own dates.
            d.Type.IsReference() ? null : d.Date?.Start,
            Weight(d.Type),
            d.IsRestricted,
            Freshness.NewsDate(d),
            Freshness.LatestChange(d)?.Text);
    }
}
