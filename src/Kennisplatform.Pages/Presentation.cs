using Kennisplatform.Content;
using Kennisplatform.Contracts;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Pages;

/// <summary>Small mappings from content to what the theme shows: list items, links, breadcrumbs.</summary>
public static class Presentation
{
    /// <summary>A document as an entry in a list.</summary>
    public static ListingItem Item(Document d) =>
        new(d.Title, d.Url, d.Type.Label(), d.Summary, d.Date?.ToDutch(), d.Date?.ToIso());

    /// <summary>The start of the closed part.</summary>
    public static readonly Link RestrictedHome = new("Besloten deel", SitePaths.Restricted);

    /// <summary>The home crumb.</summary>
    public static readonly Link Home = new("Home", "/");

    /// <summary>Breadcrumbs above a document: home, its listing, and for a meeting its circle.</summary>
    public static IReadOnlyList<Link> Breadcrumbs(Document d, Site site)
    {
        if (d.Type == DocumentType.Pagina) return d.Url == "/" ? [] : [Home];
        if (d.IsRestricted) return [Home, RestrictedHome];
        var crumbs = new List<Link> { Home, site.TaxonomyOf(d) is { } taxonomy
            ? new Link(taxonomy.PluralLabel, taxonomy.ListingUrl)
            : new Link(d.Type == DocumentType.Bijeenkomst ? "Kenniskringen" : ListingTitle(d.Type), $"/{d.Type.UrlSegment()}/") };
        if (d.Circle is { } circle && site.BySlug(DocumentType.Kenniskring, circle) is { } ring)
        {
            crumbs.Add(new Link(ring.Title, ring.Url));
        }
        return crumbs;
    }

    /// <summary>Links to the term pages of a list of slugs (plain text for a slug without a page).</summary>
    public static IReadOnlyList<Link> TermLinks(Taxonomy? taxonomy, IEnumerable<string> slugs, Site site) =>
        slugs.Select(s => taxonomy is not null && site.Term(taxonomy, s) is { } t ? new Link(t.Title, t.Url) : new Link(s, "")).ToList();

    /// <summary>Plain-text values.</summary>
    public static IReadOnlyList<Link> Texts(IEnumerable<string> values) => values.Select(v => new Link(v, "")).ToList();

    /// <summary>What a page shows for a field whose value is not known: "onbekend" in content reads "nog niet bekend".</summary>
    public static string Known(string value) => value == "onbekend" ? "nog niet bekend" : value;

    /// <summary>A status with the date it was last known, e.g. "lopend (stand juni 2022)": a status alone goes stale.</summary>
    public static string StatusText(string status, string? statusDate) =>
        status != "onbekend" && PartialDate.TryParse(statusDate, out var known)
            ? $"{status} (stand {known.ToDutch()})"
            : Known(status);

    /// <summary>The section of the navigation a page belongs to (a term page: its taxonomy's listing).</summary>
    public static string? Section(Document d, Site site) =>
        d.IsRestricted ? null : site.TaxonomyOf(d)?.ListingUrl ?? (d.Type.UrlSegment() is { } segment ? $"/{segment}/" : null);

    /// <summary>The title of a type's listing page: its plural, except news, which is "Actueel".</summary>
    public static string ListingTitle(DocumentType type) => type.Kind().ListingTitle;
}
