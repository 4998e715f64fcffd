using Kennisplatform.Contracts;

namespace Kennisplatform.Content;

/// <summary>One content file: immutable front matter and Markdown body, with its type, slug and URL.</summary>
public sealed record Document
{
    /// <summary>Path relative to the content folder, with forward slashes (<c>handreikingen/apv.md</c>).</summary>
    public required string SourcePath { get; init; }

    /// <summary>The type, decided by the folder.</summary>
    public required DocumentType Type { get; init; }

    /// <summary>The file name without extension (for a circle: its folder name).</summary>
    public required string Slug { get; init; }

    /// <summary>The site path, always with a trailing slash (<c>/handreikingen/apv/</c>).</summary>
    public required string Url { get; init; }

    /// <summary>For a meeting: the slug of its circle.</summary>
    public string? Circle { get; init; }

    /// <summary>The parsed front matter.</summary>
    public required FrontMatter FrontMatter { get; init; }

    /// <summary>The Markdown body.</summary>
    public string Body => FrontMatter.Body;

    /// <summary>This document without its Markdown body, once the body is rendered and checked (a build keeps its HTML).</summary>
    public Document WithoutBody() => this with { FrontMatter = FrontMatter.WithoutBody() };

    /// <summary>The title from front matter.</summary>
    public string Title => Text("title") ?? Slug;

    /// <summary>The summary from front matter.</summary>
    public string Summary => Text("summary") ?? "";

    /// <summary>The date from front matter, when valid.</summary>
    public PartialDate? Date => PartialDate.TryParse(Text("date"), out var d) ? d : null;

    /// <summary>The day the content was last checked (<c>last_reviewed</c>, required on guides), when valid; see <see cref="Freshness"/>.</summary>
    public PartialDate? LastReviewed => PartialDate.TryParse(Text("last_reviewed"), out var d) ? d : null;

    /// <summary>The substantive changes since first publication (<c>wijzigingen</c>), newest first.</summary>
    public IReadOnlyList<ChangeNote> ChangeNotes => FrontMatter.ChangeNotes;

    /// <summary>The organisation or team that keeps the page up to date (<c>eigenaar</c>), when named.</summary>
    public string? Owner => Text(Freshness.OwnerField)?.Trim();

    /// <summary>Theme slugs (for what is about themes in particular: related pages, labels on results).</summary>
    public IReadOnlyList<string> Themes => List("themes");

    /// <summary>The slugs of the terms of a taxonomy the page names (under the taxonomy's key).</summary>
    public IReadOnlyList<string> Terms(Taxonomy taxonomy) => List(taxonomy.Key);

    /// <summary>Slugs of the publications the page is based on.</summary>
    public IReadOnlyList<string> Sources => List("sources");

    /// <summary>Old paths that must keep leading here.</summary>
    public IReadOnlyList<string> Aliases => List("aliases");

    /// <summary>
    /// True for content of the closed part: marked <c>toegang: besloten</c>. (Professionals are not content: their
    /// profiles live in the network's database, never in the build.)
    /// </summary>
    public bool IsRestricted =>
        string.Equals(Text("toegang"), "besloten", StringComparison.OrdinalIgnoreCase);

    /// <summary>A scalar field's text, or null when absent or not a scalar.</summary>
    public string? Text(string key) => (FrontMatter[key]?.Value as FrontMatterScalar)?.Text is { Length: > 0 } t ? t : null;

    /// <summary>A list field's scalar items; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<string> List(string key) => FrontMatter[key]?.Value switch
    {
        FrontMatterList list => ScalarItems(list),
        FrontMatterScalar { Text.Length: > 0 } s => [s.Text],
        _ => [],
    };

    private static List<string> ScalarItems(FrontMatterList list)
    {
        var items = new List<string>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item is FrontMatterScalar { Text.Length: > 0 } s) items.Add(s.Text);
        }
        return items;
    }
}
