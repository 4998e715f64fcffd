using Kennisplatform.Contracts;
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
        var terms = Terms(d, site);
        return new IndexDocument(
            d.Url,
            d.Type.Key(),
            d.Type.Label(),
            d.Title,
            d.Summary,
            aliases.Concat(rendered.Markdown.Headings.Select(h => h.Text)).ToList(),
            string.Join(' ', new[] { string.Join(" ", d.List("takeaways")), rendered.Markdown.PlainText }.Where(s => s.Length > 0)),
            terms,
            ThemeLabels(d, site),
            d.Date?.ToIso(),
            d.Date?.ToDutch(),
            // Reference pages have no publication date: sorting by date orders the publications by their own dates.
            d.Type.IsReference() ? null : d.Date?.Start,
            Weight(d.Type),
            d.IsRestricted,
            Freshness.NewsDate(d),
            Freshness.LatestChange(d)?.Text);
    }

    /// <summary>
    /// What the index entry of <paramref name="d"/> takes from the rest of the site: the titles of its themes. Everything
    /// else in it follows from its own file, the taxonomy table and the code, which its content key covers, so the content
    /// key and this make the input key of the entry (<see cref="IndexInput"/>).
    /// </summary>
    public static string SiteKey(Document d, Site site)
    {
        var key = new System.Text.StringBuilder();
        // Each title after its length: no two lists of titles give the same key.
        foreach (var title in ThemeLabels(d, site)) key.Append(title.Length).Append(':').Append(title);
        return key.ToString();
    }

    private static Dictionary<string, IReadOnlyList<string>> Terms(Document d, Site site)
    {
        var own = site.TaxonomyOf(d);
        return site.Taxonomies.ToDictionary(t => t.Key, t => TermsOf(d, t, own));
    }

    // A term page belongs to its own term (a theme page to its theme), for the filters and for related pages.
    private static IReadOnlyList<string> TermsOf(Document d, Taxonomy taxonomy, Taxonomy? own) =>
        taxonomy == own ? d.Terms(taxonomy).Prepend(d.Slug).Distinct().ToList() : d.Terms(taxonomy);

    // The titles of the document's themes: in its index entry, and all its entry takes from the rest of the site
    // (SiteKey, asked of every document on every build: only the themes' terms are worked out, not every taxonomy's).
    private static List<string> ThemeLabels(Document d, Site site) =>
        site.Taxonomies.FirstOrDefault(t => t.Key == IndexFields.Themes) is { } themes
            ? TermsOf(d, themes, site.TaxonomyOf(d)).Select(site.ThemeTitle).ToList()
            : [];
}
