using Kennisplatform.Content;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Pages;

/// <summary>
/// How long a generated list may get before it is capped or paged (docs/layout.md, "Long lists"). The limits sit above
/// the real site's longest lists, so those stay whole; a site of thousands of pages gets lists a reader can use.
/// </summary>
public static class ListingLimits
{
    /// <summary>Entries one section of a term page shows (the newest), with a link to all of them.</summary>
    public const int Section = 25;

    /// <summary>A type listing with more entries than this is paged.</summary>
    public const int Listing = 100;

    /// <summary>Entries per page of a paged type listing (news keeps its own, shorter pages).</summary>
    public const int PageSize = 50;

    /// <summary>Newest entries per group (region) in the overview above a paged, grouped listing.</summary>
    public const int Overview = 5;

    /// <summary>Pages a publication's "Gebaseerd op deze publicatie" shows (the newest).</summary>
    public const int BasedOn = 200;

    /// <summary>
    /// A section of at most <paramref name="limit"/> of <paramref name="documents"/> (the newest: the site keeps them
    /// newest first); when some are left out its count says so and <paramref name="more"/> (given the total) links to all.
    /// </summary>
    public static ListingSection Capped(string heading, IReadOnlyList<Document> documents, int limit, string? id,
        Func<Document, ListingItem> item, Func<int, Link?> more)
    {
        if (documents.Count <= limit) return new ListingSection(heading, documents.Select(item).ToList(), id);
        return new ListingSection(heading, documents.Take(limit).Select(item).ToList(), id, more(documents.Count),
            $"{limit} nieuwste van {documents.Count}");
    }
}
