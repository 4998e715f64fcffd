using System.Globalization;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Pages;

/// <summary>The page links of a paged listing: every number while there are few, else the first, the last and the current page's neighbours.</summary>
public static class PageNumbers
{
    /// <summary>Up to this many pages every number is shown.</summary>
    public const int ShowAll = 9;

    /// <summary>The links for page <paramref name="number"/> of <paramref name="count"/>; <paramref name="path"/> gives a page's URL.</summary>
    public static PageLinks For(string label, int number, int count, Func<int, string> path)
    {
        var shown = Enumerable.Range(1, count)
            .Where(n => count <= ShowAll || n == 1 || n == count || Math.Abs(n - number) <= 2)
            .ToList();
        var links = new List<Link>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] > shown[i - 1] + 1) links.Add(new Link(PageLinks.Gap, ""));
            var n = shown[i];
            links.Add(new Link(n.ToString(CultureInfo.InvariantCulture), n == number ? "" : path(n)));
        }
        return new PageLinks(label, links,
            number > 1 ? new Link("Vorige", path(number - 1)) : null,
            number < count ? new Link("Volgende", path(number + 1)) : null);
    }
}
