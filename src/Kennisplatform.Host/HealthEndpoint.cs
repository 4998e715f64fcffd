namespace Kennisplatform.Host;

/// <summary><c>/healthz</c>: the host is up, and the current build has pages and an index that opens.</summary>
public static class HealthEndpoint
{
    /// <summary>200 "ok" when the site is served, 503 otherwise.</summary>
    public static IResult Get(SiteLease site) =>
        File.Exists(Path.Combine(site.Snapshot.Public, "index.html")) && site.Snapshot.Search is not null
            ? Results.Text("ok")
            : Results.Text("site missing", statusCode: StatusCodes.Status503ServiceUnavailable);
}
