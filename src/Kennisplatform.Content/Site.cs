namespace Kennisplatform.Content;

/// <summary>The public documents of a build with the lookups the pages need (by URL, type, theme, region).</summary>
public sealed class Site
{
    private readonly Dictionary<string, Document> _byUrl;
    private readonly Dictionary<(DocumentType, string), Document> _bySlug;

    /// <summary>Builds the lookups; documents are ordered newest first.</summary>
    public Site(IEnumerable<Document> documents)
    {
        Documents = documents
            .OrderByDescending(d => d.Date?.Start ?? DateOnly.MinValue)
            .ThenBy(d => d.Title, StringComparer.CurrentCulture)
            .ToList();
        _byUrl = Documents.ToDictionary(d => d.Url, StringComparer.OrdinalIgnoreCase);
        _bySlug = Documents.Where(d => d.Type != DocumentType.Bijeenkomst).ToDictionary(d => (d.Type, d.Slug));
    }

    /// <summary>All documents, newest first.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>The document at a site path, or null.</summary>
    public Document? ByUrl(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The document of a type with a slug (not for meetings), or null.</summary>
    public Document? BySlug(DocumentType type, string slug) => _bySlug.GetValueOrDefault((type, slug));

    /// <summary>Documents of one type, newest first.</summary>
    public IEnumerable<Document> OfType(DocumentType type) => Documents.Where(d => d.Type == type);

    /// <summary>Themes sorted by title.</summary>
    public IReadOnlyList<Document> Themes => OfType(DocumentType.Thema).OrderBy(d => d.Title, StringComparer.CurrentCulture).ToList();

    /// <summary>Regions sorted by title, RIEC regions first.</summary>
    public IReadOnlyList<Document> Regions => OfType(DocumentType.Regio)
        .OrderBy(d => d.Text("riec") == "false").ThenBy(d => d.Title, StringComparer.CurrentCulture).ToList();

    /// <summary>Documents that name a theme.</summary>
    public IEnumerable<Document> WithTheme(string slug) => Documents.Where(d => d.Themes.Contains(slug));

    /// <summary>Documents that name a region.</summary>
    public IEnumerable<Document> WithRegion(string slug) => Documents.Where(d => d.Regions.Contains(slug));

    /// <summary>The slug of the region for national work (a region page of its own, not a RIEC region).</summary>
    public const string NationalRegion = "landelijk";

    /// <summary>
    /// What belongs to a region, newest first: the practices, guides, circles, meetings, webinars and publications
    /// that name it, plus the national guides (handreikingen without a region or marked landelijk), which apply in
    /// every region. The region page, its JSON list and its feed all show this set.
    /// </summary>
    public IEnumerable<Document> InRegion(string slug) => Documents
        .Where(d => d.Type is not (DocumentType.Thema or DocumentType.Regio or DocumentType.Pagina or DocumentType.Begrip))
        .Where(d => d.Regions.Contains(slug) || d.Type == DocumentType.Handreiking && (d.Regions.Count == 0 || d.Regions.Contains(NationalRegion)));

    /// <summary>The meetings of a circle, newest first.</summary>
    public IEnumerable<Document> MeetingsOf(string circle) =>
        Documents.Where(d => d.Type == DocumentType.Bijeenkomst && d.Circle == circle);

    /// <summary>Title of a theme slug (the slug itself when unknown).</summary>
    public string ThemeTitle(string slug) => BySlug(DocumentType.Thema, slug)?.Title ?? slug;

    /// <summary>Title of a region slug (the slug itself when unknown).</summary>
    public string RegionTitle(string slug) => BySlug(DocumentType.Regio, slug)?.Title ?? slug;
}
