using Kennisplatform.Contracts;

namespace Kennisplatform.Content;

/// <summary>The public documents of a build with the lookups the pages need (by URL, type, taxonomy term).</summary>
public sealed class Site
{
    private readonly Dictionary<string, Document> _byUrl;
    private readonly Dictionary<(DocumentType, string), Document> _bySlug;

    private readonly Dictionary<string, IReadOnlyList<Document>> _terms;
    private readonly Dictionary<string, (Taxonomy Taxonomy, Dictionary<string, List<int>> Named, List<int> Everywhere)> _members;

    /// <summary>Builds the lookups; documents are ordered newest first.</summary>
    public Site(IEnumerable<Document> documents, IReadOnlyList<Taxonomy> taxonomies)
    {
        Taxonomies = taxonomies;
        Documents = documents
            .OrderByDescending(d => d.Date?.Start ?? DateOnly.MinValue)
            .ThenBy(d => d.Title, StringComparer.CurrentCulture)
            .ToList();
        _byUrl = Documents.ToDictionary(d => d.Url, StringComparer.OrdinalIgnoreCase);
        _bySlug = Documents.Where(d => d.Type != DocumentType.Bijeenkomst).ToDictionary(d => (d.Type, d.Slug));
        _terms = taxonomies.ToDictionary(t => t.Key, t => Sorted(Documents.Where(d => TaxonomyOf(d) == t), t));
        _members = taxonomies.DistinctBy(t => t.Key).ToDictionary(t => t.Key, MembersOf);
    }

    // Per term, the positions (newest first) of the pages that name it; apart, those that belong to every term.
    private (Taxonomy Taxonomy, Dictionary<string, List<int>> Named, List<int> Everywhere) MembersOf(Taxonomy taxonomy)
    {
        var named = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var everywhere = new List<int>();
        for (var i = 0; i < Documents.Count; i++)
        {
            var d = Documents[i];
            if (d.Type.IsReference()) continue;
            foreach (var term in d.Terms(taxonomy))
            {
                if (!named.TryGetValue(term, out var list)) named[term] = list = [];
                // A term the page names twice counts once: the page is then the last of its list already.
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
            if (AppliesEverywhere(taxonomy, d)) everywhere.Add(i);
        }
        return (taxonomy, named, everywhere);
    }

    // Sorted by the table's keys in turn, a leading '-' for descending.
    private static IReadOnlyList<Document> Sorted(IEnumerable<Document> terms, Taxonomy taxonomy)
    {
        string Value(Document d, string key) => key == "title" ? d.Title : d.Text(key) ?? "";
        IOrderedEnumerable<Document>? sorted = null;
        foreach (var order in taxonomy.Order)
        {
            var key = order.TrimStart('-');
            Func<Document, string> by = d => Value(d, key);
            sorted = (sorted, order.StartsWith('-')) switch
            {
                (null, false) => terms.OrderBy(by, StringComparer.CurrentCulture),
                (null, true) => terms.OrderByDescending(by, StringComparer.CurrentCulture),
                (_, false) => sorted.ThenBy(by, StringComparer.CurrentCulture),
                (_, true) => sorted.ThenByDescending(by, StringComparer.CurrentCulture),
            };
        }
        return (sorted ?? terms.OrderBy(d => d.Title, StringComparer.CurrentCulture)).ToList();
    }

    /// <summary>All documents, newest first.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>The document at a site path, or null.</summary>
    public Document? ByUrl(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The document of a type with a slug (not for meetings), or null.</summary>
    public Document? BySlug(DocumentType type, string slug) => _bySlug.GetValueOrDefault((type, slug));

    /// <summary>Documents of one type, newest first.</summary>
    public IEnumerable<Document> OfType(DocumentType type) => Documents.Where(d => d.Type == type);

    /// <summary>The taxonomy table (<see cref="TaxonomyTable"/>), in its order.</summary>
    public IReadOnlyList<Taxonomy> Taxonomies { get; }

    /// <summary>The taxonomy with a key (<c>themes</c>), or null.</summary>
    public Taxonomy? Taxonomy(string key) => Taxonomies.FirstOrDefault(t => t.Key == key);

    /// <summary>The term pages of a taxonomy, in the order the table gives (by title unless it says otherwise).</summary>
    public IReadOnlyList<Document> Terms(Taxonomy taxonomy) => _terms.GetValueOrDefault(taxonomy.Key) ?? [];

    /// <summary>The taxonomy of which a document is a term page, or null.</summary>
    public Taxonomy? TaxonomyOf(Document d) =>
        d.Type.IsTermPage() ? Taxonomies.FirstOrDefault(t => d.Url.StartsWith(t.ListingUrl, StringComparison.Ordinal)) : null;

    /// <summary>The term page of a slug in a taxonomy, or null.</summary>
    public Document? Term(Taxonomy taxonomy, string slug) => ByUrl(taxonomy.TermUrl(slug));

    /// <summary>Title of a term (the slug itself when unknown).</summary>
    public string TermTitle(Taxonomy taxonomy, string slug) => Term(taxonomy, slug)?.Title ?? slug;

    /// <summary>Themes sorted by title: the home page's cards and related pages are about themes in particular.</summary>
    public IReadOnlyList<Document> Themes => OfType(DocumentType.Thema).OrderBy(d => d.Title, StringComparer.CurrentCulture).ToList();

    /// <summary>Title of a theme slug (the slug itself when unknown).</summary>
    public string ThemeTitle(string slug) => BySlug(DocumentType.Thema, slug)?.Title ?? slug;

    /// <summary>
    /// What belongs to a term, newest first: the pages of content types (not reference pages) that name it, plus, when
    /// the taxonomy has a term for work that applies everywhere, the pages of its types that name that term or no term
    /// at all (the national guides belong to every region). The term page, its JSON list and its feed all show this set.
    /// </summary>
    public IEnumerable<Document> Members(Taxonomy taxonomy, string slug)
    {
        // A taxonomy that is not this site's own (a caller's copy) gets its positions worked out now, by the same rule.
        if (!_members.TryGetValue(taxonomy.Key, out var members) || !Equals(members.Taxonomy, taxonomy)) members = MembersOf(taxonomy);
        // The two lists of positions merged in order, a page in both once.
        var named = members.Named.GetValueOrDefault(slug) ?? [];
        var everywhere = members.Everywhere;
        var result = new List<Document>(named.Count + everywhere.Count);
        int n = 0, e = 0;
        while (n < named.Count || e < everywhere.Count)
        {
            var next = e == everywhere.Count || n < named.Count && named[n] <= everywhere[e] ? named[n] : everywhere[e];
            if (n < named.Count && named[n] == next) n++;
            if (e < everywhere.Count && everywhere[e] == next) e++;
            result.Add(Documents[next]);
        }
        return result;
    }

    private static bool AppliesEverywhere(Taxonomy taxonomy, Document d) =>
        taxonomy.Everywhere is { } everywhere && taxonomy.EverywhereTypes.Contains(d.Type.Key()) &&
        (d.Terms(taxonomy).Count == 0 || d.Terms(taxonomy).Contains(everywhere));

    /// <summary>The meetings of a circle, newest first.</summary>
    public IEnumerable<Document> MeetingsOf(string circle) =>
        Documents.Where(d => d.Type == DocumentType.Bijeenkomst && d.Circle == circle);
}
