using System.Text.Encodings.Web;
using Kennisplatform.Contracts;
using Kennisplatform.Theme.Models;

namespace Kennisplatform.Theme;

/// <summary>
/// The results page, written straight to UTF-8: the same bytes that <see cref="Pages.SearchPage"/> (with
/// <see cref="Components.SiteLayout"/>, <see cref="Components.SearchBox"/> and <see cref="Components.Pagination"/>)
/// renders, without a renderer. The host writes one for every search it has not answered before; Razor's static
/// renderer spent about four fifths of such a page's time on its own machinery (a component per part, a render tree
/// built and diffed, parameters set), which a page of fixed shape does not need. The components stay the page's
/// markup; <c>SearchPageWriterTests</c> renders both over many models and requires the same bytes, so a change to
/// either shows up there.
/// </summary>
public static class SearchPageWriter
{
    // The encoder Razor's static renderer uses for text and attribute values when no other is registered.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    private const string PagesLabel = "Resultaatpagina's";

    /// <summary>The page of <paramref name="model"/> as UTF-8 bytes.</summary>
    public static byte[] Write(SearchPageModel model)
    {
        using var writer = new Utf8PageWriter();
        Layout(writer, model.Frame, model);
        return writer.ToArray();
    }

    // SiteLayout, with the search page as its content.
    private static void Layout(Utf8PageWriter w, PageFrame frame, SearchPageModel model)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">\n    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n    <title>");
        Text(w, frame.Path == "/" ? SiteNavigation.SiteName : $"{frame.Title} | {SiteNavigation.SiteName}");
        w.Write("</title>\n    <meta name=\"description\"");
        Attribute(w, "content", frame.Description);
        w.Write(" />");
        if (frame.NoIndex || frame.Restricted) w.Write("<meta name=\"robots\" content=\"noindex\">");
        w.Write("<link rel=\"canonical\"");
        Attribute(w, "href", frame.CanonicalUrl ?? frame.Path);
        w.Write(" />\n    <meta property=\"og:site_name\"");
        Attribute(w, "content", SiteNavigation.SiteName);
        w.Write(" />\n    <meta property=\"og:locale\" content=\"nl_NL\">\n    <meta property=\"og:type\"");
        Attribute(w, "content", frame.OpenGraphType);
        w.Write(" />\n    <meta property=\"og:title\"");
        Attribute(w, "content", frame.Title);
        w.Write(" />\n    <meta property=\"og:description\"");
        Attribute(w, "content", frame.Description);
        w.Write(" />\n    <meta property=\"og:url\"");
        Attribute(w, "content", frame.CanonicalUrl ?? frame.Path);
        w.Write(" />");
        foreach (var feed in frame.Feeds ?? [])
        {
            w.Write("<link rel=\"alternate\"");
            Attribute(w, "type", "application/atom+xml");
            Attribute(w, "title", feed.Text);
            Attribute(w, "href", feed.Url);
            w.Write(" />");
        }
        w.Write("<link rel=\"stylesheet\"");
        Attribute(w, "href", ThemeAssets.StylesheetUrl);
        w.Write(" /></head>\n<body><a class=\"skip-link\" href=\"#inhoud\">Naar de inhoud</a>\n    <header class=\"site-header\"><div class=\"wrap header-row\"><a class=\"site-name\" href=\"/\">");
        Text(w, SiteNavigation.SiteName);
        w.Write("</a>\n            <details class=\"site-menu\"><summary>Menu</summary>\n                <div class=\"menu-panel\">");
        if (frame.Path != "/") SearchBox(w, frame.Query, "zoekveld-kop", "Zoeken op de hele site", []);
        w.Write("<nav class=\"site-nav\" aria-label=\"Hoofdmenu\"><ul>");
        foreach (var section in SiteNavigation.Sections)
        {
            w.Write("<li><a");
            Attribute(w, "href", section.Url);
            Attribute(w, "aria-current", frame.Section == section.Url ? "page" : null);
            w.Write('>');
            Text(w, section.Text);
            w.Write("</a></li>");
        }
        w.Write("</ul></nav></div></details></div></header>");
        if (frame.Restricted)
        {
            w.Write("<div class=\"restricted-banner\" role=\"note\"><p class=\"wrap\"><strong>Besloten deel.</strong> Vertrouwelijk: alleen voor overheidsprofessionals van RIEC-convenantpartners. Deel deze informatie niet buiten die kring. <a href=\"/uitloggen\">Uitloggen</a></p></div>");
        }
        if (frame.Breadcrumbs.Count > 0)
        {
            w.Write("<nav class=\"breadcrumbs wrap\" aria-label=\"Kruimelpad\"><ol>");
            foreach (var crumb in frame.Breadcrumbs)
            {
                w.Write("<li>");
                Link(w, crumb.Url, crumb.Text);
                w.Write("</li>");
            }
            w.Write("<li aria-current=\"page\">");
            Text(w, frame.Title);
            w.Write("</li></ol></nav>");
        }
        w.Write("<main id=\"inhoud\" class=\"wrap\" tabindex=\"-1\">");
        Content(w, model);
        if (frame.Follow is not null)
        {
            w.Write("<p class=\"follow\">");
            Link(w, frame.Follow.Url, frame.Follow.Text);
            w.Write("</p>");
        }
        w.Write("</main>\n    <footer class=\"site-footer\"><div class=\"wrap\"><p>");
        Text(w, SiteNavigation.SiteName);
        w.Write(" — kennis over de aanpak van georganiseerde, ondermijnende criminaliteit.</p>\n            <ul><li><a href=\"/over/\">Over het platform</a></li>\n                <li><a");
        Attribute(w, "href", SitePaths.Restricted);
        w.Write(">Besloten deel</a></li>\n                <li><a");
        Attribute(w, "href", SitePaths.Search);
        w.Write(">Zoeken</a></li>\n                <li><a href=\"/begrippen/\">Begrippenlijst</a></li>\n                <li><a href=\"/linken-en-hergebruik/\">Linken en hergebruik</a></li>\n                <li><a");
        Attribute(w, "href", SitePaths.NewAndChanged);
        w.Write(">Nieuw en gewijzigd</a></li>\n                <li><a href=\"/volgen/\">Volgen (feeds)</a></li>\n                <li><a href=\"/contact/\">Contact</a></li>\n                <li><a href=\"/toegankelijkheid/\">Toegankelijkheid</a></li>\n                <li><a href=\"/privacy/\">Privacy</a></li></ul></div></footer></body></html>");
    }

    // SearchPage's own content.
    private static void Content(Utf8PageWriter w, SearchPageModel model)
    {
        w.Write("<h1>Zoeken</h1>\n    ");
        SearchBox(w, model.Query, "zoekveld-pagina", "Zoekopdracht aanpassen", model.ActiveFilters, model.Sort == SearchUrl.SortByDate);
        if (model.ActiveFilters.Count > 0)
        {
            w.Write("<div class=\"active-filters\"><p id=\"kp-actieve-filters\">Gefilterd op:</p>\n            <ul aria-labelledby=\"kp-actieve-filters\">");
            foreach (var filter in model.ActiveFilters)
            {
                w.Write("<li><a");
                Attribute(w, "href", filter.RemoveUrl);
                w.Write('>');
                Text(w, filter.Label);
                w.Write(" <span class=\"visually-hidden\">(filter verwijderen)</span><span aria-hidden=\"true\">×</span></a></li>");
            }
            w.Write("</ul></div>");
        }
        if (model.Message is not null)
        {
            w.Write("<p class=\"notice\" role=\"status\">");
            Text(w, model.Message);
            w.Write("</p>");
        }
        if (model.Suggestion is not null)
        {
            w.Write("<p class=\"suggestion\">Bedoelde u: ");
            Link(w, model.SuggestionUrl, model.Suggestion);
            w.Write("?</p>");
        }
        if (model.Query.Length > 0)
        {
            w.Write("<p class=\"result-count\" role=\"status\">");
            Text(w, model.Total == 1 ? "1 resultaat" : $"{model.Total} resultaten");
            w.Write(" voor <strong>");
            Text(w, model.Query);
            w.Write("</strong></p>");
        }
        else if (model.ActiveFilters.Count > 0)
        {
            w.Write("<p class=\"result-count\" role=\"status\">");
            Text(w, model.Total == 1 ? "1 resultaat" : $"{model.Total} resultaten");
            w.Write(", nieuwste eerst</p>");
        }
        if (model.Follow is not null)
        {
            w.Write("<p class=\"follow follow-search\">");
            Link(w, model.Follow.Url, model.Follow.Text);
            w.Write(" <span class=\"follow-hint\">— nieuwe en gewijzigde pagina's in uw feedlezer of mail, zonder account</span></p>");
        }
        w.Write(model.Facets.Count > 0 ? "<div class=\"search-layout has-facets\">" : "<div class=\"search-layout \">");
        if (model.Facets.Count > 0)
        {
            w.Write("<details class=\"facets\"><summary>Filters");
            if (model.ActiveFilters.Count > 0) Text(w, $" ({model.ActiveFilters.Count} actief)");
            w.Write("</summary>\n                <div class=\"facets-panel\" role=\"region\" aria-labelledby=\"kp-verfijnen\"><h2 id=\"kp-verfijnen\">Verfijnen</h2>");
            foreach (var facet in model.Facets)
            {
                w.Write("<section class=\"facet\"");
                Attribute(w, "aria-label", facet.Label);
                w.Write("><h3>");
                Text(w, facet.Label);
                w.Write("</h3>\n                            <ul>");
                foreach (var value in facet.Values)
                {
                    w.Write("<li><a");
                    Attribute(w, "href", value.Url);
                    if (value.Selected) w.Write(" aria-current=\"true\" class=\"selected\"");
                    w.Write('>');
                    Text(w, value.Label);
                    w.Write(" <span class=\"count\">(");
                    // As Razor writes a number it is given as content: its ToString().
                    Text(w, value.Count.ToString());
                    w.Write(")</span></a></li>");
                }
                w.Write("</ul></section>");
            }
            w.Write("</div></details>");
        }
        w.Write("<div class=\"results\">");
        if (model.SortOptions.Count > 0 && model.Total > 1)
        {
            w.Write("<p class=\"sort\">Sorteer op:\n");
            foreach (var option in model.SortOptions)
            {
                if (string.IsNullOrEmpty(option.Url))
                {
                    w.Write("<strong>");
                    Text(w, option.Text);
                    w.Write("</strong>");
                }
                else
                {
                    Link(w, option.Url, option.Text);
                }
            }
            w.Write("</p>");
        }
        if (model.NetworkHits is { Count: > 0 } network)
        {
            w.Write("<section class=\"network-hits\" aria-labelledby=\"netwerk-treffers\"><h2 id=\"netwerk-treffers\">Uit het netwerk <span class=\"restricted-label\">Besloten</span></h2>\n                    <ul class=\"result-list\">");
            foreach (var hit in network)
            {
                w.Write("<li><p class=\"item-meta\"><span class=\"item-type\">");
                Text(w, hit.TypeLabel);
                w.Write("</span></p>\n                                <h3 class=\"item-title\">");
                Link(w, hit.Url, hit.Title);
                w.Write("<span class=\"restricted-label\">Besloten</span></h3>\n                                <p class=\"snippet\">");
                w.Write(hit.SnippetHtml);
                w.Write("</p></li>");
            }
            w.Write("</ul></section>");
        }
        if (model.Hits.Count > 0)
        {
            w.Write("<ol class=\"result-list\">");
            foreach (var hit in model.Hits)
            {
                w.Write("<li><p class=\"item-meta\"><span class=\"item-type\">");
                Text(w, hit.TypeLabel);
                w.Write("</span>");
                if (hit.DateText is not null)
                {
                    w.Write(" · <time");
                    Attribute(w, "datetime", hit.DateIso);
                    w.Write('>');
                    Text(w, hit.DateText);
                    w.Write("</time>");
                }
                w.Write("</p>\n                            <h2 class=\"item-title\">");
                Link(w, hit.Url, hit.Title);
                if (hit.Restricted) w.Write("<span class=\"restricted-label\">Besloten</span>");
                w.Write("</h2>\n                            <p class=\"snippet\">");
                w.Write(hit.SnippetHtml);
                w.Write("</p></li>");
            }
            w.Write("</ol>");
        }
        else if (model.Query.Length > 0 || model.ActiveFilters.Count > 0)
        {
            w.Write("<div class=\"no-results\"><h2>Geen resultaten gevonden</h2>\n                    <ul><li>Controleer de spelling van uw zoekwoorden.</li>\n                        <li>Gebruik minder of algemenere woorden, bijvoorbeeld <a");
            Attribute(w, "href", SearchUrl.For([(SearchUrl.Query, "vastgoed")]));
            w.Write(">vastgoed</a> of <a");
            Attribute(w, "href", SearchUrl.For([(SearchUrl.Query, "witwassen")]));
            w.Write(">witwassen</a>.</li>\n                        <li>Haal filters weg, of bekijk de <a href=\"/themas/\">thema's</a> en de <a href=\"/begrippen/\">begrippenlijst</a>.</li></ul></div>");
        }
        Pagination(w, model.Pages, model.Previous, model.Next);
        w.Write("</div></div>");
    }

    // SearchBox: the form, with the filters in force (and the sort by date) as hidden fields.
    private static void SearchBox(Utf8PageWriter w, string? query, string id, string label, IReadOnlyList<ActiveFilter> filters,
        bool byDate = false)
    {
        w.Write("<form class=\"search-box\" role=\"search\"");
        Attribute(w, "aria-label", label);
        Attribute(w, "action", SitePaths.Search);
        w.Write(" method=\"get\"><label");
        Attribute(w, "for", id);
        w.Write(" class=\"visually-hidden\">Zoek in het kennisplatform</label>\n    <input");
        Attribute(w, "id", id);
        w.Write(" type=\"search\"");
        Attribute(w, "name", SearchUrl.Query);
        Attribute(w, "value", query);
        w.Write(" maxlength=\"500\" placeholder=\"Bijv. vastgoed of APV\" autocomplete=\"off\" />");
        foreach (var filter in filters) Hidden(w, filter.Name, filter.Value);
        if (byDate) Hidden(w, SearchUrl.Sort, SearchUrl.SortByDate);
        w.Write("<button type=\"submit\">Zoeken</button></form>");
    }

    private static void Hidden(Utf8PageWriter w, string name, string value)
    {
        w.Write("<input type=\"hidden\"");
        Attribute(w, "name", name);
        Attribute(w, "value", value);
        w.Write(" />");
    }

    // Pagination: shown from two page links up.
    private static void Pagination(Utf8PageWriter w, IReadOnlyList<Link> pages, Link? previous, Link? next)
    {
        if (pages.Count <= 1) return;
        w.Write("<nav class=\"pagination\"");
        Attribute(w, "aria-label", PagesLabel);
        w.Write("><ul>");
        if (previous is not null)
        {
            w.Write("<li><a");
            Attribute(w, "href", previous.Url);
            w.Write(" rel=\"prev\">Vorige</a></li>");
        }
        foreach (var page in pages)
        {
            if (page.Text == PageLinks.Gap)
            {
                w.Write("<li class=\"gap\" aria-hidden=\"true\">");
                Text(w, PageLinks.Gap);
                w.Write("</li>");
            }
            else if (string.IsNullOrEmpty(page.Url))
            {
                w.Write("<li><span aria-current=\"page\">");
                Text(w, page.Text);
                w.Write("</span></li>");
            }
            else
            {
                w.Write("<li>");
                Link(w, page.Url, page.Text);
                w.Write("</li>");
            }
        }
        if (next is not null)
        {
            w.Write("<li><a");
            Attribute(w, "href", next.Url);
            w.Write(" rel=\"next\">Volgende</a></li>");
        }
        w.Write("</ul></nav>");
    }

    // As the static renderer writes an attribute: left out when its value is null, otherwise name="encoded value".
    private static void Attribute(Utf8PageWriter w, string name, string? value)
    {
        if (value is null) return;
        w.Write(' ');
        w.Write(name);
        w.Write("=\"");
        Encoder.Encode(w, value);
        w.Write('"');
    }

    // <a href="url">text</a>, as the static renderer writes a link.
    private static void Link(Utf8PageWriter w, string? url, string? text)
    {
        w.Write("<a");
        Attribute(w, "href", url);
        w.Write('>');
        Text(w, text);
        w.Write("</a>");
    }

    private static void Text(Utf8PageWriter w, string? text)
    {
        if (!string.IsNullOrEmpty(text)) Encoder.Encode(w, text);
    }
}
