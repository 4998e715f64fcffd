namespace Kennisplatform.Host;

/// <summary><c>/healthz</c>: the host is up and the site folder is there.</summary>
public static class HealthEndpoint
{
    /// <summary>200 "ok" when the site is served, 503 otherwise.</summary>
    public static IResult Get(SiteFolder site) =>
        File.Exists(Path.Combine(site.Public, "index.html")) && Directory.Exists(site.Index)
            ? Results.Text("ok")
            : Results.Text("site missing", statusCode: StatusCodes.Status503ServiceUnavailable);
}
