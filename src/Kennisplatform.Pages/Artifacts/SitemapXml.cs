using System.Text;
using System.Xml.Linq;
using Kennisplatform.Content;
using Kennisplatform.Contracts;

namespace Kennisplatform.Pages.Artifacts;

/// <summary><c>sitemap.xml</c> (sitemaps.org 0.9) and <c>robots.txt</c>.</summary>
public static class SitemapXml
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Every public page with the date it last changed (W3C date at the precision known).</summary>
    public static OutputFile Create(Site site, SiteSettings settings)
    {
        var urls = site.Documents
            .Select(d => (d.Url, LastModified: LastModified(d)))
            .Concat(SiteUrls.Listings.Select(l => (l.Url, LastModified: (string?)null)))
            .Concat(SiteUrls.TaxonomyListings(site.Taxonomies).Select(t => (Url: t.ListingUrl, LastModified: (string?)null)))
            .DistinctBy(u => u.Url)
            .OrderBy(u => u.Url, StringComparer.Ordinal)
            .Select(u => new XElement(Ns + "url",
                new XElement(Ns + "loc", settings.Absolute(u.Url)),
                u.LastModified is null ? null : new XElement(Ns + "lastmod", u.LastModified)));
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
        return new OutputFile("sitemap.xml", Encoding.UTF8.GetBytes(xml.Declaration + "\n" + xml.Root));
    }

    /// <summary>Crawlers may read everything but the search results; the sitemap is named.</summary>
    public static OutputFile Robots(SiteSettings settings) => new("robots.txt", Encoding.UTF8.GetBytes(
        $"User-agent: *\nDisallow: {SitePaths.Route(SitePaths.Search)}\nDisallow: {SitePaths.Api}\n\nSitemap: {settings.Absolute("/sitemap.xml")}\n"));

    private static string? LastModified(Document d)
    {
        var dates = new[] { Freshness.LastUpdate(d), d.LastReviewed }
            .OfType<PartialDate>().ToList();
        return dates.Count == 0 ? null : dates.Max().ToIso();
    }
}
