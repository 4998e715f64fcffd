using Kennisplatform.Contracts;

namespace Kennisplatform.Content;

/// <summary>Checks documents against <see cref="ContentSchema"/> and against each other (references, URLs, aliases).</summary>
public static class ContentValidator
{
    /// <summary>
    /// All diagnostics for a set of documents, in file order: fields per <see cref="ContentSchema"/> with the taxonomies
    /// of the table; <paramref name="templateLines"/> holds per type the body lines of its editor template, which a page
    /// may not keep. <paramref name="across"/> is what <see cref="Across"/> gives for these documents, when a build
    /// remembered it; <paramref name="inBody"/> gives what <see cref="TemplateText.InBody"/> gives for a document and
    /// its type's template lines (a build keeps it with each file, so that unchanged bodies are not read). With
    /// <paramref name="only"/>, the checks of each document on its own run for those documents alone, against all the
    /// others: the diagnostics of those documents are the same, others' may be missing (the preview redoing one page).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Validate(IReadOnlyList<Document> documents, IReadOnlyList<Taxonomy> taxonomies,
        IReadOnlyDictionary<DocumentType, IReadOnlySet<string>>? templateLines = null, IReadOnlyList<Diagnostic>? across = null,
        Func<Document, IReadOnlySet<string>?, IEnumerable<Diagnostic>>? inBody = null, Func<Document, bool>? only = null)
    {
        inBody ??= TemplateText.InBody;
        var inBodies = documents.Where(only ?? (_ => true)).SelectMany(d => inBody(d, templateLines?.GetValueOrDefault(d.Type)));
        // A sort that keeps the order of equal places: body lines are after the front matter, so never equal to a place
        // of the other checks, and the order is the one of checking each document whole.
        return [.. (across ?? Across(documents, taxonomies, only)).Concat(inBodies)
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];
    }

    /// <summary>
    /// The diagnostics of every check but the template's lines left in bodies: these follow from the documents without
    /// their bodies (paths, types, addresses and front matter) and the taxonomy table alone, which is what a build
    /// keys them by to skip them when no document's front matter changed. With <paramref name="only"/>, the checks of
    /// each document on its own run for those documents alone (the checks between documents run for all).
    /// </summary>
    public static IReadOnlyList<Diagnostic> Across(IReadOnlyList<Document> documents, IReadOnlyList<Taxonomy> taxonomies, Func<Document, bool>? only = null)
    {
        var diagnostics = new List<Diagnostic>();
        var terms = taxonomies.ToDictionary(t => t.Key, t => TermPages(documents, t));
        var publications = SlugsOf(documents, DocumentType.Publicatie);
        var circles = SlugsOf(documents, DocumentType.Kenniskring);
        var references = new References(taxonomies, terms, publications, documents);

        var checkedOnes = only is null ? documents : documents.Where(only).ToList();
        foreach (var doc in checkedOnes)
        {
            ValidateFields(doc, references, diagnostics);
            diagnostics.AddRange(TemplateText.InFrontMatter(doc));
            if (doc.Type == DocumentType.Bijeenkomst && doc.Circle is { } circle && !circles.Contains(circle))
            {
                diagnostics.Add(Diagnostic.Error(doc.SourcePath, 1, 1,
                    $"meeting of kenniskring '{circle}', which has no 'kenniskringen/{circle}/index.md'"));
            }
            if (doc.Type == DocumentType.Pagina && (SitePaths.Reserved.Contains(doc.Url) || IsListing(doc.Url, taxonomies)))
            {
                diagnostics.Add(Diagnostic.Error(doc.SourcePath, 1, 1, $"the path {doc.Url} is used by the site itself; choose another file name"));
            }
        }
        ValidateUniqueUrls(documents, diagnostics);
        ValidateAliases(documents, taxonomies, diagnostics);
        GlossarySynonymRules.Validate(documents, diagnostics);
        diagnostics.AddRange(checkedOnes.SelectMany(ChangeNotes.Check));
        diagnostics.AddRange(Owners.Check(documents));
        return diagnostics;
    }

    // The listing of a type or of a taxonomy's terms.
    private static bool IsListing(string url, IReadOnlyList<Taxonomy> taxonomies) =>
        DocumentTypes.ByFolder.Values.Any(type => url.Equals($"/{type.UrlSegment()}/", StringComparison.OrdinalIgnoreCase)) ||
        taxonomies.Any(t => url.Equals(t.ListingUrl, StringComparison.OrdinalIgnoreCase));

    private static HashSet<string> SlugsOf(IEnumerable<Document> documents, DocumentType type) =>
        documents.Where(d => d.Type == type).Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<Document> TermPages(IEnumerable<Document> documents, Taxonomy taxonomy) =>
        documents.Where(d => d.Type.IsTermPage() && d.Url == taxonomy.TermUrl(d.Slug)).ToList();

    // What a value may refer to: the taxonomy table with the term pages of each taxonomy, and the publications.
    private sealed record References(IReadOnlyList<Taxonomy> Taxonomies, IReadOnlyDictionary<string, IReadOnlyList<Document>> Terms,
        IReadOnlySet<string> Publications, IReadOnlyList<Document> Documents);

    private static void ValidateFields(Document doc, References references, List<Diagnostic> diagnostics)
    {
        var path = doc.SourcePath;
        var rules = ContentSchema.For(doc.Type, references.Taxonomies);
        var root = doc.FrontMatter.Root;
        foreach (var rule in rules)
        {
            var field = root[rule.Name];
            if (field is null || IsEmpty(field.Value))
            {
                if (rule.Required)
                {
                    var line = field?.Line ?? root.Line;
                    diagnostics.Add(Diagnostic.Error(path, field?.Line ?? Math.Max(2, line), field?.Column ?? 1,
                        $"missing required field '{rule.Name}' for a {doc.Type.Key()}"));
                }
                continue;
            }
            if (rule.Kind == FieldKind.ChangeNotes) continue; // ChangeNotes.Check reads the whole list
            CheckValue(path, rule, field, references, diagnostics);
        }
        var known = rules.Select(r => r.Name).ToList();
        foreach (var field in root.Fields.Where(f => !known.Contains(f.Key)))
        {
            var message = $"unknown field '{field.Key}' for a {doc.Type.Key()}{DidYouMean.Hint(field.Key, known)}";
            diagnostics.Add(MayDecideAccess(field)
                ? Diagnostic.Error(path, field.Line, field.Column, message + "; access is decided only by 'toegang: besloten' or 'toegang: openbaar'")
                : Diagnostic.Warning(path, field.Line, field.Column, message));
        }
    }

    // A mistyped access key would silently publish closed content, so it fails the build (fail closed): a key close
    // to 'toegang' in any case ("Toegang", "toegan"), or any unknown key given an access value ("access: besloten").
    private static bool MayDecideAccess(FrontMatterField field) =>
        DidYouMean.Closest(field.Key, [AccessField]) is not null ||
        field.Value is FrontMatterScalar { Text: var text } && text.Trim().ToLowerInvariant() is "besloten" or "openbaar";

    private const string AccessField = "toegang";

    private static bool IsEmpty(FrontMatterNode node) => node switch
    {
        FrontMatterScalar s => string.IsNullOrWhiteSpace(s.Text),
        FrontMatterList l => l.Items.Count == 0,
        _ => false,
    };

    private static void CheckValue(string path, FieldRule rule, FrontMatterField field, References references, List<Diagnostic> diagnostics)
    {
        var (publications, documents) = (references.Publications, references.Documents);
        var node = field.Value;
        var isList = rule.Kind is FieldKind.TextList or FieldKind.TermList or FieldKind.PublicationList or FieldKind.PathList;
        if (node is FrontMatterMap)
        {
            diagnostics.Add(Diagnostic.Error(path, node.Line, node.Column,
                $"field '{rule.Name}' must be {(isList ? "a list" : "a single value")}, not a set of fields"));
            return;
        }
        if (!isList && node is FrontMatterList)
        {
            diagnostics.Add(Diagnostic.Error(path, node.Line, node.Column, $"field '{rule.Name}' must be a single value, not a list"));
            return;
        }
        var items = node is FrontMatterList list ? list.Items : [node];
        foreach (var item in items)
        {
            if (item is not FrontMatterScalar scalar)
            {
                diagnostics.Add(Diagnostic.Error(path, item.Line, item.Column, $"items of '{rule.Name}' must be plain values"));
                continue;
            }
            var value = scalar.Text.Trim();
            var error = rule.Kind switch
            {
                FieldKind.Date when !PartialDate.TryParse(value, out _) =>
                    $"invalid date '{value}' in '{rule.Name}': use ISO 8601, e.g. 2021-05-01 (or 2021-05, 2021)",
                FieldKind.Day when !PartialDate.TryParse(value, out var day) || day.Precision != DatePrecision.Day =>
                    $"invalid date '{value}' in '{rule.Name}': give the full date as YYYY-MM-DD, e.g. 2022-11-14",
                FieldKind.PublicationOrUrl when !IsPublicationOrUrl(value, publications) =>
                    $"'{rule.Name}' must be a publication slug{DidYouMean.Hint(value, publications)} or an https:// address, not '{value}'",
                FieldKind.Boolean when value is not ("true" or "false") => $"field '{rule.Name}' must be true or false, not '{value}'",
                FieldKind.Choice when !rule.Choices!.Contains(value) =>
                    $"invalid value '{value}' for '{rule.Name}'{DidYouMean.Hint(value, rule.Choices!)}; allowed: {string.Join(", ", rule.Choices!)}",
                FieldKind.TermList when UnknownTerm(value, rule, references) is { } unknown => unknown,
                FieldKind.PublicationList when !publications.Contains(value) =>
                    $"unknown publication '{value}' in '{rule.Name}'{ReferenceHint.For(value, documents, DocumentType.Publicatie)}; sources are the files in content/publicaties/",
                FieldKind.PathList when !value.StartsWith('/') =>
                    $"alias '{value}' must be a site path starting with '/'",
                _ => null,
            };
            if (error is not null) diagnostics.Add(Diagnostic.Error(path, scalar.Line, scalar.Column, error));
        }
    }

    private static string? UnknownTerm(string value, FieldRule rule, References references)
    {
        if (references.Taxonomies.FirstOrDefault(t => t.Key == rule.Taxonomy) is not { } taxonomy) return null;
        var terms = references.Terms[taxonomy.Key];
        return terms.Any(t => t.Slug == value)
            ? null
            : $"unknown {taxonomy.Term} '{value}'{ReferenceHint.Among(value, terms)}; {taxonomy.Key} are the files in content/{taxonomy.Folder}/";
    }

    private static bool IsPublicationOrUrl(string value, IReadOnlySet<string> publications) =>
        publications.Contains(value) ||
        value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && ExternalAddress.Problem(value) is null;

    // Two files can only share a URL when they differ in case (Handreiking.md, handreiking.md on a case-sensitive disk).
    private static void ValidateUniqueUrls(IReadOnlyList<Document> documents, List<Diagnostic> diagnostics)
    {
        foreach (var group in documents.GroupBy(d => d.Url, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(other.SourcePath, 1, 1, $"duplicate slug: {other.Url} is also the URL of {first.SourcePath}"));
            }
        }
    }

    private static void ValidateAliases(IReadOnlyList<Document> documents, IReadOnlyList<Taxonomy> taxonomies, List<Diagnostic> diagnostics)
    {
        var pages = documents.ToDictionary(d => d.Url, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
        foreach (var doc in documents)
        {
            if (doc.FrontMatter["aliases"]?.Value is not { } node) continue;
            var items = node is FrontMatterList l ? l.Items : [node];
            foreach (var scalar in items.OfType<FrontMatterScalar>().Where(s => s.Text.StartsWith('/')))
            {
                var alias = NormalizePath(scalar.Text);
                string? error = null;
                if (pages.TryGetValue(alias, out var page))
                    error = $"alias {alias} collides with the page {page.SourcePath}";
                else if (seen.TryGetValue(alias, out var other) && other != doc)
                    error = $"alias {alias} is also an alias of {other.SourcePath}";
                else if (SitePaths.Reserved.Contains(alias) || IsListing(alias, taxonomies))
                    error = $"alias {alias} is a path the site itself uses";
                if (error is not null) diagnostics.Add(Diagnostic.Error(doc.SourcePath, scalar.Line, scalar.Column, error));
                else seen[alias] = doc;
            }
        }
    }

    /// <summary>A site path with a trailing slash, without query or fragment.</summary>
    public static string NormalizePath(string path)
    {
        var p = path.Split('#', '?')[0];
        if (!p.StartsWith('/')) p = "/" + p;
        if (p.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase)) p = p[..^"index.html".Length];
        return p.EndsWith('/') || Path.HasExtension(p) ? p : p + "/";
    }
}
