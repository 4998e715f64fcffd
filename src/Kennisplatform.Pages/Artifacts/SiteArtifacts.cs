using Kennisplatform.Content;

namespace Kennisplatform.Pages.Artifacts;

/// <summary>Every generated file of <c>public/</c> besides the HTML pages: feeds, sitemap, robots.txt, JSON lists, redirects.</summary>
public static class SiteArtifacts
{
    /// <summary>The files, paths relative to <c>public/</c>.</summary>
    public static IEnumerable<OutputFile> Public(Site site, SiteSettings settings) =>
        new AtomFeeds(site, settings).Create()
            .Concat(new CatalogueJson(site, settings).Create())
            .Append(SitemapXml.Create(site, settings))
            .Append(SitemapXml.Robots(settings))
            .Concat(RedirectPages.Pages(site, settings));
}
