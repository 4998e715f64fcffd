namespace Kennisplatform.Host;

/// <summary>Answers paths that are no file of the site with the theme's 404 page.</summary>
public static class StaticSite
{
    /// <summary>The 404 page with status 404.</summary>
    public static async Task NotFoundAsync(HttpContext context, SiteFolder site)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = Path.Combine(site.Public, "404.html");
        if (File.Exists(page))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page, context.RequestAborted);
        }
        else
        {
            await context.Response.WriteAsync("Pagina niet gevonden", context.RequestAborted);
        }
    }
}
